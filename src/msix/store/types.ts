/** The Store resources this action reads, as loosely as the API is documented. */
import type { JsonObject } from '../../merge.js';

export interface SubmissionRef {
  id: string;
  resourceLocation?: string;
}

export interface StatusEntry {
  code?: string;
  details?: string;
}

export interface StatusDetails {
  errors?: StatusEntry[];
  warnings?: StatusEntry[];
  certificationReports?: { date?: string; reportUrl?: string }[];
}

export interface SubmissionStatus {
  status: string;
  statusDetails?: StatusDetails;
}

export interface Submission extends JsonObject {
  id: string;
  status?: string;
  statusDetails?: StatusDetails;
  fileUploadUrl?: string;
  targetPublishMode?: string;
}
