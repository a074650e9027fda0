import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalMeilisearch } from '../tools/services';
import { startTestApp, TestApp } from './helpers/test-app';

describe('Health', () => {
  let t: TestApp;
  let meili: LocalMeilisearch;

  beforeAll(async () => {
    // A Meilisearch of this file's own, so that stopping it does not disturb other test files.
    const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'health-meili-'));
    meili = new LocalMeilisearch({ dataDir, logDir: dataDir, masterKey: 'health-test-master-key-0123' });
    await meili.start();
    t = await startTestApp({ MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey });
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
  });

  it('serves the committed openapi.json (run `npm run openapi` after API changes)', async () => {
    const res = await t.http.get('/docs/openapi.json').expect(200);
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8'));
    expect(res.body).toEqual(committed);
  });

  it('GET /health answers alive', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
  });

  it('GET /health/ready is 200 with each dependency up', async () => {
    const res = await t.http.get('/health/ready').expect(200);
    expect(res.body).toMatchObject({ ready: true, checks: { mongodb: { status: 'up' }, meilisearch: { status: 'up' } } });
  });

  it('goes 503 problem+json when Meilisearch stops, and back to 200 when it restarts', async () => {
    await meili.stop();
    const down = await t.http.get('/health/ready').expect(503);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body).toMatchObject({
      type: '/problems/not-ready',
      status: 503,
      detail: 'Unavailable: meilisearch.',
      checks: { mongodb: { status: 'up' }, meilisearch: { status: 'down' } },
    });

    await meili.start(); // same port, same data
    const up = await t.http.get('/health/ready').expect(200);
    expect(up.body.checks.meilisearch.status).toBe('up');
  });
});
