import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths';

const run = promisify(execFile);

/** Pinned: a fixed version and seed make a failure reproducible. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * The path of the `schemathesis` CLI, installed from PyPI into a virtualenv under `.cache/` the first
 * time (about 20 s), like the Go-built servers.
 */
export async function ensureSchemathesis(log: (m: string) => void = () => undefined): Promise<string> {
  const venv = join(repoRoot(), '.cache', `venv-schemathesis-${SCHEMATHESIS_VERSION}`);
  const bin = join(venv, 'bin', 'schemathesis');
  if (existsSync(bin)) return bin;
  mkdirSync(join(repoRoot(), '.cache'), { recursive: true });
  log(`installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${venv} (first run only)...`);
  const python = process.env.PYTHON ?? 'python3';
  await run(python, ['-m', 'venv', venv]);
  await run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], { maxBuffer: 16 * 1024 * 1024 });
  log('schemathesis installed');
  return bin;
}
