import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getConnectionToken } from '@nestjs/mongoose';
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { Connection } from 'mongoose';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { TokensService } from '../../src/accounts/auth/tokens.service';
import { OrganizationsService } from '../../src/accounts/organizations/organizations.service';
import { UsersService } from '../../src/accounts/users/users.service';
import { createApp, CreateAppOptions } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config.loader';
import { AppConfig } from '../../src/config/config.schema';
import { buildOpenApiDocument } from '../../src/openapi';
import { checkAnswersAgainst } from './contract';

/**
 * The accounts every test app has (created in its database by startTestApp): two curators of the
 * platform team, a researcher of a university lab, a supplier's staff member, an admin.
 */
export const TEST_ACCOUNTS = {
  curator: { id: 'cur-alice', email: 'alice@biomat.test', name: 'Alice Curator', roles: ['curator'], org: 'org-biomat' },
  curator2: { id: 'cur-bob', email: 'bob@biomat.test', name: 'Bob Curator', roles: ['curator'], org: 'org-biomat' },
  researcher: { id: 'res-carol', email: 'carol@uni.test', name: 'Carol Researcher', roles: [], org: 'org-uni' },
  supplier: { id: 'sup-dave', email: 'dave@acme.test', name: 'Dave Supplier', roles: [], org: 'org-acme' },
  admin: { id: 'adm-erin', email: 'erin@biomat.test', name: 'Erin Admin', roles: ['admin'], org: 'org-biomat' },
} as const;
export type TestAccount = keyof typeof TEST_ACCOUNTS;
const TEST_ORGANIZATIONS = [
  { id: 'org-biomat', name: 'Biomat Hub team', kind: 'company', country: 'IT' },
  { id: 'org-uni', name: 'University Biomaterials Lab', kind: 'research_institution', country: 'DE' },
  { id: 'org-acme', name: 'Acme Implants', kind: 'supplier', country: 'FR' },
] as const;
/** Test-only signing key of access tokens (every test app of a file shares it, so tokens work across them). */
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789';
/** The OpenAPI document answers are checked against, built once per test file. */
let document: ReturnType<typeof buildOpenApiDocument> | undefined;
/** Access tokens of TEST_ACCOUNTS, minted by the first test app of the file. */
const tokens = new Map<TestAccount, string>();

export const bearer = (who: TestAccount) => {
  const token = tokens.get(who);
  if (!token) throw new Error('bearer() before startTestApp(): no test tokens yet');
  return { authorization: `Bearer ${token}` };
};

/** Creates the test accounts and organizations in the app's database (idempotent) and mints their tokens once. */
async function provisionTestAccounts(app: NestFastifyApplication): Promise<void> {
  const users = app.get(UsersService);
  const orgs = app.get(OrganizationsService);
  for (const [who, a] of Object.entries(TEST_ACCOUNTS) as [TestAccount, (typeof TEST_ACCOUNTS)[TestAccount]][]) {
    if (!(await users.byId(a.id))) await users.create({ id: a.id, email: a.email, name: a.name, passwordHash: null, emailVerified: true, roles: [...a.roles] });
    if (!tokens.has(who)) tokens.set(who, (await app.get(TokensService).issue(a.id, a.org)).accessToken);
  }
  for (const o of TEST_ORGANIZATIONS) {
    if (await orgs.byId(o.id)) continue;
    const members = Object.values(TEST_ACCOUNTS).filter((a) => a.org === o.id);
    await orgs.create({ id: o.id, name: o.name, kind: o.kind, country: o.country, verified: true }, members[0].id);
    for (const m of members.slice(1)) await orgs.addMember(o.id, m.id, 'member');
  }
}

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
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      ...env,
    },
  });
  const app = await createApp(config, options);
  await app.init();
  // Every answer is checked against the OpenAPI document of this very code (test/helpers/contract.ts).
  document ??= buildOpenApiDocument(app);
  checkAnswersAgainst(app.getHttpAdapter().getInstance(), document);
  await app.getHttpAdapter().getInstance().ready();
  await provisionTestAccounts(app);
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
