import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PrerequisiteError } from './errors';
import { cacheDir, repoRoot } from './paths';

export const STRIPE_MOCK_MODULE = 'github.com/stripe/stripe-mock@v0.197.0';
export type Log = (message: string) => void;

export function hasGo(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/** Builds once into .cache/bin (atomic rename, so concurrent runs cannot see a half-written binary). */
async function buildOnce(name: string, target: string, log: Log, noGoMessage: string, build: (outDir: string) => Promise<string>): Promise<string> {
  if (existsSync(target)) return target;
  if (!hasGo()) throw new PrerequisiteError(noGoMessage);
  mkdirSync(join(cacheDir(), 'bin'), { recursive: true });
  const work = mkdtempSync(join(cacheDir(), 'bin', `.build-${name}-`));
  const started = Date.now();
  log(`building ${name} with Go (first run only, about a minute)...`);
  const ticker = setInterval(() => log(`  still building ${name} (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
  try {
    const built = await build(work);
    renameSync(built, target);
    log(`built ${name} in ${Math.round((Date.now() - started) / 1000)} s`);
    return target;
  } finally {
    clearInterval(ticker);
    rmSync(work, { recursive: true, force: true });
  }
}

/** FerretDB 1.24 with its SQLite backend, from our wrapper module in tools/ferretdb. */
export function ensureFerretDb(log: Log): Promise<string> {
  const src = join(repoRoot(), 'tools', 'ferretdb');
  const hash = createHash('sha256');
  const files = ['go.mod', 'go.sum', ...readdirSync(src).filter((f) => f.endsWith('.go')).sort()];
  for (const f of files) hash.update(f).update(readFileSync(join(src, f)));
  const target = join(cacheDir(), 'bin', `ferretdb-${hash.digest('hex').slice(0, 12)}`);
  const noGo =
    'No MongoDB server: set MONGODB_URI to a running MongoDB, put mongod on PATH, or install Go 1.22+ ' +
    '(https://go.dev/doc/install) so that the launcher can build FerretDB, a MongoDB-compatible server on SQLite.';
  return buildOnce('FerretDB', target, log, noGo, async (out) => {
    const binary = join(out, 'ferretdb');
    await run('go', ['build', '-trimpath', '-o', binary, '.'], src, { CGO_ENABLED: '0', GOFLAGS: '-mod=readonly' });
    return binary;
  });
}

/** stripe-mock, pinned, installed with `go install`. */
export function ensureStripeMock(log: Log): Promise<string> {
  const version = STRIPE_MOCK_MODULE.split('@')[1];
  const target = join(cacheDir(), 'bin', `stripe-mock-${version}`);
  const noGo =
    'No Stripe API: set STRIPE_SECRET_KEY (a test key) to use Stripe itself, or install Go 1.22+ ' +
    '(https://go.dev/doc/install) so that the launcher can build stripe-mock.';
  return buildOnce('stripe-mock', target, log, noGo, async (out) => {
    await run('go', ['install', STRIPE_MOCK_MODULE], out, { GOBIN: out, CGO_ENABLED: '0' });
    return join(out, 'stripe-mock');
  });
}
