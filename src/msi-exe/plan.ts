/**
 * What an MSI/EXE run reads of the draft before any change, and its plan:
 * the modules the edits change (in the languages they change) and, when
 * installers replace the packages, the draft's packages.
 */
import { msiExePlan } from '../plan/msi-exe.js';
import type { Plan } from '../plan/types.js';
import type { EnvelopeEntry } from './envelope.js';
import type { MsiExeApi, MsiExeJob } from './job.js';
import { modulesToRead, planMetadata } from './metadata.js';
import type { MetadataDraft, MetadataUpdate, MsiExePackage } from './types.js';

export async function readAndPlan(
  api: MsiExeApi,
  job: Pick<MsiExeJob, 'edits' | 'installers'>
): Promise<{ updates: MetadataUpdate[]; plan: Plan; notes: EnvelopeEntry[] }> {
  const notes: EnvelopeEntry[] = [];
  let packages: MsiExePackage[] | undefined;
  if (job.installers && api.packages) {
    const read = await api.packages();
    notes.push(...read.notes);
    packages = read.packages;
  }
  const read = modulesToRead(job.edits);
  let draft: MetadataDraft | undefined;
  let updates: MetadataUpdate[] = [];
  if (read.modules.length) {
    const answer = await api.metadata(read);
    notes.push(...answer.notes);
    draft = answer.draft;
    updates = planMetadata(draft, job.edits);
  }
  return { updates, plan: msiExePlan({ draft, updates, packages, installers: job.installers }), notes };
}
