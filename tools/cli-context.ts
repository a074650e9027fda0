import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from '../src/app.factory';
import { ConfigError, loadConfig } from '../src/config/config.loader';
import { LocalServices, PrerequisiteError, startLocalServices } from './services';
import { repoRoot } from './services/paths';

export const dataDir = (): string => resolve(process.env.DATA_DIR || `${repoRoot()}/.data`);
const stateFile = () => join(dataDir(), 'services.json');

/** `npm start` records where its local servers run, so that CLI commands use them instead of starting a second set. */
export function recordRunningServices(env: Record<string, string>): void {
  writeFileSync(stateFile(), JSON.stringify({ pid: process.pid, env }, null, 2), { mode: 0o600 });
}

export function forgetRunningServices(): void {
  rmSync(stateFile(), { force: true });
}

function runningServices(): Record<string, string> | undefined {
  if (!existsSync(stateFile())) return undefined;
  try {
    const { pid, env } = JSON.parse(readFileSync(stateFile(), 'utf8')) as { pid: number; env: Record<string, string> };
    process.kill(pid, 0);
    return env;
  } catch {
    return undefined;
  }
}

/**
 * Runs `work` inside the app (no HTTP listener) against the configured servers, the ones of a
 * running `npm start`, or local servers started for the duration of the command.
 */
export async function withApp(work: (app: NestFastifyApplication) => Promise<void>): Promise<void> {
  process.env.NODE_ENV ||= 'development';
  process.env.LOG_LEVEL ||= 'warn';
  // A one-off command is no place for the search sync worker (the app instances run it).
  process.env.SEARCH_WORKER ||= 'false';
  process.env.LITERATURE_JOBS_WORKER ||= 'false';
  let services: LocalServices | undefined;
  try {
    const running = process.env.MONGODB_URI ? undefined : runningServices();
    if (running) Object.assign(process.env, running);
    else if (!process.env.MONGODB_URI || !process.env.MEILI_HOST || !process.env.STRIPE_SECRET_KEY) {
      services = await startLocalServices({ dataDir: dataDir() });
      Object.assign(process.env, services.env);
    }
    const app = await createApp(loadConfig());
    await app.init();
    try {
      await work(app);
    } finally {
      await app.close();
    }
  } catch (err) {
    if (err instanceof PrerequisiteError || err instanceof ConfigError) console.error(err.message);
    else console.error(err);
    process.exitCode = 1;
  } finally {
    await services?.stop();
  }
}
