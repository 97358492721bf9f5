// The promises every run must keep, checked against what the fakes hold after it. Each answers a list of
// violations (empty: kept).
import { readFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { SECRET } from './world.mjs';
import { TRANSIENT } from './plan.mjs';

const FAILED_STATUS = /Failed$|^Canceled$|^FAILED$/;
const CORRELATION = /\[(MS-CorrelationId|x-ms-request-id|X-Correlation-ID|client-request-id): [^\]]+\]|\[no [\w-]+\]/;
/** Transient faults on one kind of call that the documented budget promises to ride out. */
const BUDGET = { create: 2, commit: 2 };
const THROTTLED_BUDGET = 9;
const IDEMPOTENT_BUDGET = 5;

/** Whether the documented retry budget promises that this run survives its faults. */
export function withinBudget(fired) {
  const hit = fired.filter((f) => f.count > 0);
  if (hit.some((f) => !TRANSIENT.includes(f.fault))) return false;
  const per = new Map();
  for (const f of hit) {
    const key = `${f.call}:${f.fault === 429 ? 429 : 'other'}`;
    per.set(key, (per.get(key) ?? 0) + f.count);
  }
  for (const [key, n] of per) {
    const [call, kind] = key.split(':');
    const limit = kind === '429' ? THROTTLED_BUDGET : (BUDGET[call] ?? IDEMPOTENT_BUDGET);
    if (n > limit) return false;
  }
  return true;
}

/** What every run must show, whatever the API. */
function common(result, secrets) {
  const v = [];
  const errors = result.log.split('\n').filter((line) => line.startsWith('::error'));
  if (result.signal || result.code === null)
    v.push(`did not end within its limits (${result.signal ?? 'no exit code'})`);
  if (/Unexpected error|Uncaught|\n\s+at .+\(.+:\d+:\d+\)/.test(result.log))
    v.push('an uncaught exception or a stack trace in the log');
  if (result.code === 0 && errors.length) v.push('exit code 0 with an ::error:: line');
  if (result.code !== 0) {
    if (errors.length === 0) v.push('failed without an ::error:: line');
    if (!('submission-id' in result.outputs) || !('status' in result.outputs)) v.push('failed without its outputs');
    if (!/Microsoft Store .* (failed|cancelled)/.test(result.summary)) v.push('failed without its summary');
    const line = errors.at(-1) ?? '';
    if (!/(failed|refused|could not|cannot|unknown|timed out|no )/i.test(line))
      v.push(`the error says no why: ${line}`);
    if (!CORRELATION.test(line) && !/did not finish within|timed out/i.test(line))
      v.push(`the error names no call or correlation ID: ${line.slice(0, 200)}`);
  }
  const everything = result.rawLog.replace(/^::add-mask::.*$/gm, '') + result.summary + JSON.stringify(result.outputs);
  for (const secret of secrets)
    if (secret.length >= 8 && everything.includes(secret)) v.push('a secret reached the log');
  return v;
}

/** Every secret of a Store run: the client secret, its tokens, every upload URL's signature. */
function storeSecrets(fake) {
  const found = [SECRET, ...fake.tokensIssued];
  for (const s of fake.submissions) {
    const sig = s.fileUploadUrl ? /[?&]sig=([^&]+)/.exec(s.fileUploadUrl)?.[1] : undefined;
    if (sig) found.push(sig, sig.replace(/\+/g, '%2B'), decodeURIComponent(sig.replace(/\+/g, '%2B')));
  }
  return found;
}

export async function checkStoreRun(world, result, files, scenario) {
  const { fake } = world;
  const v = common(result, storeSecrets(fake));
  const mine = fake.submissions.filter((s) => s.parent === world.parent && !s.seeded);
  const published = fake.submissions.filter((s) => s.parent === world.parent && s.seeded && s.status === 'Published');
  if (mine.length > 1) v.push(`${mine.length} submissions created for ${world.parent}`);
  for (const s of fake.submissions) if (s.commits > 1) v.push(`submission ${s.id} committed ${s.commits} times`);
  if (published.some((s) => s.deleted)) v.push('the published submission was deleted');
  const id = result.outputs['submission-id'] ?? '';
  const made = mine[0];
  const unknown = /unknown|may exist|may be processing/i.test(result.log);
  if (id && (!made || made.id !== id)) v.push(`submission-id ${id} is not the submission this run made`);
  if (!id && made && !made.deleted && !unknown)
    v.push(`submission ${made.id} was created but the run does not name it`);
  const held = id ? fake.submission(id) : undefined;
  const status = result.outputs.status ?? '';
  if (result.code === 0) {
    if (!held?.committed) v.push('exit code 0 but the submission is not committed');
    if (held && status !== held.status) v.push(`status output ${status}, the Store holds ${held.status}`);
    if (FAILED_STATUS.test(status)) v.push(`exit code 0 with status ${status}`);
  } else if (held) {
    if (status && !held.history.some((h) => h.status === status))
      v.push(`status output ${status} was never the submission's`);
    if (held.committed && status === 'PendingCommit' && !unknown)
      v.push('committed on the Store, reported as PendingCommit');
    if (!held.committed && /the commit went through|goes on processing/.test(result.log))
      v.push('reported committed, not committed');
    if (held.committed && /not committed; the next run replaces it/.test(result.log))
      v.push('said "not committed" of a committed submission');
  }
  if (held?.committed) v.push(...(await blobMatches(fake, id, files, scenario)));
  return v;
}

async function blobMatches(fake, id, files, scenario) {
  const blob = await fake.uploadedBlob(id);
  if (!blob) return ['a committed submission without its blob'];
  if (scenario.kind !== 'package') return blob.equals(readFileSync(files.zip)) ? [] : ['the blob differs from the zip'];
  const entry = await zipEntry(blob, files.msixName);
  return entry?.equals(files.msix) ? [] : ['the package in the blob differs from the file'];
}

function zipEntry(buffer, name) {
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return resolve(undefined);
      zip.on('entry', (entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return resolve(undefined);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
      });
      zip.on('end', () => resolve(undefined));
      zip.readEntry();
    });
  });
}

export function checkMsiExeRun(world, result) {
  const { fake } = world;
  const v = common(result, [SECRET, ...fake.tokensIssued]);
  const made = fake.submissions.filter((s) => !s.seeded);
  if (made.length > 1) v.push(`${made.length} submissions created for product ${world.parent}`);
  const id = result.outputs['submission-id'] ?? '';
  const unknown = /unknown|may be in progress/i.test(result.log);
  if (id && made[0]?.id !== id) v.push(`submission-id ${id} is not the submission this run made`);
  if (!id && made.length && !unknown) v.push(`submission ${made[0].id} was created but the run does not name it`);
  if (result.code === 0 && !id) v.push('exit code 0 without a submission');
  if (result.code === 0 && made[0] && result.outputs.status !== made[0].publishingStatus)
    v.push(`status output ${result.outputs.status}, the API holds ${made[0].publishingStatus}`);
  return v;
}
