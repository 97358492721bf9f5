/**
 * Reading an MSI/EXE product back (operation status and export), with what
 * its API offers: `GET /status` (whether the draft's modules are ready, and
 * the submission in progress, if any), that submission's publishingStatus,
 * and the draft's listings (`GET /metadata/listings`). The API names no
 * published submission and hands out no published listing: "pending" is the
 * submission in progress, and export writes the draft's listings, which
 * between submissions are what the last one submitted (docs/read-back.md).
 * GETs only.
 */
import { textsFrom, type StoreListing } from '../listings/from-store.js';
import type { JsonObject } from '../merge.js';
import type { ReadBack, ReadBackProgress } from '../read-back/types.js';
import type { MsiExeApi } from './job.js';
import { MSI_EXE_LISTING_FIELD } from './listings.js';
import { productDashboardUrl } from './outcome.js';
import type { MsiExeListing } from './types.js';

/** The product as a read-back run names it: its label and its Partner Center page. */
function nameProduct(progress: ReadBackProgress, productId: string): void {
  progress.label = `MSI/EXE product ${productId}`;
  progress.page = productDashboardUrl(productId);
}

/** operation status: the submission in progress (pending) and whether the draft is ready, into `progress`. */
export async function msiExeStatus(api: MsiExeApi, productId: string, progress: ReadBackProgress): Promise<void> {
  const readBack: ReadBack = (progress.readBack = { operation: 'status' });
  nameProduct(progress, productId);
  const { status } = await api.moduleStatus();
  readBack.notes = [
    "The MSI/EXE API names no published submission: 'submission-id' and 'status' stay empty; 'pending-submission-id' is the submission in progress.",
    `The draft's modules are ${status.isReady ? 'ready' : 'not ready (an upload or an update is being processed, or a module is in error)'}.`
  ];
  const ongoing = status.ongoingSubmissionId;
  if (!ongoing) return;
  const { status: submission, errors } = await api.submissionStatus(ongoing);
  readBack.pendingSubmissionId = ongoing;
  readBack.pendingStatus = submission.publishingStatus;
  for (const error of errors)
    readBack.notes.push(`Submission ${ongoing}: ${[error.code, error.message].filter(Boolean).join(': ')}`);
}

/** Reads at most 200 languages a call, as the API takes them. */
const CHUNK = 200;

/** operation export: the draft's listings in every language it has, as a listings folder's texts. */
export async function msiExeListingsToExport(
  api: MsiExeApi,
  productId: string,
  progress: ReadBackProgress
): Promise<StoreListing[]> {
  nameProduct(progress, productId);
  const first = await api.metadata({ modules: ['listings'], languages: [] });
  const listings: MsiExeListing[] = [...first.draft.listings];
  const have = new Set(listings.map((l) => l.language.toLowerCase()));
  const missing = (first.draft.listingLanguages ?? []).filter((l) => !have.has(l.toLowerCase()));
  for (let at = 0; at < missing.length; at += CHUNK) {
    const more = await api.metadata({ modules: ['listings'], languages: missing.slice(at, at + CHUNK) });
    listings.push(...more.draft.listings.filter((l) => !have.has(l.language.toLowerCase())));
  }
  return listings.map((listing) => ({
    language: listing.language,
    texts: textsFrom(listing as JsonObject, MSI_EXE_LISTING_FIELD),
    images: []
  }));
}
