import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir } from './paths';

const run = promisify(execFile);

/**
 * A Python virtualenv under `.cache/venv-<name>` with pinned PyPI packages, created the first time
 * (like the Go-built servers). `.complete` is written last: a venv an interrupted install left
 * behind is rebuilt, never used half-made.
 */
export async function ensureVenv(name: string, packages: string[], log: (m: string) => void = () => undefined): Promise<string> {
  const venv = join(cacheDir(), `venv-${name}`);
  if (existsSync(join(venv, '.complete'))) return venv;
  mkdirSync(cacheDir(), { recursive: true });
  rmSync(venv, { recursive: true, force: true });
  log(`installing ${packages.join(', ')} from PyPI into ${venv} (first run only)...`);
  await run(process.env.PYTHON ?? 'python3', ['-m', 'venv', venv]);
  await run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...packages], { maxBuffer: 16 * 1024 * 1024 });
  writeFileSync(join(venv, '.complete'), `${packages.join('\n')}\n`);
  log(`${name} installed`);
  return venv;
}
