/**
 * The three parents of submissions, as data. App, package flight and add-on
 * submissions share the same six calls and differ only in these fields: the
 * lifecycle in ../submission.ts runs once over any of them.
 */
import type { JsonObject } from '../../merge.js';
import type { SubmissionRef } from './types.js';

export interface ParentKind {
  /** For messages: "app", "package flight", "add-on". */
  noun: string;
  /** Where the parent names its pending submission. */
  pendingField: string;
  /** Where the parent names its last published submission. */
  publishedField: string;
  /** The submission's package list, where it has one. */
  packagesField?: string;
  /**
   * Create with `?isMinimalResponse=true` and read the submission after, as StoreBroker (apps, flights) and
   * msstore-cli (apps) do: the full clone in the create's answer can time out with a 500 on large submissions.
   */
  minimalCreate?: boolean;
}

export const APP: ParentKind = {
  noun: 'app',
  pendingField: 'pendingApplicationSubmission',
  publishedField: 'lastPublishedApplicationSubmission',
  packagesField: 'applicationPackages',
  minimalCreate: true
};

export const FLIGHT: ParentKind = {
  noun: 'package flight',
  pendingField: 'pendingFlightSubmission',
  publishedField: 'lastPublishedFlightSubmission',
  packagesField: 'flightPackages',
  minimalCreate: true
};

export const ADD_ON: ParentKind = {
  noun: 'add-on',
  pendingField: 'pendingInAppProductSubmission',
  publishedField: 'lastPublishedInAppProductSubmission'
};

/** One parent resource: where it lives and how to speak of it. */
export interface Parent {
  kind: ParentKind;
  /** API path relative to .../v1.0/my/, e.g. `applications/9NBLGGH4R315/flights/{flightId}`. */
  path: string;
  /** e.g. "app 9NBLGGH4R315" or "package flight 'Beta' (id) of app 9NBLGGH4R315". */
  label: string;
  /** The parent's Partner Center page. */
  dashboardUrl: string;
  applicationId?: string;
  flightId?: string;
  addOnId?: string;
  /** This run created the parent (a new flight or add-on). */
  created: boolean;
}

const DASHBOARD = 'https://partner.microsoft.com/dashboard/products';

export function appParent(applicationId: string): Parent {
  return {
    kind: APP,
    path: `applications/${applicationId}`,
    label: `app ${applicationId}`,
    dashboardUrl: `${DASHBOARD}/${applicationId}/overview`,
    applicationId,
    created: false
  };
}

export function flightParent(
  applicationId: string,
  flightId: string,
  friendlyName: string | undefined,
  created = false
): Parent {
  return {
    kind: FLIGHT,
    path: `applications/${applicationId}/flights/${flightId}`,
    label: `package flight ${friendlyName ? `'${friendlyName}' (${flightId})` : flightId} of app ${applicationId}`,
    dashboardUrl: `${DASHBOARD}/${applicationId}/overview`,
    applicationId,
    flightId,
    created
  };
}

export function addOnParent(addOnId: string, productId: string | undefined, created = false): Parent {
  return {
    kind: ADD_ON,
    path: `inappproducts/${addOnId}`,
    label: `add-on ${productId ? `'${productId}' (${addOnId})` : addOnId}`,
    dashboardUrl: `${DASHBOARD}/${addOnId}/overview`,
    addOnId,
    created
  };
}

/** The parent's pending submission, if it names one. */
export function pendingOf(parent: Parent, resource: JsonObject): SubmissionRef | undefined {
  const ref = resource[parent.kind.pendingField] as SubmissionRef | undefined | null;
  return ref && typeof ref.id === 'string' && ref.id ? ref : undefined;
}

/** The parent's last published submission, if it names one. */
export function publishedOf(parent: Parent, resource: JsonObject): SubmissionRef | undefined {
  const ref = resource[parent.kind.publishedField] as SubmissionRef | undefined | null;
  return ref && typeof ref.id === 'string' && ref.id ? ref : undefined;
}

/**
 * The Partner Center page of submission `id`: for an app's submission its own page (the address Microsoft's
 * msstore CLI opens); for flights and add-ons, whose submission pages' addresses are not documented, the
 * product page.
 */
/** A submission's path under its parent: `applications/X/submissions/1`, and `…/1/status` with `/status`. */
export function submissionPath(parent: Pick<Parent, 'path'>, id: string, suffix = ''): string {
  return `${parent.path}/submissions/${id}${suffix}`;
}

export function submissionPage(parent: Parent, id: string | undefined): string {
  return id && parent.kind === APP ? `${DASHBOARD}/${parent.applicationId}/submissions/${id}` : parent.dashboardUrl;
}
