import { z } from 'zod';

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const port = integer(0, 65535);
const positiveMs = integer(1, 600_000);
const httpUrl = z.url({ protocol: /^https?$/ });
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** Tokens and user claims travel to and from the issuer: HTTPS, except for a provider on this machine (development, tests). */
const issuerUrl = httpUrl.refine(
  (url) => !URL.canParse(url) || new URL(url).protocol === 'https:' || LOOPBACK_HOSTS.includes(new URL(url).hostname),
  'must be an https:// URL (http:// only for localhost)',
);

/** An OpenID Connect identity provider (ORCID, an institution's IdP). Its client secret, if any, comes from AUTH_OIDC_CLIENT_SECRETS. */
const oidcProvider = z
  .object({
    /** In the login and callback URLs: /api/v1/auth/oidc/<id>/login. */
    id: z.string().max(40).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and dashes'),
    name: z.string().min(1),
    issuer: issuerUrl,
    clientId: z.string().min(1),
    scopes: z.array(z.string().regex(/^\S+$/, 'one scope per entry')).refine((s) => s.includes('openid'), 'must include openid').default(['openid', 'email', 'profile']),
  })
  .strict();

const oidc = z
  .object({
    providers: z.array(oidcProvider),
    /** Provider id -> client secret. Absent: a public client (PKCE only). */
    clientSecrets: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const ids = value.providers.map((p) => p.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['providers', i, 'id'], message: `"${id}" is used twice` });
    });
    for (const id of Object.keys(value.clientSecrets ?? {})) {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['clientSecrets'], message: `"${id}" is not a configured provider` });
    }
  });

