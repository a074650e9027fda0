import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getConnectionToken } from '@nestjs/mongoose';
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { Connection } from 'mongoose';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp, CreateAppOptions } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config.loader';
import { AppConfig } from '../../src/config/config.schema';

/** Bearer tokens of the interim guard, one per role (see src/auth/interim-auth.guard.ts). */
export const TOKENS = {
  curator: 'curator-token-0123456789',
  curator2: 'curator2-token-0123456789',
  researcher: 'researcher-token-0123456789',
  supplier: 'supplier-token-0123456789',
};
const INTERIM_TOKENS = [
  `${TOKENS.curator}:cur-alice:curator`,
  `${TOKENS.curator2}:cur-bob:curator`,
  `${TOKENS.researcher}:res-carol:researcher:org-uni`,
  `${TOKENS.supplier}:sup-dave:supplier:org-acme`,
].join(',');
export const bearer = (who: keyof typeof TOKENS) => ({ authorization: `Bearer ${TOKENS[who]}` });

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  http: TestAgent;
  close(): Promise<void>;
}

/** A unique, valid database name for the calling test file. */
export function testDatabaseName(): string {
  const file = basename(expect.getState().testPath ?? 'test').replace(/\.e2e-spec\.ts$/, '');
  return `t_${file.replace(/[^A-Za-z0-9]/g, '_').slice(0, 24)}_${randomBytes(3).toString('hex')}`;
}

/** Swaps the database name in a MongoDB URI. */
export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Boots the real app against the servers started by the global setup, with a database and index
 * prefix of its own. `env` overrides variables (e.g. MEILI_HOST of a dedicated Meilisearch).
 */
export async function startTestApp(env: Record<string, string> = {}, options: CreateAppOptions = {}): Promise<TestApp> {
  const database = testDatabaseName();
  const config = loadConfig({
    env: {
      ...process.env,
      NODE_ENV: 'test',
      MONGODB_URI: withDatabase(process.env.E2E_MONGODB_URI ?? '', database),
      MEILI_INDEX_PREFIX: `${database}_`,
      AUTH_TOKENS: INTERIM_TOKENS,
      ...env,
    },
  });
  const app = await createApp(config, options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    http: request(app.getHttpServer()),
    close: async () => {
      const connection = app.get<Connection>(getConnectionToken(), { strict: false });
      await connection.db?.dropDatabase().catch(() => undefined);
      await app.close();
    },
  };
}
