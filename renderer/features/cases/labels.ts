/** Words the cases section shows for stored values. */
import type { Case } from '@shared/model';

export const STATUS_LABEL: Readonly<Record<Case['status'], string>> = {
  open: 'Open',
  referred: 'Referred',
  closed: 'Closed',
};

export const casePath = (id: string): string => `/cases/${encodeURIComponent(id)}`;

export const caseName = (c: Pick<Case, 'title' | 'reference'>): string =>
  c.reference ? `${c.reference} · ${c.title}` : c.title;

export const dateTime = (iso: string): string => new Date(iso).toLocaleString();

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
