/**
 * The MSI/EXE submission API's client (api.store.microsoft.com), a second
 * client on the one request layer. It states only this API's dialect: the
 * envelope (`isSuccess` decides, even on a 200; its other errors are
 * warnings, handed back to the caller), X-Correlation-ID, the seller header
 * on every call, which calls are safe to repeat (all but POST /submit), and
 * its hints. Retries, Retry-After, pacing and the 401 renewal are the layer's.
 */
import { ApiError, UncertainOutcomeError } from '../errors.js';
import { RequestLayer, type ApiClientOptions, type Dialect, type Failure } from '../request/layer.js';
import { Pacer } from '../request/pacer.js';
import type { HttpResponse } from '../request/transport.js';
import { describeEntries, judge, otherMessage, readEnvelope, type EnvelopeEntry, type Verdict } from './envelope.js';
import type { MsiExeApi } from './lifecycle.js';
import type {
  MetadataDraft,
  MetadataRead,
  MetadataUpdate,
  ModuleStatus,
  MsiExePackage,
  MsiExeListing,
  PollingAnswer,
  SubmissionStatus
} from './types.js';

const CORRELATION = 'X-Correlation-ID';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isListing = (l: unknown): l is MsiExeListing => isObject(l) && typeof l.language === 'string';

/** `listingLanguages: [{ language, isComplete }]`, as languages; undefined when the answer has none. */
function languagesOf(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.filter(isObject).flatMap((l) => (typeof l.language === 'string' ? [l.language] : []));
}

export interface MsiExeClientOptions extends ApiClientOptions {
  /** e.g. https://api.store.microsoft.com (no trailing slash). */
  apiUrl: string;
  sellerId: string;
  productId: string;
}

function hint({ status }: Failure): string | undefined {
  if (status === undefined) return 'The MSI/EXE submission API could not be reached; try again later.';
  if (status === 401 || status === 403)
    return 'The API refused the token: the Azure AD app needs the Manager role in Partner Center (Account settings > User management > Azure AD applications); check tenant-id, client-id and seller-id.';
  if (status === 404)
    return "Check 'product-id' (the MSI/EXE product's Partner Center ID) and 'seller-id' (the account's seller ID).";
  if (status === 429) return 'The tenant is throttled; try again later.';
  if (status >= 500)
    return `The MSI/EXE submission API is failing; try again later, and quote the ${CORRELATION} to Microsoft support if it persists.`;
  return undefined;
}

export const MSI_EXE_DIALECT: Dialect = {
  correlationHeader: CORRELATION,
  describe: (response: HttpResponse) => {
    const envelope = readEnvelope(response.body);
    if (!envelope) return { message: otherMessage(response.body) };
    return { code: envelope.errors[0]?.code, message: describeEntries(envelope.errors) || undefined };
  },
  hint
};

/** A 2xx answer read as the envelope, judged; a body that is not one cannot be read (the layer retries or doubts it). */
function readVerdict(response: HttpResponse): Verdict<Record<string, unknown>> {
  if (!readEnvelope(response.body))
    throw new Error('the answer is not the JSON envelope { isSuccess, errors, responseData }');
  return judge(response.status, response.body);
}

export class MsiExeClient implements MsiExeApi {
  private readonly layer: RequestLayer;
  private readonly pacer: Pacer;
  private readonly base: string;

  constructor(private readonly options: MsiExeClientOptions) {
    this.layer = new RequestLayer(options);
    this.pacer = new Pacer(options.clock);
    this.base = `${options.apiUrl}/submission/v1/product/${encodeURIComponent(options.productId)}`;
  }

  /** One call; the answer's data and warnings, or an ApiError naming the call, the errors and the X-Correlation-ID. */
  private async send<T>(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    what: string,
    options: { body?: unknown; idempotent?: boolean; accept?: (data: T) => boolean } = {}
  ): Promise<{ data: T; notes: EnvelopeEntry[] }> {
    const json = options.body === undefined ? undefined : JSON.stringify(options.body);
    const call = `${what} (${method} /${path.split('?')[0]})`;
    const answer = await this.layer.send({
      call,
      method,
      url: `${this.base}/${path}`,
      headers: {
        Accept: 'application/json',
        'X-Seller-Account-Id': this.options.sellerId,
        ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' })
      },
      body: json,
      idempotent: options.idempotent ?? true,
      dialect: MSI_EXE_DIALECT,
      auth: this.options.tokens,
      pacer: this.pacer,
      read: readVerdict
    });
    const verdict = answer.body;
    if (verdict.ok) return { data: verdict.data as T, notes: verdict.warnings };
    if (verdict.data && options.accept?.(verdict.data as T)) return { data: verdict.data as T, notes: verdict.errors };
    throw new ApiError({
      call,
      status: answer.status,
      code: verdict.errors[0]?.code,
      storeMessage: `isSuccess is false: ${describeEntries(verdict.errors) || verdict.message || 'no errors given'}`,
      correlationId: answer.correlationId,
      correlationName: CORRELATION,
      hint: hint({ status: answer.status, code: verdict.errors[0]?.code })
    });
  }

