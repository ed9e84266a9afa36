/**
 * Messages between Review and its worker. One worker holds one opened bundle for as long as the reviewer looks at
 * it: the check, the case's data and each evidence file are read from the same `OpenedBundle`, off the main thread.
 */
import type { BundleManifest } from '@shared/bundle/manifest';
import type { BundleData, BundleVerification } from '@shared/bundle/types';

export type ReviewRequest =
  | Readonly<{ type: 'open'; file: Blob }>
  /** Stops the check (the bundle is then not shown). */
  | Readonly<{ type: 'cancel' }>
  | Readonly<{ type: 'readData'; requestId: number }>
  | Readonly<{ type: 'readFile'; requestId: number; path: string }>;

export type OpenedInfo = Readonly<{
  manifest: BundleManifest;
  manifestSha256: string;
  paths: readonly string[];
}>;

export type ReviewResponse =
  | Readonly<{ type: 'opened'; info: OpenedInfo }>
  | Readonly<{ type: 'progress'; bytesDone: number; bytesTotal: number }>
  | Readonly<{ type: 'verified'; verification: BundleVerification }>
  | Readonly<{ type: 'data'; requestId: number; data: BundleData }>
  | Readonly<{ type: 'file'; requestId: number; blob: Blob }>
  /**
   * `refused`: the bundle is malicious or not a bundle (shown as it is); `cancelled`: the reviewer stopped the
   * check; `failed`: anything else. A `requestId` ties the failure to one read, not to the bundle.
   */
  | Readonly<{
      type: 'error';
      reason: 'refused' | 'cancelled' | 'failed';
      message: string;
      requestId?: number;
    }>;
