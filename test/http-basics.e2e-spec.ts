import SwaggerParser from '@apidevtools/swagger-parser';
import { createHash } from 'node:crypto';
import { ProbeModule } from './helpers/probe.module';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

const PROBLEM = /^application\/problem\+json/;

describe('HTTP basics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://lab.example.org' }, { extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await t.http.get('/api/v1/does-not-exist').expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: expect.stringContaining('GET /api/v1/does-not-exist'),
      instance: '/api/v1/does-not-exist',
      requestId: res.headers['x-request-id'],
    });
  });

  it('serves routes under /api/v1 only', async () => {
    await t.http.post('/__probe/validate').send({}).expect(404);
  });

  it('reports every invalid and unknown field with its path', async () => {
    const res = await t.http
      .post('/api/v1/__probe/validate')
      .send({ name: 42, email: 'not-an-email', quantity: 11, address: { city: 1, zip: 'x' }, role: 'admin' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: '/problems/validation-error', status: 400, title: 'Your request is not valid' });
    const paths = (res.body.errors as { path: string; message: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['address.city', 'address.zip', 'email', 'name', 'quantity', 'role']);
    expect(res.body.errors).toContainEqual({ path: 'role', message: 'is not an allowed field' });
  });

  it('accepts a valid body unchanged', async () => {
    const body = { name: 'PEEK', email: 'a@b.org', quantity: 3, address: { city: 'Milano' } };
    const res = await t.http.post('/api/v1/__probe/validate').send(body).expect(201);
    expect(res.body).toEqual(body);
  });

  it('validates query parameters, rejecting unknown ones', async () => {
    const res = await t.http.get('/api/v1/__probe/query?page=0&sneaky=1').expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['page', 'sneaky']);
    await t.http.get('/api/v1/__probe/query?page=2').expect(200, { page: 2 });
  });

  it('answers malformed JSON, wrong content types and oversized bodies with problem+json', async () => {
    const bad = await t.http.post('/api/v1/__probe/validate').set('content-type', 'application/json').send('{"name": ').expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM);
    expect(bad.body.detail).toBe('The body is not valid JSON.');

    const wrongType = await t.http.post('/api/v1/__probe/validate').set('content-type', 'application/xml').send('<a/>').expect(415);
    expect(wrongType.headers['content-type']).toMatch(PROBLEM);

    const huge = await t.http
      .post('/api/v1/__probe/validate')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(t.config.http.bodyLimitBytes + 10) }))
      .expect(413);
    expect(huge.headers['content-type']).toMatch(PROBLEM);
  });

  it('hides internals of unexpected errors behind a 500 problem with the request id', async () => {
    const res = await t.http.get('/api/v1/__probe/crash').set('x-request-id', 'trace-me-123').expect(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 500, title: 'Internal Server Error', requestId: 'trace-me-123' });
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|stack|at .*\.ts/);
  });

  it('gives every response a request id, replacing unsafe incoming ones', async () => {
    const generated = await t.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http.get('/health').set('x-request-id', 'abc.DEF-123');
    expect(kept.headers['x-request-id']).toBe('abc.DEF-123');
    const replaced = await t.http.get('/health').set('x-request-id', 'bad id\twith "quotes"');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers: helmet\'s on pages, the REST set on API answers', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBeUndefined(); // only in production
    for (const api of [await t.http.get('/api/v1/materials').expect(200), await t.http.get('/api/v1/nowhere').expect(404)]) {
      expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await t.http.get('/health').set('origin', 'https://lab.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://lab.example.org');
    const denied = await t.http.get('/health').set('origin', 'https://evil.example.com');
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps the raw request body for signature checks', async () => {
    const payload = '{"id":"evt_1",  "type":"payment_intent.succeeded"}';
    const res = await t.http.post('/api/v1/__probe/raw').set('content-type', 'application/json').send(payload).expect(201);
    expect(res.body).toEqual({ length: payload.length, sha256: createHash('sha256').update(payload).digest('hex') });
  });

  it('serves a valid OpenAPI 3 document at /docs/openapi.json and the UI at /docs', async () => {
    const res = await t.http.get('/docs/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(res.body))).resolves.toBeDefined();
    expect(res.body.paths['/health/ready']).toBeDefined();
    expect(res.body.components.schemas.Problem.required).toEqual(['type', 'title', 'status']);
    const ui = await t.http.get('/docs').expect(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('refuses a route that declares neither @Public() nor a permission, even to an admin', async () => {
    await t.http.get('/api/v1/__probe-undeclared').expect(403);
    const res = await t.http.get('/api/v1/__probe-undeclared').set(bearer('admin')).expect(403);
    expect(res.body.detail).toMatch(/declares no permission/);
  });
});
