import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';

const ROOT = join(__dirname, '..', '..');
const SETPRIV = '/usr/bin/setpriv';

/** The API in a child process (test/helpers/fault-app.ts), so that a test can SIGKILL or SIGTERM it. */
export interface ChildApp {
  child: ChildProcess;
  port: number;
  http: TestAgent;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the process is gone: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once a line of its stdout matches `pattern` (rejects after `timeoutMs` or if it exits). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGKILL, and waits until it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the child with the test process's environment plus `env` (MONGODB_URI, MEILI_INDEX_PREFIX,
 * AUTH_JWT_SECRET...) and resolves once it listens. Launched through `setpriv --pdeathsig` when
 * available, like the test servers, so that a crashed test run leaves no app behind.
 */
export async function startChildApp(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildApp> {
  let output = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const argv = [process.execPath, '-r', '@swc-node/register', 'test/helpers/fault-app.ts'];
  // setpriv execs the command: the child's pid is the app's own, so signals reach it directly.
  const [bin, args] = process.platform === 'linux' && existsSync(SETPRIV) ? [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', ...argv]] : [argv[0], argv.slice(1)];
  const child = spawn(bin, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      for (const w of [...waiters]) {
        if (w.pattern.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let gone = false;
  void exited.then(() => (gone = true));

  const waitFor = (pattern: RegExp, ms = 30_000) => {
    const already = output.split('\n').find((l) => pattern.test(l));
    if (already) return Promise.resolve(already);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child app: no line matching ${pattern} within ${ms} ms:\n${output.slice(-3000)}`)), ms);
      const w = {
        pattern,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      waiters.push(w);
      void exited.then(() => {
        clearTimeout(timer);
        if (waiters.includes(w)) reject(new Error(`child app exited before printing ${pattern}:\n${output.slice(-3000)}`));
      });
    });
  };

  const kill = async () => {
    if (gone) return;
    child.kill('SIGKILL');
    await exited;
  };
  let line: string;
  try {
    line = await waitFor(/^LISTENING \d+$/, timeoutMs);
  } catch (err) {
    await kill();
    throw err;
  }
  const port = Number(line.split(' ')[1]);
  return { child, port, http: request(`http://127.0.0.1:${port}`), output: () => output, exited, waitFor, kill };
}
