import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Log } from './go-binaries';
import { LocalMeilisearch } from './meilisearch';
import { LocalMongo } from './mongodb';
import { LocalStripeMock, STRIPE_MOCK_KEY } from './stripe-mock';

export { PrerequisiteError } from './errors';
export { LocalMeilisearch } from './meilisearch';
export { LocalMongo } from './mongodb';
export { LocalStripeMock, STRIPE_MOCK_KEY } from './stripe-mock';

export interface LocalServicesOptions {
  /** Data of the local servers (`.data/` for `npm start`, a temp folder for tests). */
  dataDir: string;
  /** Environment to read MONGODB_URI, MEILI_HOST... from. */
  env?: NodeJS.ProcessEnv;
  /** Database name appended to the local MongoDB URI. */
  database?: string;
  log?: Log;
}

export interface LocalServices {
  /** Variables to give the app: the configured ones, plus those of servers we started. */
  env: Record<string, string>;
  mongo?: LocalMongo;
  meilisearch?: LocalMeilisearch;
  stripe?: LocalStripeMock;
  /** One line per service saying where it runs (for the start banner). */
  describe(): string[];
  stop(): Promise<void>;
}

/** A random secret kept in `dir/name` (mode 600), so that restarts reuse it. */
function secretIn(dir: string, name: string): string {
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = randomBytes(24).toString('hex');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/**
 * Starts whatever the environment does not already point at: MongoDB-compatible server, Meilisearch,
 * stripe-mock, each on a free port, and resolves once they answer.
 */
export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((m: string) => process.stderr.write(`[services] ${m}\n`));
  const logDir = join(options.dataDir, 'logs');
  const out: Record<string, string> = {};
  const started: { name: string; stop(): Promise<void> }[] = [];

  const mongo = env.MONGODB_URI ? undefined : new LocalMongo({ dataDir: options.dataDir, logDir, log });
  const meili = env.MEILI_HOST
    ? undefined
    : new LocalMeilisearch({ dataDir: join(options.dataDir, 'meilisearch'), logDir, masterKey: secretIn(join(options.dataDir, 'meilisearch'), 'master-key') });
  const stripe = env.STRIPE_SECRET_KEY ? undefined : new LocalStripeMock({ logDir, log });

  const startOne = async (name: string, svc?: { start(): Promise<void>; stop(): Promise<void> }) => {
    if (!svc) return;
    await svc.start();
    started.push({ name, stop: () => svc.stop() });
  };
  const results = await Promise.allSettled([startOne('mongodb', mongo), startOne('meilisearch', meili), startOne('stripe', stripe)]);
  const stopAll = async () => {
    await Promise.all(started.map((s) => s.stop().catch(() => undefined)));
  };
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }

  if (mongo) out.MONGODB_URI = `${mongo.baseUri}/${options.database ?? 'biomat'}`;
  if (meili) {
    out.MEILI_HOST = meili.host;
    out.MEILI_MASTER_KEY = meili.masterKey;
  }
  // Not a server, but local like them: the access-token key of this data folder.
  if (!env.AUTH_JWT_SECRET) out.AUTH_JWT_SECRET = secretIn(options.dataDir, 'auth-jwt-secret');
  if (stripe) {
    out.STRIPE_SECRET_KEY = STRIPE_MOCK_KEY;
    out.STRIPE_API_BASE = stripe.apiBase;
  }
  return {
    env: out,
    mongo,
    meilisearch: meili,
    stripe,
    describe: () => [
      mongo ? `MongoDB API: ${mongo.kind} on ${mongo.baseUri} (data in ${options.dataDir})` : 'MongoDB: MONGODB_URI',
      meili ? `Meilisearch: ${meili.host}` : `Meilisearch: ${env.MEILI_HOST}`,
      stripe ? `Stripe: stripe-mock on ${stripe.apiBase}` : 'Stripe: STRIPE_SECRET_KEY',
      `logs of local servers: ${logDir}`,
    ],
    stop: stopAll,
  };
}
