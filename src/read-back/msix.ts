/**
 * Reading an MSIX app, flight or add-on back (operation status and export):
 * the parent, its published and pending submissions, the published one's
 * rollout, and the published listings. GETs only.
 */
import { ActionError } from '../errors.js';
import type { JsonObject } from '../merge.js';
import { addOnListingsFrom, appListingsFrom, type StoreListing } from '../listings/from-store.js';
import type { StoreClient } from '../msix/store/client.js';
import { ADD_ON, appParent, pendingOf, publishedOf, submissionPage, type Parent } from '../msix/store/parents.js';
import { resolveParent, type Resolved } from '../msix/store/resolve.js';
import { asRollout, readRollout } from '../msix/store/rollout.js';
import type { Target } from '../msix/store/target.js';
import type { StatusDetails, Submission } from '../msix/store/types.js';
import type { ReadBack, ReadBackProgress } from './types.js';

/** The parent as the Store holds it. An app is read even when nothing of it is published yet (its first submission pending). */
async function readParent(client: StoreClient, target: Target, log: (line: string) => void): Promise<Resolved> {
  if (target.kind !== 'app') return resolveParent(client, { ...target, create: undefined }, log);
  const parent = appParent(target.applicationId);
  const resource = await client.get<JsonObject>(parent.path, `Read the ${parent.label}`, ({ status }) =>
    status === 404
      ? `No app ${target.applicationId} in this Partner Center account. Check 'application-id' (Partner Center > the app > Product identity > Store ID).`
      : undefined
  );
  return { parent, resource };
}

const readSubmission = (client: StoreClient, parent: Parent, id: string, which: string): Promise<Submission> =>
  client.get<Submission>(
    `${parent.path}/submissions/${id}`,
    `Read the ${which} submission ${id} of the ${parent.label}`
  );

/** The newest report with a link. */
function newestReport(details: StatusDetails | undefined): { date?: string; reportUrl: string } | undefined {
  const reports = (details?.certificationReports ?? []).filter((r): r is { date?: string; reportUrl: string } =>
    Boolean(r.reportUrl)
  );
  return reports.sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')))[0];
}

/** The parent as a read-back run names it: its label, its IDs, and the page of its published submission. */
function nameParent(progress: ReadBackProgress, parent: Parent, publishedId: string | undefined): void {
  progress.label = parent.label;
  progress.page = submissionPage(parent, publishedId);
  progress.flightId = parent.flightId;
  progress.addOnId = parent.addOnId;
}

/** operation status: what the Store holds for the parent, into `progress` (outputs and summary). */
export async function msixStatus(
  client: StoreClient,
  target: Target,
  progress: ReadBackProgress,
  log: (line: string) => void
): Promise<void> {
  const readBack: ReadBack = (progress.readBack = { operation: 'status' });
  const { parent, resource } = await readParent(client, target, log);
  const published = publishedOf(parent, resource);
  nameParent(progress, parent, published?.id);
  const pending = pendingOf(parent, resource);
  let publishedSubmission: Submission | undefined;
  if (published) {
    publishedSubmission = await readSubmission(client, parent, published.id, 'published');
    progress.submissionId = published.id;
    progress.status = publishedSubmission.status;
    progress.statusDetails = publishedSubmission.statusDetails;
    const delivery = publishedSubmission.packageDeliveryOptions as JsonObject | undefined;
    if (parent.kind !== ADD_ON && asRollout(delivery?.packageRollout).isPackageRollout)
      progress.rollout = await readRollout(client, parent, published.id);
  }
  let report = publishedSubmission && newestReport(publishedSubmission.statusDetails);
  let reportOf = published?.id;
  if (pending) {
    const submission = await readSubmission(client, parent, pending.id, 'pending');
    readBack.pendingSubmissionId = pending.id;
    readBack.pendingStatus = submission.status ?? '';
    const pendingReport = newestReport(submission.statusDetails);
    if (pendingReport) [report, reportOf] = [pendingReport, pending.id];
  }
  if (report && reportOf) readBack.certificationReport = { submissionId: reportOf, ...report };
}

/** operation export: the published submission's listings (an app's or an add-on's). */
export async function msixPublishedListings(
  client: StoreClient,
  target: Target,
  progress: ReadBackProgress,
  log: (line: string) => void
): Promise<StoreListing[]> {
  if (target.kind === 'flight')
    throw new ActionError("A package flight has no Store listing: 'operation: export' has nothing to write.", {
      hint: "Export the app's listings in a step without the flight inputs."
    });
  const { parent, resource } = await readParent(client, target, log);
  const published = publishedOf(parent, resource);
  nameParent(progress, parent, published?.id);
  if (!published)
    throw new ActionError(
      `The ${parent.label} has no published submission: there are no published listings to export.`,
      {
        hint: `Its first submission is made and published in Partner Center (${parent.dashboardUrl}).`
      }
    );
  const submission = await readSubmission(client, parent, published.id, 'published');
  progress.submissionId = published.id;
  progress.status = submission.status;
  return parent.kind === ADD_ON ? addOnListingsFrom(submission) : appListingsFrom(submission);
}
