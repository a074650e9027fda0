import { join } from 'node:path';
import { ensureVenv } from './python-venv';

/** Pinned: a fixed version and seed make a failure reproducible. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/** The path of the `schemathesis` CLI, installed from PyPI into `.cache/` the first time (about 20 s). */
export async function ensureSchemathesis(log: (m: string) => void = () => undefined): Promise<string> {
  const venv = await ensureVenv(`schemathesis-${SCHEMATHESIS_VERSION}`, [`schemathesis==${SCHEMATHESIS_VERSION}`], log);
  return join(venv, 'bin', 'schemathesis');
}
