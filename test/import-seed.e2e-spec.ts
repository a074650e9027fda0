import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedService } from '../src/seed/seed.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, REF, ti64 } from './fixtures/vocabulary';
import { publishMaterial } from './helpers/catalogue';
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
      changes: [],
      removals: 0,
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
      'slug,name,class,summary,forms,reference_type,reference_doi,reference_title,reference_authors,reference_year,reference_container,property-type/youngs-modulus [GPa],property-type/density [kg/m^3]',
      `csv-ti,CSV titanium,material-class/titanium-alloy,From a spreadsheet.,form/rod|form/powder,article,${REF.doi},${REF.title},"${REF.authors.join('|')}",${REF.year},${REF.container},100-125,4430`,
      `csv-bad,Bad row,material-class/titanium-alloy,Broken.,,article,${REF.doi},${REF.title},"${REF.authors.join('|')}",${REF.year},${REF.container},abc,`,
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

  describe('the merge rule: a row changes only what it carries', () => {
    // A record with something in every field the partial rows below must not touch.
    const full = ti64({
      tradeNames: ['Tivanium'],
      forms: ['form/rod', 'form/powder'],
      properties: [
        { type: 'property-type/youngs-modulus', min: 100, max: 125, unit: 'GPa', reference: 'ref-v1' },
        { type: 'property-type/density', value: 4.43, unit: 'g/cm^3', reference: 'ref-v1' },
        { type: 'property-type/tensile-strength', min: 860, max: 965, unit: 'MPa', reference: 'ref-v1', conditions: 'annealed' },
        { type: 'property-type/yield-strength', value: 795, unit: 'MPa', reference: 'ref-v1', conditions: 'annealed' },
        { type: 'property-type/elongation-at-break', value: 10, unit: '%', reference: 'ref-v1' },
        { type: 'property-type/vickers-hardness', value: 349, unit: 'HV', reference: 'ref-v1' },
        { type: 'property-type/fatigue-strength', value: 600, unit: 'MPa', reference: 'ref-v1', conditions: '10^7 cycles' },
      ],
      sustainability: { origin: 'Mined ilmenite and rutile', disposal: 'Recycled as titanium scrap', reference: 'ref-v1' },
      keywords: { 'kw-materials-composition': ['kw-materials-composition/titanium'], 'kw-outcomes-toxicity': ['kw-outcomes-toxicity/osseointegration'] },
    });
    const fields = ['name', 'synonyms', 'tradeNames', 'summary', 'class', 'applications', 'standards', 'forms', 'composition', 'biocompatibility', 'sustainability', 'keywords', 'references'] as const;
    const csvHeader = 'slug,reference_type,reference_doi,reference_title,reference_authors,reference_year,reference_container,property-type/density [kg/m^3]';
    const csvRow = (slug: string, density: number) => `${slug},article,${REF.doi},${REF.title},"${REF.authors.join('|')}",${REF.year},${REF.container},${density}`;

    beforeAll(async () => {
      await t.app.get(VocabularyService).importConcepts([
        { id: 'kw-outcomes-toxicity/osseointegration', prefLabel: { en: 'Osseointegration' } },
        { id: 'property-type/yield-strength', prefLabel: { en: 'Yield strength' }, quantity: { canonicalUnit: 'MPa', min: 0, max: null, searchField: 'yieldStrengthMPa' } },
        { id: 'property-type/elongation-at-break', prefLabel: { en: 'Elongation at break' }, quantity: { canonicalUnit: '%', min: 0, max: null, searchField: 'elongationPct' } },
        { id: 'property-type/vickers-hardness', prefLabel: { en: 'Vickers hardness' }, quantity: { canonicalUnit: 'HV', min: 0, max: null, searchField: 'vickersHV' } },
        { id: 'property-type/fatigue-strength', prefLabel: { en: 'Fatigue strength' }, quantity: { canonicalUnit: 'MPa', min: 0, max: null, searchField: 'fatigueStrengthMPa' } },
      ]);
      for (const slug of ['merge-csv', 'merge-json', 'merge-replace']) await publishMaterial(t, slug, full);
    });

    it('a CSV row with only a density replaces that value (same type, reference, conditions) and keeps every other field', async () => {
      const before = (await t.http.get('/api/v1/curation/materials/merge-csv').set(bearer('curator')).expect(200)).body.published;
      const dry = await t.http.post('/api/v1/curation/import/csv?dryRun=true').set(bearer('curator')).set('content-type', 'text/csv').send(`${csvHeader}\n${csvRow('merge-csv', 4420)}`).expect(200);
      expect(dry.body).toMatchObject({ dryRun: true, mode: 'merge', updated: 1 });
      expect(dry.body.rows[0]).toMatchObject({ status: 'updated', removals: 0, errors: [] });
      expect(dry.body.rows[0].changes).toEqual([expect.objectContaining({ section: 'properties', kind: 'changed', label: 'Density', beforeText: expect.stringMatching(/^4.43 g\/cm\^3/), afterText: expect.stringMatching(/^4420 kg\/m\^3/) })]);
      expect((await t.http.get('/api/v1/curation/materials/merge-csv').set(bearer('curator')).expect(200)).body.draft).toBeNull();

      await t.http.post('/api/v1/curation/import/csv').set(bearer('curator')).set('content-type', 'text/csv').send(`${csvHeader}\n${csvRow('merge-csv', 4420)}`).expect(200);
      const draft = (await t.http.get('/api/v1/curation/materials/merge-csv').set(bearer('curator')).expect(200)).body.draft;
      for (const field of fields) expect({ field, value: draft[field] }).toEqual({ field, value: before[field] });
      expect(draft.properties).toHaveLength(7);
      const density = draft.properties.filter((p: { type: string }) => p.type === 'property-type/density');
      expect(density).toEqual([expect.objectContaining({ value: 4420, unit: 'kg/m^3', normalized: { value: 4.42, unit: 'g/cm^3' } })]);
      for (const p of before.properties.filter((p: { type: string }) => p.type !== 'property-type/density')) expect(draft.properties).toContainEqual(p);
    });

    it('a JSON row follows the same rule: a value under other conditions is added, lists gain entries, nothing is removed', async () => {
      const row = {
        slug: 'merge-json',
        synonyms: ['Ti64'],
        properties: [{ type: 'property-type/density', value: 4.41, unit: 'g/cm^3', reference: 'ref-v1', conditions: 'after hot isostatic pressing' }],
        references: [REF],
      };
      const res = await t.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials: [row] }).expect(200);
      expect(res.body.rows[0]).toMatchObject({ status: 'updated', removals: 0 });
      expect(res.body.rows[0].changes.map((c: { kind: string; label: string }) => `${c.kind} ${c.label}`)).toEqual(['added Synonyms', 'added Density']);
      const draft = (await t.http.get('/api/v1/curation/materials/merge-json').set(bearer('curator')).expect(200)).body.draft;
      expect(draft.synonyms).toEqual(['Grade 5 titanium', 'Ti64']);
      expect(draft.properties).toHaveLength(8);
      expect(draft.references).toHaveLength(1);
    });

    it('mode=replace is explicit, and its dry run lists every removal', async () => {
      const dry = await t.http.post('/api/v1/curation/import/csv?dryRun=true&mode=replace').set(bearer('curator')).set('content-type', 'text/csv')
        .send(`slug,name,class,summary,${csvHeader.slice('slug,'.length)}\nmerge-replace,Ti-6Al-4V,material-class/titanium-alloy,Alpha-beta titanium alloy used for orthopaedic implants.,${csvRow('x', 4420).slice(2)}`)
        .expect(200);
      const row = dry.body.rows[0];
      expect(dry.body.mode).toBe('replace');
      const removed = row.changes.filter((c: { kind: string }) => c.kind === 'removed').map((c: { label: string; beforeText: string }) => `${c.label}: ${c.beforeText}`);
      expect(row.removals).toBe(removed.length);
      expect(removed).toEqual(expect.arrayContaining(['Synonyms: Grade 5 titanium', 'Trade names: Tivanium', 'Forms: Rod', 'Forms: Powder', "Young's modulus: 100–125 GPa; source: ref-v1", 'Keywords: Outcomes and toxicity: Osseointegration']));
      expect(removed.length).toBeGreaterThanOrEqual(15);
      await t.http.post('/api/v1/curation/import?mode=sometimes').set(bearer('curator')).send({ materials: [{ slug: 'x' }] }).expect(400);
    });

    it('offers the CSV template and the column format', async () => {
      const template = await t.http.get('/api/v1/curation/import/template').set(bearer('curator')).expect(200);
      expect(template.headers['content-type']).toMatch(/^text\/csv/);
      expect(template.text.split('\n')[0]).toMatch(/^slug,name,class,summary,.*reference_doi.*property-type\/youngs-modulus \[GPa\]/);
      const columns = await t.http.get('/api/v1/curation/import/columns').set(bearer('curator')).expect(200);
      expect(columns.body.find((c: { name: string }) => c.name === 'reference_doi').meaning).toMatch(/DOI/);
    });
  });

  it('loads a seed folder, reporting a bad row with its file and position without stopping the others; twice changes nothing', async () => {
    const dir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'seed-'));
    for (const sub of ['vocabulary', 'materials', 'references']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'vocabulary', 'form.json'), JSON.stringify({ scheme: 'form', title: { en: 'Forms' }, concepts: [{ id: 'form/granules', prefLabel: { en: 'Granules' } }] }));
    const { key: _key, ...refFields } = REF;
    writeFileSync(join(dir, 'references', 'refs.json'), JSON.stringify({ 'ref-v1': refFields }));
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
    expect(published.body.properties[0].reference).toEqual(REF);
    await t.http.get('/api/v1/materials/seed-ti-granules').expect(200);

    const second = await seeder.run(() => undefined, dir);
    expect(second.materials).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 1 });
    expect(second.concepts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await t.http.get('/api/v1/materials/seed-ti/versions').expect(200)).body).toHaveLength(1);
  });
});