export const configSchema = z
  .object({
    env: z.enum(['development', 'test', 'production']),
    http: z
      .object({
        host: z.string().min(1),
        port,
        bodyLimitBytes: integer(1024, 50 * 1024 * 1024),
        trustProxy: z.boolean(),
        cors: z.object({ origins: z.array(z.union([z.literal('*'), httpUrl])) }).strict(),
      })
      .strict(),
    log: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) })
      .strict(),
    mongodb: z
      .object({
        uri: z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URI'),
        serverSelectionTimeoutMs: positiveMs,
        /** Driver connections (and so operations in flight). Kept low for FerretDB, see src/common/mongo/bulk.ts. */
        maxPoolSize: integer(1, 1000),
      })
      .strict(),
    meilisearch: z
      .object({
        host: httpUrl,
        masterKey: z.string().min(16, 'must be at least 16 characters'),
        indexPrefix: z.string().regex(/^[A-Za-z0-9_-]*$/, 'only letters, digits, _ and -'),
        timeoutMs: positiveMs,
      })
      .strict(),
    search: z
      .object({
        /** How often the lease holder looks for changes written by other instances. */
        pollMs: integer(20, 60_000),
        /** How often the holder compares every record's search revision with the index (catches anything a nudge missed). */
        fullScanMs: integer(1000, 24 * 3600_000),
        batchSize: integer(1, 10_000),
        leaseMs: integer(1000, 600_000),
        /** Results a query can page through (Meilisearch `pagination.maxTotalHits`). */
        maxTotalHits: integer(100, 1_000_000),
        maxValuesPerFacet: integer(1, 1000),
        /** false: no sync worker in this process (e.g. a read-only replica of the API). */
        worker: z.boolean(),
        /** Life of a cached search answer (0: no cache). Any index change clears the cache first (see IndexChanges). */
        resultCacheMs: integer(0, 3600_000),
        /** Memory for cached search answers (serialised JSON). */
        resultCacheMb: integer(1, 4096),
        /** How often an instance that serves reads checks Meilisearch for index changes made elsewhere. */
        changePollMs: integer(20, 60_000),
      })
      .strict(),
    stripe: z
      .object({
        secretKey: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'must look like sk_test_... or sk_live_...'),
        apiBase: z.union([z.literal(''), httpUrl]),
        webhookSecret: z.string().optional(),
      })
      .strict(),
    marketplace: z
      .object({
        /** The platform's commission on each order, in basis points (800 = 8 %), taken as the Stripe application fee. */
        commissionBps: integer(0, 5000),
        /** How long an unpaid order holds its stock. */
        paymentWindowS: integer(60, 30 * 24 * 3600),
        /** Default validity of a quote. */
        quoteValidityDays: integer(1, 365),
      })
      .strict(),
    docs: z.object({ enabled: z.boolean() }).strict(),
    auth: z
      .object({
        /** HMAC key of access tokens (HS256); every instance needs the same one. */
        jwtSecret: z.string().min(32, 'must be at least 32 characters'),
        issuer: z.string().min(1),
        audience: z.string().min(1),
        accessTtlS: integer(30, 24 * 3600),
        refreshTtlS: integer(60, 365 * 24 * 3600),
        /** Single-use email tokens (verification, password reset). */
        emailTokenTtlS: integer(60, 7 * 24 * 3600),
        invitationTtlS: integer(60, 30 * 24 * 3600),
        /** Failed logins before an account locks; each further failure doubles the lock, up to maxLockS. */
        lockoutThreshold: integer(1, 100),
        lockoutBaseS: integer(1, 24 * 3600),
        lockoutMaxS: integer(1, 7 * 24 * 3600),
        /** Attempts per window per client address and per account on login, registration and reset. */
        throttle: z.object({ windowS: integer(1, 24 * 3600), perIp: integer(1, 100_000), perAccount: integer(1, 100_000) }).strict(),
        /** argon2id cost (OWASP: m >= 19 MiB, t = 2, p = 1). */
        argon2: z.object({ memoryKiB: integer(19 * 1024, 1024 * 1024), timeCost: integer(2, 10), parallelism: integer(1, 8) }).strict(),
        oidc,
      })
      .strict(),
    /** Where users reach the app (links in emails, OIDC redirect URIs). */
    publicUrl: httpUrl,
    mail: z
      .object({
        from: z.string().min(3),
        /** smtp://user:pass@host:port; empty: mails are written to the log (development). */
        smtpUrl: z.union([z.literal(''), z.string().regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')]).optional(),
      })
      .strict(),
    health: z.object({ checkTimeoutMs: positiveMs }).strict(),
    /** The public annotate endpoint is CPU work of this instance: limited per client address and minute, here. */
    annotation: z.object({ perIpPerMinute: integer(1, 100_000) }).strict(),
    /** Registries a reference is looked up in by DOI (Crossref) or PMID (NCBI E-utilities). */
    literature: z
      .object({
        crossrefUrl: httpUrl,
        eutilsUrl: httpUrl,
        /** NCBI API key: 10 requests/s instead of 3. */
        ncbiApiKey: z.string().optional(),
        /** Sent to both registries (Crossref's polite pool, NCBI's `email`): who to contact about our traffic. */
        contactEmail: z.string().min(3),
        timeoutMs: positiveMs,
        /** Retries of a 429, a 5xx or a failed connection, with backoff. */
        retries: integer(0, 5),
        /** Per-record entries an import report keeps in memory and answers with; the rest are counted (and stored, paged). */
        reportRecords: integer(0, 100_000),
        /** PubMed query import jobs: one runner at a time across instances, under a lease. */
        jobs: z
          .object({
            worker: z.boolean(),
            leaseMs: positiveMs,
            pollMs: positiveMs,
            /** Records per efetch page (E-utilities allows up to 10,000). */
            pageSize: integer(1, 10_000),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export type AppConfig = z.infer<typeof configSchema>;

type Parser = (raw: string) => unknown;
const asString: Parser = (raw) => raw;
const asList: Parser = (raw) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const asBoolean: Parser = (raw) => {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return raw; // left as a string so that validation names the key
};
const asJson: Parser = (raw) => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw; // left as a string so that validation names the key
  }
};

export interface EnvBinding {
  env: string;
  path: string;
  parse: Parser;
  secret: boolean;
  description: string;
}

/** Every environment variable the app reads, the config key it sets and whether it is a secret. */
export const ENV_BINDINGS: readonly EnvBinding[] = [
  { env: 'NODE_ENV', path: 'env', parse: asString, secret: false, description: 'development | test | production; selects config/<env>.yaml' },
  { env: 'HOST', path: 'http.host', parse: asString, secret: false, description: 'interface the API binds to' },
  { env: 'PORT', path: 'http.port', parse: asString, secret: false, description: 'API port (default 3000)' },
  { env: 'HTTP_BODY_LIMIT_BYTES', path: 'http.bodyLimitBytes', parse: asString, secret: false, description: 'largest accepted request body' },
  { env: 'TRUST_PROXY', path: 'http.trustProxy', parse: asBoolean, secret: false, description: 'trust X-Forwarded-* from a load balancer' },
  { env: 'CORS_ORIGINS', path: 'http.cors.origins', parse: asList, secret: false, description: 'comma-separated allowed browser origins' },
  { env: 'LOG_LEVEL', path: 'log.level', parse: asString, secret: false, description: 'fatal | error | warn | info | debug | trace | silent' },
  { env: 'MONGODB_URI', path: 'mongodb.uri', parse: asString, secret: true, description: 'MongoDB connection string, database name included' },
  { env: 'MONGODB_MAX_POOL_SIZE', path: 'mongodb.maxPoolSize', parse: asString, secret: false, description: 'MongoDB driver connection pool size (10 suits FerretDB; raise for MongoDB)' },
  { env: 'MEILI_HOST', path: 'meilisearch.host', parse: asString, secret: false, description: 'Meilisearch base URL' },
  { env: 'MEILI_MASTER_KEY', path: 'meilisearch.masterKey', parse: asString, secret: true, description: 'Meilisearch master or admin API key' },
  { env: 'MEILI_INDEX_PREFIX', path: 'meilisearch.indexPrefix', parse: asString, secret: false, description: 'prefix of every index name' },
  { env: 'CROSSREF_URL', path: 'literature.crossrefUrl', parse: asString, secret: false, description: 'Crossref REST API base URL (a local stub in tests)' },
  { env: 'EUTILS_URL', path: 'literature.eutilsUrl', parse: asString, secret: false, description: 'NCBI E-utilities base URL (a local stub in tests)' },
  { env: 'NCBI_API_KEY', path: 'literature.ncbiApiKey', parse: asString, secret: true, description: 'NCBI API key (10 requests/s instead of 3)' },
  { env: 'LITERATURE_RETRIES', path: 'literature.retries', parse: asString, secret: false, description: 'retries of a registry lookup that failed (429, 5xx, no connection)' },
  { env: 'LITERATURE_CONTACT_EMAIL', path: 'literature.contactEmail', parse: asString, secret: false, description: 'contact address sent to Crossref and NCBI with lookups' },
  { env: 'LITERATURE_REPORT_RECORDS', path: 'literature.reportRecords', parse: asString, secret: false, description: 'per-record entries an import report answers with (the rest are stored and paged)' },
  { env: 'LITERATURE_JOBS_WORKER', path: 'literature.jobs.worker', parse: asBoolean, secret: false, description: 'run the PubMed query import job runner in this process' },
  { env: 'LITERATURE_JOB_LEASE_MS', path: 'literature.jobs.leaseMs', parse: asString, secret: false, description: 'lease of the import job runner (another instance takes over after it)' },
  { env: 'LITERATURE_JOB_PAGE_SIZE', path: 'literature.jobs.pageSize', parse: asString, secret: false, description: 'records per efetch page of a PubMed query import job' },
  { env: 'ANNOTATE_PER_IP_PER_MINUTE', path: 'annotation.perIpPerMinute', parse: asString, secret: false, description: 'annotate requests a client address may send per minute to one instance' },
  { env: 'SEARCH_WORKER', path: 'search.worker', parse: asBoolean, secret: false, description: 'run the search sync worker in this process' },
  { env: 'SEARCH_RESULT_CACHE_MS', path: 'search.resultCacheMs', parse: asString, secret: false, description: 'life of a cached search answer, 0 turns the cache off' },
  { env: 'SEARCH_FULL_SCAN_MS', path: 'search.fullScanMs', parse: asString, secret: false, description: 'interval of the sync worker\'s full drift comparison' },
  { env: 'STRIPE_SECRET_KEY', path: 'stripe.secretKey', parse: asString, secret: true, description: 'Stripe secret key' },
  { env: 'STRIPE_API_BASE', path: 'stripe.apiBase', parse: asString, secret: false, description: 'Stripe API base URL (stripe-mock in dev and tests)' },
  { env: 'STRIPE_WEBHOOK_SECRET', path: 'stripe.webhookSecret', parse: asString, secret: true, description: 'signing secret of the Stripe webhook endpoint' },
  { env: 'AUTH_JWT_SECRET', path: 'auth.jwtSecret', parse: asString, secret: true, description: 'signing key of access tokens, 32+ characters, the same on every instance (generated under .data/ by npm start)' },
  { env: 'AUTH_OIDC_PROVIDERS', path: 'auth.oidc.providers', parse: asJson, secret: false, description: 'JSON list of OpenID Connect providers [{"id","name","issuer","clientId","scopes"?}]' },
  { env: 'AUTH_OIDC_CLIENT_SECRETS', path: 'auth.oidc.clientSecrets', parse: asJson, secret: true, description: 'JSON object of OpenID Connect client secrets by provider id, e.g. {"orcid":"..."}' },
  { env: 'PUBLIC_URL', path: 'publicUrl', parse: asString, secret: false, description: 'URL users reach the app at (email links, OIDC redirects)' },
  { env: 'SMTP_URL', path: 'mail.smtpUrl', parse: asString, secret: true, description: 'smtp:// URL of the mail relay; empty: mails go to the log' },
  { env: 'MAIL_FROM', path: 'mail.from', parse: asString, secret: false, description: 'sender of account mails' },
  { env: 'DOCS_ENABLED', path: 'docs.enabled', parse: asBoolean, secret: false, description: 'serve OpenAPI at /docs' },
];

export const SECRET_PATHS = ENV_BINDINGS.filter((b) => b.secret).map((b) => b.path);
