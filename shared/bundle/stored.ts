/**
 * What the store keeps about bundles: on a reviewer's computer, the bundles opened and the annotations made on
 * them; on the investigator's, the annotations brought back into a case.
 */
import type { CaseId } from '../model';
import type { Annotation, BundleVerification } from './types';

/** A bundle a reviewer opened here: enough to list it and to find its annotations when it is opened again. */
export type ReviewRecord = Readonly<{
  manifestSha256: string;
  fileName: string;
  caseId: string;
  caseTitle: string;
  caseReference: string;
  openedAt: string;
  /** The result of the last check, summed up for the list. */
  intact: boolean;
  problems: number;
  verification?: BundleVerification;
}>;

/** An annotation in progress on a reviewer's computer. */
export type ReviewAnnotation = Annotation &
  Readonly<{ manifestSha256: string; targetId: string; reviewer: string }>;

/** A reviewer's annotation, brought back into the case it was made on. */
export type CaseAnnotation = Annotation &
  Readonly<{
    caseId: CaseId;
    targetId: string;
    reviewer: string;
    /** The annotations file it came in (its own hash) and the bundle it was made on. */
    fileSha256: string;
    manifestSha256: string;
    importedAt: string;
  }>;
