import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Log, ensureFerretDb } from './go-binaries';
import { canConnect, freePort, waitUntil } from './net';
import { ManagedProcess } from './process';

export interface MongoOptions {
  dataDir: string;
  logDir: string;
  log: Log;
  port?: number;
}

const onPath = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** `mongod` when it is on PATH, else FerretDB 1.24 on SQLite built from tools/ferretdb. */
export class LocalMongo {
  private proc?: ManagedProcess;
  port = 0;
  kind: 'mongod' | 'ferretdb' = 'ferretdb';

  constructor(private readonly options: MongoOptions) {}

  /** Connection string without a database name; callers append one. */
  get baseUri(): string {
    return `mongodb://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const { dataDir, logDir, log } = this.options;
    this.port ||= this.options.port ?? (await freePort());
    let command: string;
    let args: string[];
    if (onPath('mongod')) {
      this.kind = 'mongod';
      const dbPath = join(dataDir, 'mongod');
      mkdirSync(dbPath, { recursive: true });
      command = 'mongod';
      args = ['--dbpath', dbPath, '--port', String(this.port), '--bind_ip', '127.0.0.1', '--quiet'];
    } else {
      this.kind = 'ferretdb';
      command = await ensureFerretDb(log);
      const sqliteDir = join(dataDir, 'ferretdb');
      mkdirSync(sqliteDir, { recursive: true });
      args = ['-listen-addr', `127.0.0.1:${this.port}`, '-sqlite-url', `file:${sqliteDir}/`, '-log-level', 'warn'];
    }
    this.proc = new ManagedProcess({ name: this.kind, command, args, logFile: join(logDir, `${this.kind}.log`) });
    this.proc.start();
    const proc = this.proc;
    try {
      await waitUntil(this.kind, () => canConnect(this.port), 60_000, () => proc.alive);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${proc.tail()}`);
    }
  }

  stop(): Promise<void> {
    return this.proc?.stop() ?? Promise.resolve();
  }

  kill(): Promise<void> {
    return this.proc?.kill() ?? Promise.resolve();
  }
}
