/**
 * The API as a child process, for fault tests that SIGKILL or SIGTERM it: boots exactly like
 * `npm run start:prod` (src/bootstrap.ts: createApp, shutdown hooks, listen) with the configuration
 * from the environment, then prints `LISTENING <port>`.
 *
 * FAULT_REINDEX=<phase> also starts a reindex (SearchAdminService.reindex) once listening and the
 * live index is in sync, prints `REINDEX <phase> <documents>` at each phase and stops at <phase>
 * (prepare, fill, catch-up, swap) for up to a minute, so that the test can kill the process there.
 */
import { bootstrap } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config.loader';
import { SearchAdminService } from '../../src/search/search-admin.service';

async function main(): Promise<void> {
  const app = await bootstrap(loadConfig({ env: process.env }));
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : Number(address);
  process.stdout.write(`LISTENING ${port}\n`);
  const holdAt = process.env.FAULT_REINDEX;
  if (holdAt) {
    // Start from a live index in step with MongoDB, so that what survives the kill is known.
    const admin = app.get(SearchAdminService);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const drift = await admin.check(0).catch(() => null);
      if (drift?.clean && drift.indexed > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const report = await admin.reindex(async (p) => {
      process.stdout.write(`REINDEX ${p.phase} ${p.documents}\n`);
      if (p.phase === holdAt) await new Promise((r) => setTimeout(r, 60_000));
    });
    process.stdout.write(`REINDEX finished ${report.documents}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`fault-app failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
