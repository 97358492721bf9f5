/**
 * The local MSI/EXE rig for integration tests: a fresh fake of the MSI/EXE
 * API per test (with a registered client and a seeded product), the bundled
 * action run as the runner runs it against it, and a check that nothing
 * secret reached a log.
 */
import { expect } from '@jest/globals';
import { startFakeMsiExe } from './fake-msi-exe/index.mjs';
import { runAction } from './run-action.mjs';

export type MsiExeFake = Awaited<ReturnType<typeof startFakeMsiExe>>;
export type MsiExeRun = Awaited<ReturnType<typeof runAction>>;

export const MSI_TENANT = 'contoso-tenant-msi';
export const MSI_CLIENT = '22222222-3333-4444-5555-666666666666';
export const MSI_SECRET = 'Msi~Secret.Value_that-must-never-show';
export const SELLER = '123456789';
export const PRODUCT = '3e31a9f9-84e8-4d2d-9eba-487878d02ebf';

export class MsiExeRig {
  fake!: MsiExeFake;
  private readonly fakes: MsiExeFake[] = [];
  private readonly logs: string[] = [];

  /** A fresh fake (quick polls unless `options` says otherwise) with the client and the product seeded. */
  async start(options: Record<string, unknown> = {}, seed: Record<string, unknown> = {}): Promise<MsiExeFake> {
    this.fake = await startFakeMsiExe({ uploadPolls: 1, metadataPolls: 1, publishPolls: 1, ...options });
    this.fakes.push(this.fake);
    this.fake.addClient({ tenantId: MSI_TENANT, clientId: MSI_CLIENT, clientSecret: MSI_SECRET });
    this.fake.seedProduct({ id: PRODUCT, sellerId: SELLER, ...seed });
    return this.fake;
  }

  /** The action against the fake, signed in by secret, with quick status reads; `inputs` override. */
  async run(inputs: Record<string, string | undefined>): Promise<MsiExeRun> {
    const result = await runAction({
      'tenant-id': MSI_TENANT,
      'client-id': MSI_CLIENT,
      'client-secret': MSI_SECRET,
      'product-id': PRODUCT,
      'seller-id': SELLER,
      'msi-exe-api-url': this.fake.url,
      'authority-host': this.fake.url,
      'poll-interval-seconds': '0.05',
      'timeout-minutes': '1',
      ...inputs
    });
    this.logs.push(result.log + result.summary + JSON.stringify(result.outputs));
    return result;
  }

  /** Closes the fake started last; a suite that starts more than one closes them all with stop(). */
  async closeFake(): Promise<void> {
    await this.fake?.close();
  }

  /** Closes every fake this rig started. */
  async stop(): Promise<void> {
    for (const fake of this.fakes.splice(0)) await fake.close();
  }

  /** No secret of any run so far (the client secret, every token issued) in its log, outputs or summary. */
  expectNoSecretsInLogs(): void {
    const secrets = [MSI_SECRET, ...this.fakes.flatMap((f) => f.tokensIssued)].filter((s) => s.length >= 8);
    const all = this.logs.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
  }
}
