/**
 * The local Partner Center rig for integration tests: one Azurite per test
 * file, a fresh fake Store per test, a zip maker, the bundled action runner,
 * and a check that nothing secret reached a log.
 */
import { expect } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from './azurite.mjs';
import { startFakeStore } from './fake-store/index.mjs';
import { makeZip } from './make-zip.mjs';
import { runAction } from './run-action.mjs';

export const TENANT = 'contoso-tenant-0001';
export const CLIENT = '11111111-2222-3333-4444-555555555555';
export const SECRET = 'Sup3r~Secret.Value_that-must-never-show';
export const APP_ID = '9NBLGGH4R315';

export type Fake = Awaited<ReturnType<typeof startFakeStore>>;
export type Azurite = Awaited<ReturnType<typeof startAzurite>>;
export type RunResult = Awaited<ReturnType<typeof runAction>>;

/** A published app submission as the Store would clone it. */
export function publishedAppSubmission(): Record<string, unknown> {
  return {
    applicationCategory: 'DeveloperTools',
    pricing: { trialPeriod: 'NoFreeTrial', priceId: 'Free' },
    visibility: 'Public',
    targetPublishMode: 'Immediate',
    notesForCertification: 'No special steps.',
    listings: {
      'en-us': {
        baseListing: {
          title: 'Contoso Notes',
          description: 'Take notes fast.',
          releaseNotes: 'Old notes',
          features: ['Fast', 'Simple'],
          images: [{ fileName: 'img/screen1.png', fileStatus: 'Uploaded', id: '1', imageType: 'Screenshot' }]
        },
        platformOverrides: {}
      }
    },
    applicationPackages: [
      {
        fileName: 'ContosoNotes_1.0.0.0_x64.msixupload',
        fileStatus: 'Uploaded',
        id: '1001',
        version: '1.0.0.0',
        architecture: 'X64'
      }
    ],
    packageDeliveryOptions: { isMandatoryUpdate: false },
    allowTargetFutureDeviceFamilies: { Desktop: true, Mobile: false, Holographic: false, Xbox: false }
  };
}

export class Rig {
  azurite!: Azurite;
  fake!: Fake;
  private dir = mkdtempSync(join(tmpdir(), 'rig-'));
  readonly logs: string[] = [];
  private readonly fakes: Fake[] = [];

  async start(): Promise<void> {
    this.azurite = await startAzurite();
  }

  /** A fresh fake Store (and registered client) for one test. */
  async newFake(options: Record<string, unknown> = {}): Promise<Fake> {
    this.fake = await startFakeStore({
      blob: { endpoint: this.azurite.endpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY },
      ...options
    });
    this.fake.addClient({ tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET });
    this.fakes.push(this.fake);
    return this.fake;
  }

  async zip(name: string, entries: Record<string, string | Buffer>): Promise<string> {
    return makeZip(join(this.dir, name), entries);
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  /** Inputs for the fake: credentials and URLs, plus the test's own. */
  inputs(extra: Record<string, string | undefined>): Record<string, string | undefined> {
    return {
      'tenant-id': TENANT,
      'client-id': CLIENT,
      'client-secret': SECRET,
      'store-api-url': this.fake.url,
      'authority-host': this.fake.url,
      'poll-interval-seconds': '0.05',
      'timeout-minutes': '1',
      ...extra
    };
  }

  async run(
    extra: Record<string, string | undefined>,
    options: Parameters<typeof runAction>[1] = {}
  ): Promise<RunResult> {
    const result = await runAction(this.inputs(extra), options);
    this.logs.push(result.log + result.summary + JSON.stringify(result.outputs));
    return result;
  }

  /** Every secret the runs could have leaked: the client secret, every token issued, every upload URL's signature. */
  secrets(): string[] {
    const found = [SECRET];
    for (const fake of this.fakes) {
      found.push(...fake.tokensIssued, ...(fake.oidcTokensIssued ?? []));
      for (const submission of fake.submissions) {
        const url = (submission as { fileUploadUrl?: string }).fileUploadUrl;
        const sig = url ? /[?&]sig=([^&]+)/.exec(url)?.[1] : undefined;
        if (sig) found.push(sig, sig.replace(/\+/g, '%2B'), decodeURIComponent(sig.replace(/\+/g, '%2B')));
      }
    }
    return found.filter((s) => s && s.length >= 8);
  }

  /** Asserts that no secret of any run so far reached its log, outputs or summary. */
  expectNoSecretsInLogs(): void {
    const secrets = this.secrets();
    expect(this.logs.length).toBeGreaterThan(0);
    expect(secrets.length).toBeGreaterThan(1);
    const logs = this.logs.join('\n');
    for (const secret of secrets) expect(logs).not.toContain(secret);
  }

  async stop(): Promise<void> {
    for (const fake of this.fakes) await fake.close();
    await this.azurite?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The lines the runner would show as error annotations. */
export function errorAnnotations(log: string): string[] {
  return log.split('\n').filter((line) => line.startsWith('::error'));
}
