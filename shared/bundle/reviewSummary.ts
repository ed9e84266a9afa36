/**
 * A bundle check in words, for a reviewer who is not a programmer: one verdict first, then each problem naming
 * its file, then the audit chain. Pure, so the page and its tests say exactly the same thing.
 */
import type { AuditCheck, BundleVerification, FileCheck } from './types';

export type Verdict = Readonly<{
  /** Intact: every listed file matches, nothing extra, the audit chain holds (or was left out on purpose). */
  tone: 'intact' | 'altered' | 'unchecked';
  headline: string;
}>;

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What is wrong with a file, for a line that already names it. */
export function problemDetail(file: FileCheck): string {
  switch (file.status) {
    case 'altered':
      return `Its SHA-256 is ${file.actualSha256 ?? 'unknown'}; the manifest says ${file.expectedSha256 ?? 'unknown'}.`;
    case 'missing':
      return 'Listed in the manifest, but not in the bundle.';
    case 'unlisted':
      return 'In the bundle, but not in its manifest: it was added after export.';
    case 'intact':
      return 'Matches its manifest.';
  }
}

/** A reason given by the check, without its own full stop, to end a sentence of ours. */
const clause = (text: string): string => text.trim().replace(/[.\s]+$/, '');

/** The files that are not as the manifest says, in the order the check reported them. */
export function problemsOf(verification: BundleVerification): readonly FileCheck[] {
  return verification.files.filter((file) => file.status !== 'intact');
}

/** The parts of a verdict, e.g. "1 file differs from its manifest", "the audit chain is broken at entry #12". */
function problemParts(verification: BundleVerification): string[] {
  const count = (status: FileCheck['status']) => verification.files.filter((f) => f.status === status).length;
  const altered = count('altered');
  const missing = count('missing');
  const unlisted = count('unlisted');
  const parts: string[] = [];
  if (altered > 0) parts.push(`${plural(altered, 'file differs', 'files differ')} from its manifest`);
  if (missing > 0) parts.push(`${plural(missing, 'file is', 'files are')} missing`);
  if (unlisted > 0) parts.push(`${plural(unlisted, 'file is', 'files are')} not in the manifest`);
  if (verification.audit.status === 'broken')
    parts.push(`the audit chain is broken at entry #${verification.audit.atSeq}`);
  return parts;
}

export function verdictOf(verification: BundleVerification): Verdict {
  const parts = problemParts(verification);
  if (parts.length > 0) return { tone: 'altered', headline: `This bundle was altered: ${parts.join(', ')}` };
  if (verification.intact) return { tone: 'intact', headline: 'Everything in this bundle is intact' };
  // Not intact, yet no file and no chain entry is wrong: something could not be checked at all.
  return {
    tone: 'unchecked',
    headline:
      verification.audit.status === 'absent'
        ? `The files are intact, but the audit chain could not be checked: ${clause(verification.audit.reason)}`
        : 'This bundle could not be fully checked',
  };
}

/** How many things are wrong, for the list of bundles opened before. */
export function problemCount(verification: BundleVerification): number {
  return problemsOf(verification).length + (verification.audit.status === 'broken' ? 1 : 0);
}

/** One problem as a sentence that names the file. */
export function describeProblem(file: FileCheck): string {
  switch (file.status) {
    case 'altered':
      return `${file.path} differs from its manifest: its SHA-256 is ${file.actualSha256 ?? 'unknown'}, the manifest says ${file.expectedSha256 ?? 'unknown'}.`;
    case 'missing':
      return `${file.path} is listed in the manifest but is not in the bundle.`;
    case 'unlisted':
      return `${file.path} is in the bundle but not in its manifest: it was added after export.`;
    case 'intact':
      return `${file.path} matches its manifest.`;
  }
}

/** The audit chain's result in one sentence. */
export function describeAudit(audit: AuditCheck): string {
  switch (audit.status) {
    case 'intact':
      return `The audit chain is intact: ${plural(audit.entries, 'entry', 'entries')}, head hash ${audit.head}.`;
    case 'broken':
      return `The audit chain is broken at entry #${audit.atSeq}: ${clause(audit.reason)}.`;
    case 'absent':
      return `The audit chain is not included: ${clause(audit.reason)}.`;
  }
}
