/** Cases at a glance: how many in each status, and the open ones opened most recently. */
import { CASE_STATUSES, type Case, type CaseStatus } from '../model';

export type CaseSummary = Readonly<{
  total: number;
  byStatus: Readonly<Record<CaseStatus, number>>;
  /** Open cases, newest opened first, at most the number asked for. */
  newestOpen: readonly Case[];
}>;

export function summarizeCases(cases: readonly Case[], newest = 3): CaseSummary {
  const byStatus = Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as Record<
    CaseStatus,
    number
  >;
  for (const item of cases) byStatus[item.status] += 1;
  const newestOpen = cases
    .filter((item) => item.status === 'open')
    // ISO 8601 timestamps in UTC sort as strings; the id breaks ties so the order never flickers.
    .sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
    )
    .slice(0, newest);
  return { total: cases.length, byStatus, newestOpen };
}
