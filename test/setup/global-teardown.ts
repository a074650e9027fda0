import { rmSync } from 'node:fs';
import type { LocalServices } from '../../tools/services';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  await (g.__BIOMAT_SERVICES__ as LocalServices | undefined)?.stop();
  const dataDir = g.__BIOMAT_DATA_DIR__ as string | undefined;
  if (dataDir && !process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
}