  private get product(): string {
    return `product ${this.options.productId}`;
  }

  async moduleStatus(): Promise<{ status: ModuleStatus; notes: EnvelopeEntry[] }> {
    const { data, notes } = await this.send<Partial<ModuleStatus>>(
      'GET',
      'status',
      `Read the module status of ${this.product}`
    );
    return { status: { isReady: data.isReady === true, ongoingSubmissionId: data.ongoingSubmissionId ?? '' }, notes };
  }

  /**
   * The draft's modules that `read` names, one `GET /metadata/{module}` each, as msstore-cli and the
   * store-submission action read them; the listings in the languages named (none named: every language, the first
   * 200 as the API answers), with the draft's language list.
   */
  async metadata(read: MetadataRead): Promise<{ draft: MetadataDraft; notes: EnvelopeEntry[] }> {
    const draft: MetadataDraft = { listings: [], properties: {}, availability: {} };
    const notes: EnvelopeEntry[] = [];
    for (const module of read.modules) {
      const languages = read.languages.length ? `languages=${read.languages.map(encodeURIComponent).join(',')}&` : '';
      const query = module === 'listings' ? `?${languages}includelanguagelist=true` : '';
      const answer = await this.send<Record<string, unknown>>(
        'GET',
        `metadata/${module}${query}`,
        `Read the draft's ${module} of ${this.product}`
      );
      notes.push(...answer.notes);
      if (module === 'listings') {
        draft.listings = (Array.isArray(answer.data.listings) ? answer.data.listings : []).filter(isListing);
        draft.listingLanguages = languagesOf(answer.data.listingLanguages);
      } else if (isObject(answer.data[module])) {
        draft[module] = answer.data[module] as Record<string, unknown>;
      }
    }
    return { draft, notes };
  }

  /** GET /packages: the draft's installers, as the plan compares them with the new ones. */
  async packages(): Promise<{ packages: MsiExePackage[]; notes: EnvelopeEntry[] }> {
    const { data, notes } = await this.send<{ packages?: unknown }>(
      'GET',
      'packages',
      `Read the packages of ${this.product}`
    );
    const packages = Array.isArray(data.packages) ? data.packages.filter(isObject) : [];
    return { packages: packages as unknown as MsiExePackage[], notes };
  }

  async replacePackages(installers: MsiExePackage[]): Promise<EnvelopeEntry[]> {
    return (
      await this.send('PUT', 'packages', `Replace the packages of ${this.product}`, { body: { packages: installers } })
    ).notes;
  }

  /** Committing the same package set again is harmless (both Microsoft tools commit twice): safe to repeat. */
  async commitPackages(): Promise<EnvelopeEntry[]> {
    return (await this.send('POST', 'packages/commit', `Commit the packages of ${this.product}`, { idempotent: true }))
      .notes;
  }

  async updateMetadata(update: MetadataUpdate): Promise<EnvelopeEntry[]> {
    // Not repeated blindly: the service refuses a PUT while it processes the last one (the lifecycle checks first).
    const call = `Update the draft metadata of ${this.product}`;
    return (await this.send('PUT', 'metadata', call, { body: update, idempotent: false })).notes;
  }

  /** POST /submit, never repeated blindly; an answer without an ID is as uncertain as a lost one. */
  async submit(): Promise<{ submissionId: string; notes: EnvelopeEntry[] }> {
    const call = `Submit the draft of ${this.product}`;
    const { data, notes } = await this.send<PollingAnswer>('POST', 'submit', call, { idempotent: false });
    const submissionId = data.submissionId || data.ongoingSubmissionId;
    if (!submissionId)
      throw new UncertainOutcomeError({
        call: `${call} (POST /submit)`,
        storeMessage: 'the answer names no submission',
        correlationName: CORRELATION
      });
    return { submissionId, notes };
  }

  async submissionStatus(submissionId: string): Promise<{ status: SubmissionStatus; errors: EnvelopeEntry[] }> {
    const { data, notes } = await this.send<Partial<SubmissionStatus>>(
      'GET',
      `submission/${encodeURIComponent(submissionId)}/status`,
      `Read the status of submission ${submissionId}`,
      // A failed submission's status may come with isSuccess false: its errors are the answer.
      { accept: (d) => typeof d.publishingStatus === 'string' }
    );
    return {
      status: { publishingStatus: data.publishingStatus ?? 'UNKNOWN', hasFailed: data.hasFailed === true },
      errors: notes
    };
  }

  async pauseBeforeRetry(attempt: number): Promise<void> {
    await this.layer.pauseBeforeRetry(attempt);
  }
}
