import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedService } from '../src/seed/seed.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, REF, ti64 } from './fixtures/vocabulary';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

describe('Bulk import and seed loading', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
  });
  afterAll(() => t.close());

  it('dry-runs a JSON import: a validation report per row, nothing written', async () => {
    const materials = [
      { slug: 'imp-ti64', ...ti64() },
      { slug: 'imp-bad', ...ti64({ properties: [{ type: 'property-type/density', value: 4.4, unit: 'GPa', reference: 'ref-v1' }] }) },
      { slug: 'Not A Slug', ...ti64() },
    ];
    const dry = await t.http.post('/api/v1/curation/import?dryRun=true').set(bearer('curator')).send({ materials }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, total: 3, created: 1, invalid: 2 });
    expect(dry.body.rows[1]).toEqual({
      position: '[1]',
      slug: 'imp-bad',
      status: 'invalid',
      errors: [{ path: 'properties[0].unit', message: '"GPa" does not measure the same quantity as g/cm^3 (Density is measured in g/cm^3)' }],
    });
    expect(dry.body.rows[2].errors).toEqual([{ path: 'slug', message: 'must be lowercase letters, digits and dashes' }]);
    await t.http.get('/api/v1/curation/materials/imp-ti64').set(bearer('curator')).expect(404);

    const real = await t.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials }).expect(200);
    expect(real.body).toMatchObject({ dryRun: false, created: 1, invalid: 2 });
    const draft = await t.http.get('/api/v1/curation/materials/imp-ti64').set(bearer('curator')).expect(200);
    expect(draft.body.state).toBe('draft');
    const again = await t.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials: [materials[0]] }).expect(200);
    expect(again.body).toMatchObject({ unchanged: 1, created: 0 });
    await t.http.post('/api/v1/curation/import').set(bearer('researcher')).send({ materials }).expect(403);
  });

  it('imports CSV with property columns named by type and unit', async () => {
    const csv = [
      'slug,name,class,summary,forms,reference_url,reference_title,property-type/youngs-modulus [GPa],property-type/density [kg/m^3]',
      `csv-ti,CSV titanium,material-class/titanium-alloy,From a spreadsheet.,form/rod|form/powder,${REF.url},Review,100-125,4430`,
      `csv-bad,Bad row,material-class/titanium-alloy,Broken.,,${REF.url},Review,abc,`,
    ].join('\n');
    const res = await t.http.post('/api/v1/curation/import/csv').set(bearer('curator')).set('content-type', 'text/csv').send(csv).expect(200);
    expect(res.body.rows[0].errors).toEqual([]);
    expect(res.body).toMatchObject({ created: 1, invalid: 1 });
    expect(res.body.rows[1].errors).toEqual([{ path: 'line 3.property-type/youngs-modulus [GPa]', message: '"abc" is not a number or a range like 100-125' }]);
    const draft = await t.http.get('/api/v1/curation/materials/csv-ti').set(bearer('curator')).expect(200);
    expect(draft.body.draft.properties).toEqual([
      expect.objectContaining({ min: 100, max: 125, unit: 'GPa', normalized: { min: 100, max: 125, unit: 'GPa' } }),
      expect.objectContaining({ value: 4430, unit: 'kg/m^3', normalized: { value: 4.43, unit: 'g/cm^3' } }),
    ]);
    const header = await t.http.post('/api/v1/curation/import/csv').set(bearer('curator')).set('content-type', 'text/csv').send('slug,colour\nx,red').expect(400);
    expect(header.body.errors[0].path).toBe('header.colour');
  });

  it('loads a seed folder, reporting a bad row with its file and position without stopping the others; twice changes nothing', async () => {
    const dir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'seed-'));
    for (const sub of ['vocabulary', 'materials', 'references']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'vocabulary', 'form.json'), JSON.stringify({ scheme: 'form', title: { en: 'Forms' }, concepts: [{ id: 'form/granules', prefLabel: { en: 'Granules' } }] }));
    writeFileSync(join(dir, 'references', 'refs.json'), JSON.stringify({ 'ref-v1': { url: REF.url, title: REF.title } }));
    const good = { slug: 'seed-ti', ...ti64({ references: undefined }) };
    const bad = { slug: 'seed-bad', ...ti64({ references: undefined, properties: [{ type: 'property-type/porosity', value: 150, unit: '%', reference: 'ref-v1' }] }) };
    const good2 = { slug: 'seed-ti-granules', ...ti64({ references: undefined, name: 'Ti granules', forms: ['form/granules'] }) };
    writeFileSync(join(dir, 'materials', 'metals.json'), JSON.stringify([good, bad, good2]));

    const lines: string[] = [];
    const seeder = t.app.get(SeedService);
    const first = await seeder.run((m) => lines.push(m), dir);
    expect(first.materials).toMatchObject({ total: 3, created: 2, invalid: 1 });
    expect(lines).toContain('  materials/metals.json [1] seed-bad: properties[0].value: Porosity cannot exceed 100 % (got 150 %)');
    expect(lines).toContain('materials: 3/3');
    const published = await t.http.get('/api/v1/materials/seed-ti').expect(200);
    expect(published.body.properties[0].reference).toEqual({ key: 'ref-v1', url: REF.url, title: REF.title });
    await t.http.get('/api/v1/materials/seed-ti-granules').expect(200);

    const second = await seeder.run(() => undefined, dir);
    expect(second.materials).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 1 });
    expect(second.concepts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await t.http.get('/api/v1/materials/seed-ti/versions').expect(200)).body).toHaveLength(1);
  });
});
