import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServices } from '../../tools/services';

/**
 * Starts the real servers once per test run in a temporary folder. Each test file then gets its own
 * database and index prefix (test/helpers/test-app.ts), so files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'biomat-e2e-'));
  const started = Date.now();
  const services = await startLocalServices({
    dataDir,
    log: (m) => process.stderr.write(`[e2e services] ${m}\n`),
  });
  (globalThis as Record<string, unknown>).__BIOMAT_SERVICES__ = services;
  (globalThis as Record<string, unknown>).__BIOMAT_DATA_DIR__ = dataDir;
  // Workers are forked after this returns, so they inherit these variables.
  const mongoUri = services.env.MONGODB_URI ?? process.env.MONGODB_URI ?? '';
  Object.assign(process.env, services.env, {
    NODE_ENV: 'test',
    E2E_DATA_DIR: dataDir,
    E2E_MONGODB_URI: mongoUri,
    // What serves the MongoDB protocol in this run (tests of backend-specific code paths check it).
    E2E_MONGODB_KIND: services.mongo?.kind ?? 'external',
  });
  process.stderr.write(`[e2e services] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${services.describe().join('; ')}\n`);
}
