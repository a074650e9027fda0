import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, sleep } from '../tools/services/net';

const ROOT = join(__dirname, '..');

interface ProcInfo {
  pid: number;
  ppid: number;
  state: string;
  cmd: string;
}

function processes(): ProcInfo[] {
  const found: ProcInfo[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const [, rest] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ');
      const [state, ppid] = rest.split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      found.push({ pid: Number(pid), ppid: Number(ppid), state, cmd });
    } catch {
      /* exited meanwhile */
    }
  }
  return found;
}

/** Live (non-zombie) processes among `pids`. */
const stillRunning = (pids: number[]): ProcInfo[] => processes().filter((p) => pids.includes(p.pid) && p.state !== 'Z');

/** Live processes whose command line mentions `needle`. */
const processesMentioning = (needle: string): ProcInfo[] => processes().filter((p) => p.cmd.includes(needle) && p.state !== 'Z');

/** The servers a launcher started: its direct children. */
const serversOf = (pid: number): ProcInfo[] => processes().filter((p) => p.ppid === pid && p.state !== 'Z');

async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}

function run(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** `npm start` without service URLs: what tools/start.ts does after the build. */
async function startLauncher(): Promise<{ dataDir: string; port: number; launcher: ReturnType<typeof run> }> {
  const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'launcher-'));
  const port = await freePort();
  const launcher = run('tools/start.ts', {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MONGODB_URI: '',
    MEILI_HOST: '',
    MEILI_MASTER_KEY: '',
    STRIPE_SECRET_KEY: '',
    STRIPE_API_BASE: '',
  });
  const ready = async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    return res?.status === 200;
  };
  const deadline = Date.now() + 90_000;
  while (!(await ready())) {
    if (Date.now() > deadline || launcher.child.exitCode !== null) throw new Error(`launcher not ready:\n${launcher.output()}`);
    await sleep(200);
  }
  return { dataDir, port, launcher };
}

describe('Start-up and shutdown', () => {
  it('stops with a message naming the key when the configuration is wrong', async () => {
    const app = run('src/main.ts', {
      NODE_ENV: 'test',
      PORT: 'eighty',
      MONGODB_URI: 'mongodb://127.0.0.1:1/x',
      MEILI_HOST: 'http://127.0.0.1:1',
      MEILI_MASTER_KEY: 'x'.repeat(16),
      STRIPE_SECRET_KEY: 'sk_test_123',
    });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('http.port (env PORT): must be a whole number from 0 to 65535');
  });

  it('names the fix when no MongoDB is configured and Go is missing, and leaves nothing running', async () => {
    const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'nogo-'));
    const launcher = run('tools/start.ts', {
      PATH: '/usr/bin:/bin',
      CACHE_DIR: join(dataDir, 'empty-cache'),
      DATA_DIR: dataDir,
      MONGODB_URI: '',
      MEILI_HOST: '',
      STRIPE_SECRET_KEY: '',
    });
    expect(await launcher.exited).toBe(1);
    expect(launcher.output().trim()).toMatch(/^No MongoDB server: set MONGODB_URI to a running MongoDB, put mongod on PATH, or install Go/m);
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  it('serves /health/ready, seeds the empty database, and stops every child server on SIGINT (Ctrl-C)', async () => {
    const { launcher, port } = await startLauncher();
    const seeded = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/materials?perPage=1`);
      return ((await res.json()) as { total: number }).total >= 150;
    };
    const deadline = Date.now() + 90_000;
    while (!(await seeded()) && Date.now() < deadline) await sleep(500);
    expect(await seeded()).toBe(true);
    const servers = serversOf(launcher.child.pid!);
    expect(servers.map((p) => p.cmd).join('\n')).toMatch(/ferretdb[\s\S]*meilisearch|meilisearch[\s\S]*ferretdb/);
    expect(servers.some((p) => p.cmd.includes('stripe-mock'))).toBe(true);
    launcher.child.kill('SIGINT');
    expect(await launcher.exited).toBe(0);
    expect(await eventually(() => stillRunning(servers.map((p) => p.pid)).length === 0, 5000)).toBe(true);
    // Seeding 162 materials while the search worker indexes them takes ~40 s on FerretDB here.
  }, 150_000);

  it('leaves no orphan when the launcher itself is killed with SIGKILL', async () => {
    const { launcher } = await startLauncher();
    const servers = serversOf(launcher.child.pid!);
    expect(servers).toHaveLength(3);
    launcher.child.kill('SIGKILL');
    await launcher.exited;
    expect(await eventually(() => stillRunning(servers.map((p) => p.pid)).length === 0, 5000)).toBe(true);
  });
});
