/** A plan: what a run changes in the submission it starts from, field by field. Plain data. */

/** One field that changes; `before`/`after` undefined: the field is absent on that side. */
export interface FieldChange {
  /** The JSON path, e.g. `pricing.priceId` or, inside a listing, `baseListing.title`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

/** A listing image: its type and file name. */
export interface ImageRef {
  type: string;
  fileName: string;
}

/** One listing language that changes. */
export interface ListingChange {
  language: string;
  state: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  imagesAdded: ImageRef[];
  imagesRemoved: ImageRef[];
}

/** A package: its file name or URL, and what else says which one it is (version, architectures, …). */
export interface PackageRef {
  name: string;
  details: string[];
}

/** The packages of a submission or draft, when they change. */
export interface PackagesChange {
  /** The field that holds them: `applicationPackages`, `flightPackages`, `packages`. */
  field: string;
  added: PackageRef[];
  removed: PackageRef[];
  kept: PackageRef[];
}

export interface Plan {
  /** What the run starts from, e.g. "the new submission, as the Store cloned it from the last published one". */
  against: string;
  listings: ListingChange[];
  packages?: PackagesChange;
  /** Every other field that changes (top-level or nested), by JSON path. */
  fields: FieldChange[];
}

/** Whether the plan changes nothing. */
export function isEmptyPlan(plan: Plan): boolean {
  return plan.listings.length === 0 && !plan.packages && plan.fields.length === 0;
}
