/**
 * Generates the Python client for researchers (clients/python/biomat-hub-client) from openapi.json
 * with openapi-python-client (PyPI, pinned), installed with ruff into a virtualenv under `.cache/`.
 * `--check` generates into a temporary folder and fails when the committed client differs.
 * One template is ours (clients/python/templates): object query parameters are sent deepObject-style
 * (`filter[class]=...`, `range[youngsModulusGPa]=10..30`), which the stock template flattens.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './services/paths';
import { ensureVenv } from './services/python-venv';

const run = promisify(execFile);
export const PYTHON_CLIENT_GENERATOR = ['openapi-python-client==0.29.1', 'ruff==0.14.8', 'python-dateutil==2.9.0.post0'];
export const CLIENT_DIR = 'clients/python/biomat-hub-client';

export async function pythonClientVenv(log?: (m: string) => void): Promise<string> {
  return ensureVenv('openapi-python-client-0.29.1', PYTHON_CLIENT_GENERATOR, log);
}

/** Writes the client generated from `spec` into `outDir` (replaced). */
export async function generatePythonClient(outDir: string, spec = join(repoRoot(), 'openapi.json'), log?: (m: string) => void): Promise<void> {
  const venv = await pythonClientVenv(log);
  const root = repoRoot();
  await run(
    join(venv, 'bin', 'openapi-python-client'),
    ['generate', '--path', spec, '--output-path', outDir, '--overwrite', '--config', join(root, 'clients/python/config.yaml'), '--custom-template-path', join(root, 'clients/python/templates')],
    { env: { ...process.env, RUFF_NO_CACHE: 'true', PATH: `${join(venv, 'bin')}:${process.env.PATH}` }, maxBuffer: 16 * 1024 * 1024 },
  );
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (name === '__pycache__' || name === '.ruff_cache') continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** The files that differ between two generated clients (empty when equal). */
export function clientDifferences(a: string, b: string): string[] {
  const [fa, fb] = [files(a), files(b)];
  return [...new Set([...fa.keys(), ...fb.keys()])].filter((f) => fa.get(f) !== fb.get(f)).sort();
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const target = join(repoRoot(), CLIENT_DIR);
  if (!check) {
    await generatePythonClient(target, undefined, console.log);
    console.log(`wrote ${target}`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'biomat-pyclient-'));
  try {
    await generatePythonClient(join(tmp, 'client'), undefined, console.log);
    const diff = clientDifferences(join(tmp, 'client'), target);
    if (diff.length) {
      console.error(`${CLIENT_DIR} is out of date (${diff.length} files differ, e.g. ${diff.slice(0, 3).join(', ')}): run \`npm run client:python\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${CLIENT_DIR} matches openapi.json.`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
