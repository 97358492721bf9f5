/**
 * The read-back runs (`operation: status` and `operation: export`): what they
 * are given, and what they found, for the report. They only read the Store:
 * a token, then GETs.
 */
import type { CommonSettings } from '../inputs/common.js';
import type { PackageRollout } from '../msix/store/rollout.js';
import type { Target } from '../msix/store/target.js';
import type { StatusDetails } from '../msix/store/types.js';

/** Where a read-back run reads: an MSIX app, flight or add-on, or an MSI/EXE product. */
export type ReadBackSource =
  | { api: 'msix'; target: Target; storeApiUrl: string }
  | { api: 'msi-exe'; productId: string; sellerId: string; apiUrl: string };

/** Who signs in, and how long a request may stay silent: what a read-back run takes of every run's settings. */
export type ReadBackCommon = Pick<
  CommonSettings,
  'tenantId' | 'clientId' | 'credential' | 'authorityHost' | 'requestTimeoutMs'
>;

export interface ReadBackSettings extends ReadBackCommon {
  operation: 'status' | 'export';
  source: ReadBackSource;
  /** operation export: the folder to write, whether files that differ may be replaced, and a dry run (write nothing). */
  export?: { folder: string; overwrite: boolean; dryRun: boolean };
}

/** What a read-back run found, whichever API it read: the target as the report names it, and the reading. */
export interface ReadBackProgress {
  /** "app 9NBLGGH4R315", "MSI/EXE product 3e31…". */
  label?: string;
  /** The Partner Center page of the target, or of its published submission. */
  page?: string;
  flightId?: string;
  addOnId?: string;
  /** The published submission (MSIX; the MSI/EXE API names none). */
  submissionId?: string;
  status?: string;
  statusDetails?: StatusDetails;
  rollout?: PackageRollout;
  readBack: ReadBack;
}

/** What a read-back run found, for the outputs and the summary. */
export interface ReadBack {
  operation: 'status' | 'export';
  /** The pending submission (MSI/EXE: the one in progress), when there is one. */
  pendingSubmissionId?: string;
  pendingStatus?: string;
  /** The newest certification report of the pending or else the published submission. */
  certificationReport?: { submissionId: string; date?: string; reportUrl: string };
  /** What the MSI/EXE API cannot tell, or anything else the summary should say about the reading. */
  notes?: string[];
  /** operation export: the folder, and the files (relative to it) written, or left alone as identical. */
  folder?: string;
  written?: string[];
  unchanged?: string[];
  /** operation export with dry-run: the files were not written. */
  dryRun?: boolean;
}
