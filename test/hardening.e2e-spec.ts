import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[] };
interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  query: string[];
  /** Top-level properties of a JSON request body, if it has one. */
  bodyProps: string[] | null;
}

const spec = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};

function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(spec.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf) return schema.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
  return schema;
}

function operations(): Operation[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const json = op.requestBody?.content['application/json']?.schema;
      return {
        method: method as Operation['method'],
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyProps: json ? Object.keys(resolve(json).properties ?? {}) : null,
      };
    }),
  );
}

/** MongoDB operators and key shapes an attacker would try. */
const OPERATOR_VALUES: unknown[] = [{ $ne: null }, { $gt: '' }, { $where: 'sleep(1000) || true' }, { $regex: '.*' }, { $in: [null, ''] }];
const HOSTILE_KEYS = ['$where', '$set', 'a.b', '__proto__.polluted', 'constructor'];
/** Collections whose content tells whether anything changed (not leases, hints, throttles...). */
const WATCHED = ['materials', 'material_versions', 'concepts', 'term_requests', 'users', 'organizations', 'offers', 'orders', 'quote_requests', 'api_keys', 'refresh_tokens', 'audit_events'];

describe('Hostile input', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
    await publishMaterial(t, 'ti-6al-4v', ti64());
  });

  afterAll(async () => {
    await t?.close();
  });

  const call = (method: Operation['method'], path: string): Test => (t.http as unknown as Record<string, (p: string) => Test>)[method](path);
  const concrete = (path: string) => path.replace(/\{slug\}/g, 'ti-6al-4v').replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

  async function snapshot(): Promise<string> {
    const db = t.app.get<Connection>(getConnectionToken()).db!;
    const hash = createHash('sha256');
    for (const name of WATCHED) hash.update(name).update(JSON.stringify(await db.collection(name).find({}).sort({ _id: 1 }).toArray()));
    return hash.digest('hex');
  }

  it('rejects MongoDB operators and hostile keys in every query parameter and body field of every endpoint, and changes nothing', async () => {
    const before = await snapshot();
    const findings: string[] = [];
    let probes = 0;
    for (const op of operations()) {
      const path = concrete(op.path);
      const as = op.path.startsWith('/api/v1/admin') || op.path.includes('payouts') ? bearer('admin') : bearer('curator');
      // Query parameters: an object where a scalar is expected (`?q[$ne]=`) must not get through.
      for (const name of op.query) {
        for (const operator of ['$ne', '$gt', '$regex', '$where']) {
          probes++;
          const res = await call(op.method, `${path}?${encodeURIComponent(name)}[${encodeURIComponent(operator)}]=x`).set(as).send(op.bodyProps ? {} : undefined);
          if (res.status >= 500 || (res.status < 400 && !['filter', 'range'].includes(name))) findings.push(`${op.method} ${op.path} ?${name}[${operator}] -> ${res.status}`);
          if (res.status < 400 && ['filter', 'range'].includes(name)) findings.push(`${op.method} ${op.path} ?${name}[${operator}] accepted an operator as a facet or range name`);
        }
      }
      // Body fields: each replaced by an operator object; hostile extra keys at the top level.
      if (op.bodyProps) {
        for (const prop of op.bodyProps) {
          for (const value of OPERATOR_VALUES) {
            probes++;
            const res = await call(op.method, path).set(as).send({ [prop]: value });
            if (res.status !== 400 && res.status !== 404 && res.status !== 403 && res.status !== 415) findings.push(`${op.method} ${op.path} body.${prop}=${JSON.stringify(value)} -> ${res.status}`);
          }
        }
        for (const key of HOSTILE_KEYS) {
          probes++;
          const res = await call(op.method, path).set(as).set('content-type', 'application/json').send(`{"${key}": {"$ne": null}}`);
          if (![400, 403, 404, 415].includes(res.status)) findings.push(`${op.method} ${op.path} body key ${key} -> ${res.status}`);
        }
      }
    }
    expect(findings).toEqual([]);
    expect(probes).toBeGreaterThan(300);
    expect(await snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats operator-looking strings as literals', async () => {
    for (const q of ['{"$ne": null}', '$where', '" OR 1=1', '.*', '\\', '(class = x) OR (1 = 1)']) {
      const res = await t.http.get('/api/v1/search/materials').query({ q, facets: '' }).expect(200);
      // Matched as words, never as an expression: nothing in the catalogue says "where", "ne" or "1".
      expect(res.body.hits.map((h: { slug: string }) => h.slug)).not.toContain('missing');
      const concepts = await t.http.get('/api/v1/vocabulary/concepts').query({ q }).expect(200);
      expect(concepts.body.total).toBe(0);
    }
    expect((await t.http.get('/api/v1/search/materials').query({ q: '$where', facets: '' }).expect(200)).body.total).toBe(0);
    // A login with an operator for the password is refused where the body is parsed, not evaluated.
    const res = await t.http.post('/api/v1/auth/login').send({ email: 'alice@biomat.test', password: { $ne: null } }).expect(400);
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))]).toEqual(['password.$ne']);
  });

  it('refuses hostile bodies before anything reads them, on every operation, for every role: never a 5xx', async () => {
    // 100,000 short keys stay under the 1 MB body limit, so the key-count check itself is reached.
    const manyKeys = `{${Array.from({ length: 100_000 }, (_, i) => `"${i.toString(36)}":0`).join(',')}}`;
    expect(manyKeys.length).toBeLessThan(t.config.http.bodyLimitBytes);
    const HOSTILE: [string, string][] = [
      ['5,000 levels deep', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
      ['100,000 keys', manyKeys],
      ['a 1 MB string', JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1024 * 1024) })],
      ['operator keys', '{"email":{"$ne":null},"$where":"sleep(1000)","password":{"$gt":""}}'],
      ['a dotted key', '{"email.$":"a@b.test","a.b":1}'],
      ['__proto__', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'],
    ];
    const roles = [undefined, 'researcher', 'supplier', 'curator', 'admin'] as const;
    const counts = { requests: 0, refused4xx: 0, ignoredByBodylessOperation: 0 };
    const findings: string[] = [];
    for (const op of operations()) {
      const path = concrete(op.path);
      const takesBody = op.bodyProps !== null || ['post', 'put', 'patch'].includes(op.method);
      for (const role of roles) {
        for (const [what, body] of HOSTILE) {
          counts.requests++;
          let req = call(op.method, path).set('content-type', 'application/json');
          if (role) req = req.set(bearer(role));
          const res = await req.send(body);
          const problem = /^application\/problem\+json/.test(String(res.headers['content-type']));
          if (res.status >= 500) findings.push(`${op.method} ${op.path} as ${role ?? 'anonymous'} with ${what} -> ${res.status}`);
          else if (res.status >= 400) {
            counts.refused4xx++;
            if (!problem) findings.push(`${op.method} ${op.path} as ${role ?? 'anonymous'} with ${what} -> ${res.status} without problem+json`);
          } else if (takesBody) findings.push(`${op.method} ${op.path} as ${role ?? 'anonymous'} with ${what} -> ${res.status} (accepted)`);
          else counts.ignoredByBodylessOperation++;
        }
      }
    }
    process.stdout.write(`[hardening] hostile bodies: ${JSON.stringify(counts)}\n`);
    expect(findings).toEqual([]);
    expect(counts.requests).toBeGreaterThanOrEqual(operations().length * roles.length * HOSTILE.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await t.http.get('/health/ready').expect(200);
  }, 300_000);

  it('tells a deep body on the login route why it is refused (the guard used to read it first: a 500)', async () => {
    const res = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`).expect(400);
    expect(res.body.errors).toEqual([{ path: expect.stringMatching(/^a(\.a)*$/), message: 'is nested deeper than 32 levels' }]);
  });

  describe('abuse of size and shape', () => {
    it('answers oversized bodies, deep JSON, huge arrays, long strings, invalid UTF-8 and wrong content types with clear 4xx, and stays healthy', async () => {
      const rssBefore = process.memoryUsage().rss;
      const big = 'x'.repeat(2 * 1024 * 1024);
      const cases: [string, () => Test, number[]][] = [
        ['oversized body', () => t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).send({ kind: 'concept', scheme: 'form', label: big }), [413]],
        ['deep JSON', () => t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).set('content-type', 'application/json').send(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), [400]],
        ['huge array', () => t.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials: Array.from({ length: 20_000 }, () => ({})) }), [400, 413]],
        ['long string', () => t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).send({ kind: 'concept', scheme: 'form', label: 'x'.repeat(100_000) }), [400]],
        ['invalid UTF-8', () => t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).set('content-type', 'application/json').send(Buffer.from([0x7b, 0x22, 0x6b, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), [400]],
        ['wrong content type', () => t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).set('content-type', 'application/xml').send('<a/>'), [415]],
        ['form body', () => t.http.post('/api/v1/auth/login').type('form').send('email=a@b.test&password=x'), [415]],
        ['missing body', () => t.http.patch('/api/v1/me').set(bearer('researcher')), [400]],
        ['null for a required value', () => t.http.patch('/api/v1/me').set(bearer('researcher')).send({ name: null }), [400]],
        ['CSV import without rows', () => t.http.post('/api/v1/curation/import/csv?dryRun=true').set(bearer('curator')).set('content-type', 'text/csv').send('{}'), [400]],
        ['vocabulary import without a body', () => t.http.post('/api/v1/vocabulary/import?dryRun=true').set(bearer('curator')), [415]],
        ['vocabulary CSV import without concepts', () => t.http.post('/api/v1/vocabulary/import?dryRun=true').set(bearer('curator')).set('content-type', 'text/csv').send('{}'), [400]],
        ['vocabulary import with an empty file', () => t.http.post('/api/v1/vocabulary/import').set(bearer('curator')).set('content-type', 'text/turtle').send(' '), [400]],
        ['dryRun that is not a boolean', () => t.http.post('/api/v1/vocabulary/import?dryRun=maybe').set(bearer('curator')).set('content-type', 'text/turtle').send('@prefix x: <y> .'), [400]],
      ];
      for (const [what, send, expected] of cases) {
        for (let i = 0; i < 3; i++) {
          const res = await send();
          expect({ what, status: expected.includes(res.status) ? 'as expected' : res.status }).toEqual({ what, status: 'as expected' });
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body.detail ?? res.body.errors?.[0]?.message).toEqual(expect.any(String));
        }
      }
      await t.http.get('/health/ready').expect(200);
      global.gc?.();
      // Bounded: the rejected payloads are not kept (generous margin for the test runner's own heap).
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
    });

    it('bounds every page size and facet list', async () => {
      const lists = ['/api/v1/materials', '/api/v1/vocabulary/concepts', '/api/v1/curation/materials', '/api/v1/vocabulary/term-requests', '/api/v1/orders', '/api/v1/quote-requests', '/api/v1/admin/users', '/api/v1/admin/organizations'];
      for (const path of lists) {
        const res = await t.http.get(path).query({ perPage: 1000 }).set(bearer('admin'));
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
      }
      await t.http.get('/api/v1/search/materials').query({ perPage: 101 }).expect(400);
      await t.http.get('/api/v1/search/materials').query({ page: 11, perPage: 100 }).expect(400);
      const facets = await t.http.get('/api/v1/search/materials').query({ facets: 'class,applications,forms,standards,composition,biocompatibility,regulatory,certifications' }).expect(200);
      for (const counts of Object.values(facets.body.facetDistribution as Record<string, object>)) expect(Object.keys(counts).length).toBeLessThanOrEqual(100);
    });
  });
});
