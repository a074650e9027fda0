import { join } from 'node:path';
import { Log, ensureStripeMock } from './go-binaries';
import { freePort, waitUntil, httpOk } from './net';
import { ManagedProcess } from './process';

export const STRIPE_MOCK_KEY = 'sk_test_biomathubLocalDev';

/** stripe-mock v0.197.0 over plain HTTP on loopback. */
export class LocalStripeMock {
  private proc?: ManagedProcess;
  port = 0;

  constructor(private readonly options: { logDir: string; log: Log }) {}

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const binary = await ensureStripeMock(this.options.log);
    this.port ||= await freePort();
    // Without an explicit HTTPS address stripe-mock also binds :12112, which clashes between runs.
    const httpsPort = await freePort();
    this.proc = new ManagedProcess({
      name: 'stripe-mock',
      command: binary,
      args: ['-http-addr', `127.0.0.1:${this.port}`, '-https-addr', `127.0.0.1:${httpsPort}`],
      logFile: join(this.options.logDir, 'stripe-mock.log'),
    });
    this.proc.start();
    const proc = this.proc;
    const auth = { authorization: `Bearer ${STRIPE_MOCK_KEY}` };
    try {
      await waitUntil('stripe-mock', () => httpOk(`${this.apiBase}/v1/balance`, auth), 60_000, () => proc.alive);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${proc.tail()}`);
    }
  }

  stop(): Promise<void> {
    return this.proc?.stop() ?? Promise.resolve();
  }
}
