import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ManagedProcessOptions {
  name: string;
  command: string;
  args: string[];
  logFile: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

const SETPRIV = '/usr/bin/setpriv';

/**
 * Children get a minimal environment: ours holds PORT (stripe-mock would listen on it) and secrets
 * that are none of their business.
 */
function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ'];
  return { ...Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])), ...extra };
}

/**
 * A local server we started. On Linux it is launched through `setpriv --pdeathsig SIGKILL`, so the
 * kernel kills it if our process dies for any reason (even SIGKILL): no orphaned servers.
 */
export class ManagedProcess {
  private child?: ChildProcess;
  private exited = true;

  constructor(readonly options: ManagedProcessOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  start(): void {
    const { command, args, logFile, env, cwd } = this.options;
    mkdirSync(dirname(logFile), { recursive: true });
    const fd = openSync(logFile, 'a');
    const usePdeathsig = process.platform === 'linux' && existsSync(SETPRIV);
    const [bin, argv] = usePdeathsig ? [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', command, ...args]] : [command, args];
    this.child = spawn(bin, argv, { stdio: ['ignore', fd, fd], env: childEnv(env), cwd });
    closeSync(fd);
    this.exited = false;
    this.child.once('exit', () => {
      this.exited = true;
    });
    this.child.once('error', () => {
      this.exited = true;
    });
  }

  /** SIGTERM, then SIGKILL after `graceMs`. Resolves once the process is gone. */
  async stop(graceMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }

  /** SIGKILL at once (used by fault tests). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await gone;
  }

  tail(lines = 20): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }
}
