import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS } from './fixtures/vocabulary';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

describe('Controlled vocabulary', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS, [{ id: 'material-class', title: { en: 'Material classes' } }]);
  });
  afterAll(() => t.close());

  it('looks concepts up by a label in any language, including hidden misspellings', async () => {
    const italian = await t.http.get('/api/v1/vocabulary/concepts?q=lega%20di%20tit').expect(200);
    expect(italian.body.items.map((c: { id: string }) => c.id)).toEqual(['material-class/titanium-alloy']);
    const misspelt = await t.http.get('/api/v1/vocabulary/concepts?q=titanum').expect(200);
    expect(misspelt.body.items.map((c: { id: string }) => c.id)).toEqual(['material-class/titanium-alloy']);
    const scheme = await t.http.get('/api/v1/vocabulary/concepts?scheme=material-class&perPage=2').expect(200);
    expect(scheme.body).toMatchObject({ total: 4, page: 1, perPage: 2 });
    // Regex metacharacters are literal text.
    expect((await t.http.get('/api/v1/vocabulary/concepts?q=.*').expect(200)).body.total).toBe(0);
  });

  it('lists the schemes with their titles and concept counts', async () => {
    const schemes = (await t.http.get('/api/v1/vocabulary/schemes').expect(200)).body as { id: string; title: Record<string, string>; concepts: number }[];
    expect(schemes.find((s) => s.id === 'material-class')).toEqual({ id: 'material-class', title: { en: 'Material classes' }, concepts: 4 });
    expect(schemes.map((s) => s.id)).toEqual([...schemes.map((s) => s.id)].sort());
  });

  it('shows hierarchy both ways, and hidden labels only to curators', async () => {
    const metal = await t.http.get('/api/v1/vocabulary/concepts/material-class/metal').expect(200);
    expect(metal.body).toMatchObject({ broader: [], narrower: ['material-class/titanium-alloy'], prefLabel: { en: 'Metal', it: 'Metallo', de: 'Metall' } });
    const anon = await t.http.get('/api/v1/vocabulary/concepts/material-class/titanium-alloy').expect(200);
    expect(anon.body.hiddenLabels).toBeUndefined();
    const curator = await t.http.get('/api/v1/vocabulary/concepts/material-class/titanium-alloy').set(bearer('curator')).expect(200);
    expect(curator.body.hiddenLabels).toEqual({ en: ['titanum alloy'] });
    await t.http.get('/api/v1/vocabulary/concepts/material-class/nope').expect(404);
  });

  it('lets curators create and update concepts, refusing cycles, unknown broader and stale revisions', async () => {
    await t.http.post('/api/v1/vocabulary/concepts').set(bearer('researcher')).send({ id: 'form/sheet', prefLabel: { en: 'Sheet' } }).expect(403);
    const created = await t.http.post('/api/v1/vocabulary/concepts').set(bearer('curator')).send({ id: 'form/sheet', prefLabel: { en: 'Sheet', de: 'Blech' } }).expect(201);
    expect(created.body).toMatchObject({ id: 'form/sheet', scheme: 'form', revision: 1 });
    const cycle = await t.http.put('/api/v1/vocabulary/concepts/material-class/metal').set(bearer('curator')).send({ prefLabel: { en: 'Metal' }, broader: ['material-class/titanium-alloy'] }).expect(400);
    expect(cycle.body.errors).toEqual([{ path: 'broader', message: 'would create a cycle in the hierarchy' }]);
    const noEnglish = await t.http.post('/api/v1/vocabulary/concepts').set(bearer('curator')).send({ id: 'form/plate', prefLabel: { it: 'Piastra' } }).expect(400);
    expect(noEnglish.body.errors).toEqual([{ path: 'prefLabel.en', message: 'an English prefLabel is required' }]);
    const updated = await t.http.put('/api/v1/vocabulary/concepts/form/sheet').set(bearer('curator')).send({ prefLabel: { en: 'Sheet', it: 'Foglio' }, revision: 1 }).expect(200);
    expect(updated.body.revision).toBe(2);
    await t.http.put('/api/v1/vocabulary/concepts/form/sheet').set(bearer('curator')).send({ prefLabel: { en: 'Sheet' }, revision: 1 }).expect(409);
  });

  it('round-trips SKOS Turtle: export, import into an empty database, export again gives the same concepts and relations', async () => {
    const exported = await t.http.get('/api/v1/vocabulary/export?format=turtle').expect(200);
    expect(exported.headers['content-type']).toMatch(/^text\/turtle/);
    expect(exported.text).toContain('"Lega di titanio"@it');
    expect(exported.text).toContain('skos:narrower <https://w3id.org/biomat-hub/vocab/material-class/titanium-alloy>');

    const other = await startTestApp();
    try {
      const imported = await other.http.post('/api/v1/vocabulary/import').set(bearer('curator')).set('content-type', 'text/turtle').send(exported.text).expect(200);
      expect(imported.body).toMatchObject({ created: FIXTURE_CONCEPTS.length + 1, updated: 0, errors: [] });
      const again = await other.http.get('/api/v1/vocabulary/export?format=turtle').expect(200);
      expect(again.text).toBe(exported.text);
      for (const id of ['material-class/titanium-alloy', 'property-type/porosity', 'kw-materials-composition/titanium']) {
        const [a, b] = await Promise.all([
          t.http.get(`/api/v1/vocabulary/concepts/${id}`).set(bearer('curator')),
          other.http.get(`/api/v1/vocabulary/concepts/${id}`).set(bearer('curator')),
        ]);
        const strip = ({ revision: _r, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
        expect(strip(b.body)).toEqual(strip(a.body));
      }
      const reimport = await other.http.post('/api/v1/vocabulary/import').set(bearer('curator')).set('content-type', 'text/turtle').send(exported.text).expect(200);
      expect(reimport.body).toMatchObject({ created: 0, updated: 0, unchanged: FIXTURE_CONCEPTS.length + 1 });
    } finally {
      await other.close();
    }
  });

  it('round-trips CSV, and validates imports (dry run changes nothing)', async () => {
    const csv = await t.http.get('/api/v1/vocabulary/export?format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const dry = await t.http.post('/api/v1/vocabulary/import?dryRun=true').set(bearer('curator')).set('content-type', 'text/csv').send(csv.text).expect(200);
    expect(dry.body).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(dry.body.items).toContainEqual({ id: 'material-class/metal', status: 'unchanged' });
    // A changed label and a new concept are listed as such, and the dry run writes neither.
    const edited = `${csv.text.replace('material-class/metal,Metal', 'material-class/metal,Metals')}`;
    const plan = await t.http.post('/api/v1/vocabulary/import?dryRun=true').set(bearer('curator')).set('content-type', 'text/csv').send(edited).expect(200);
    expect(plan.body.items).toContainEqual({ id: 'material-class/metal', status: 'updated' });
    expect(plan.body.updated).toBe(1);
    expect((await t.http.get('/api/v1/vocabulary/concepts/material-class/metal').expect(200)).body.prefLabel.en).toBe('Metal');
    const broken = csv.text.replace('material-class/metal,Metal', 'material-class/metal,');
    const bad = await t.http.post('/api/v1/vocabulary/import').set(bearer('curator')).set('content-type', 'text/csv').send(broken).expect(400);
    expect(bad.body.errors).toContainEqual({ path: 'material-class/metal.prefLabel.en', message: 'an English prefLabel is required' });
    const turtleBad = await t.http.post('/api/v1/vocabulary/import').set(bearer('curator')).set('content-type', 'text/turtle').send('@prefix x: <y> . this is not turtle').expect(400);
    expect(turtleBad.body.errors[0].message).toMatch(/^not valid Turtle/);
  });

  it('runs term requests: propose, accept (create or merge) or reject with a reason, decided once', async () => {
    await t.http.post('/api/v1/vocabulary/term-requests').send({ kind: 'concept', scheme: 'form', label: 'Wire' }).expect(401);
    const concept = await t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).send({ kind: 'concept', scheme: 'form', label: 'Wire', definition: 'Drawn metal strand.' }).expect(201);
    const synonym = await t.http
      .post('/api/v1/vocabulary/term-requests')
      .set(bearer('supplier'))
      .send({ kind: 'synonym', scheme: 'material-class', label: 'Titanlegierung', lang: 'de', conceptId: 'material-class/titanium-alloy' })
      .expect(201);
    const junk = await t.http.post('/api/v1/vocabulary/term-requests').set(bearer('supplier')).send({ kind: 'concept', scheme: 'form', label: 'Stuff' }).expect(201);

    const mine = await t.http.get('/api/v1/vocabulary/term-requests').set(bearer('researcher')).expect(200);
    expect(mine.body.items.map((r: { label: string }) => r.label)).toEqual(['Wire']);
    await t.http.post(`/api/v1/vocabulary/term-requests/${concept.body.id}/accept`).set(bearer('researcher')).send({}).expect(403);

    const accepted = await t.http.post(`/api/v1/vocabulary/term-requests/${concept.body.id}/accept`).set(bearer('curator')).send({}).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', resultConceptId: 'form/wire', decidedBy: 'cur-alice' });
    expect((await t.http.get('/api/v1/vocabulary/concepts/form/wire').expect(200)).body.definition).toEqual({ en: 'Drawn metal strand.' });

    await t.http.post(`/api/v1/vocabulary/term-requests/${synonym.body.id}/accept`).set(bearer('curator')).send({}).expect(200);
    const ti = await t.http.get('/api/v1/vocabulary/concepts/material-class/titanium-alloy').expect(200);
    expect(ti.body.altLabels.de).toEqual(['Titanlegierung']);
    expect((await t.http.get('/api/v1/vocabulary/concepts?q=titanlegierung').expect(200)).body.total).toBe(1);

    await t.http.post(`/api/v1/vocabulary/term-requests/${junk.body.id}/reject`).set(bearer('curator')).send({}).expect(400);
    const rejected = await t.http.post(`/api/v1/vocabulary/term-requests/${junk.body.id}/reject`).set(bearer('curator')).send({ reason: 'Too vague.' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Too vague.' });
    await t.http.post(`/api/v1/vocabulary/term-requests/${junk.body.id}/accept`).set(bearer('curator2')).send({}).expect(409);
    await t.http.post('/api/v1/vocabulary/term-requests/not-an-id/accept').set(bearer('curator')).send({}).expect(404);
  });
});
