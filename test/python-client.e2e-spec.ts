import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { CLIENT_DIR, clientDifferences, generatePythonClient, pythonClientVenv } from '../tools/python-client';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from './fixtures/search-catalogue';
import { eventually, publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');

/**
 * The researchers' Python client (clients/python), generated from openapi.json with
 * openapi-python-client, and its example script run against the app as a researcher would.
 */
describe('Python client (openapi-python-client) and the search export example', () => {
  let t: TestApp;
  let url: string;
  let venv: string;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'biomat-python-client-'));
    [venv, t] = await Promise.all([pythonClientVenv((m) => process.stderr.write(`[python-client] ${m}\n`)), startTestApp()]);
    await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(t, slug, content);
    await eventually('the fixture is searchable', async () => (await t.http.get('/api/v1/search/materials?facets=').expect(200)).body.total === Object.keys(SEARCH_MATERIALS).length);
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 300_000);

  afterAll(async () => {
    await t?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('regenerates to exactly the committed client', async () => {
    await generatePythonClient(join(tmp, 'client'));
    expect(clientDifferences(join(tmp, 'client'), join(ROOT, CLIENT_DIR))).toEqual([]);
  }, 120_000);

  it('signs in with an API key, pages through a faceted search with a range filter and writes a CSV with units', async () => {
    const key = (await t.http.post('/api/v1/api-keys').set(bearer('researcher')).send({ name: 'python export', scopes: ['read'] }).expect(201)).body.key as string;
    const out = join(tmp, 'export.csv');
    const { stderr } = await run(
      join(venv, 'bin', 'python'),
      [join(ROOT, 'clients/python/examples/search_export.py'), '--base-url', url, '--filter', 'class=Metal', '--range', 'youngsModulusGPa=90..250', '--fields', 'youngsModulusGPa,densityGcm3', '--per-page', '2', '--out', out],
      { env: { ...process.env, BIOMAT_API_KEY: key, PYTHONPATH: join(ROOT, CLIENT_DIR) }, timeout: 60_000 },
    );
    expect(stderr).toMatch(/Signed in as Carol Researcher/);
    // Two hits per page: the three results take two pages.
    expect(stderr).toMatch(/2 of 3 materials[\s\S]*3 of 3 materials/);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    expect(header).toEqual([
      'slug', 'name', 'class',
      "Young's modulus min (GPa)", "Young's modulus max (GPa)", "Young's modulus median (GPa)",
      'Density min (g/cm³)', 'Density max (g/cm³)', 'Density median (g/cm³)',
    ]);
    // The metals whose modulus envelope meets 90-250 GPa: every page read, each once.
    expect(rows.map((r) => r[0]).sort()).toEqual(['cocrmo', 'cp-titanium', 'ti-6al-4v']);
    const ti = rows.find((r) => r[0] === 'ti-6al-4v')!;
    expect(ti.slice(1, 6)).toEqual(['Ti-6Al-4V', 'Metal > Titanium alloy', '100', '125', expect.stringMatching(/^11\d(\.\d+)?$/)]);
    expect(Number(ti[6])).toBeCloseTo(4.43);
  }, 120_000);

  it('says plainly when the API key is wrong', async () => {
    const res = await run(join(venv, 'bin', 'python'), [join(ROOT, 'clients/python/examples/search_export.py'), '--base-url', url, '--out', join(tmp, 'x.csv')], {
      env: { ...process.env, BIOMAT_API_KEY: 'bmh_nope_nope', PYTHONPATH: join(ROOT, CLIENT_DIR) },
    }).catch((err: { code: number; stderr: string }) => err);
    expect(res).toMatchObject({ code: 1, stderr: expect.stringMatching(/Signing in with the API key failed/) });
  }, 60_000);
});
