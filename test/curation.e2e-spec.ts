import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isFerretDb } from '../src/common/mongo/conditional-update';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, REF, ti64 } from './fixtures/vocabulary';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

describe('Catalogue and curation workflow', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const report = await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
    expect(report.errors).toEqual([]);
  });
  afterAll(() => t.close());

  const create = (slug: string, content: object, who: 'curator' | 'curator2' | 'researcher' = 'curator') =>
    t.http.post('/api/v1/curation/materials').set(bearer(who)).send({ slug, content });
  const transition = (slug: string, action: string, revision: number, who: 'curator' | 'curator2' = 'curator2', comment?: string) =>
    t.http.post(`/api/v1/curation/materials/${slug}/transitions`).set(bearer(who)).send({ action, revision, ...(comment && { comment }) });

  it('keeps a draft invisible until it is reviewed and published, then serves it', async () => {
    const created = await create('ti-6al-4v', ti64()).expect(201);
    expect(created.body).toMatchObject({ slug: 'ti-6al-4v', name: 'Ti-6Al-4V', className: 'Titanium alloy', state: 'draft', revision: 1, lastEditor: { id: 'cur-alice', name: 'Alice Curator' }, availableActions: ['submit'], blockedActions: [] });

    await t.http.get('/api/v1/materials/ti-6al-4v').expect(404);
    expect((await t.http.get('/api/v1/materials').expect(200)).body).toEqual({ items: [], total: 0, page: 1, perPage: 20 });

    const submitted = await transition('ti-6al-4v', 'submit', 1, 'curator').expect(200);
    expect(submitted.body.state).toBe('in_review');
    // Four eyes, said before the click: alice (the last editor) is not offered publish, and is told why; bob is.
    expect(submitted.body.availableActions).not.toContain('publish');
    expect(submitted.body.blockedActions).toEqual([{ action: 'publish', reason: expect.stringMatching(/last edit.*another curator.*four eyes/) }]);
    const asBob = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator2')).expect(200);
    expect(asBob.body).toMatchObject({ availableActions: expect.arrayContaining(['publish']), blockedActions: [] });

    // And if alice tries anyway, the API refuses.
    const selfPublish = await transition('ti-6al-4v', 'publish', 2, 'curator').expect(403);
    expect(selfPublish.body.type).toBe('/problems/four-eyes');

    const published = await transition('ti-6al-4v', 'publish', 2, 'curator2').expect(200);
    expect(published.body).toMatchObject({ state: 'published', publishedVersion: 1, draft: null });

    const detail = await t.http.get('/api/v1/materials/ti-6al-4v').expect(200);
    expect(detail.body).toMatchObject({
      slug: 'ti-6al-4v',
      name: 'Ti-6Al-4V',
      class: { id: 'material-class/titanium-alloy', label: 'Titanium alloy', path: ['Metal', 'Titanium alloy'] },
      version: 1,
    });
    expect(detail.body.properties[0]).toMatchObject({
      type: 'property-type/youngs-modulus',
      typeLabel: "Young's modulus",
      min: 100,
      max: 125,
      unit: 'GPa',
      normalized: { min: 100, max: 125, unit: 'GPa' },
      reference: REF,
    });
    const list = await t.http.get('/api/v1/materials').expect(200);
    expect(list.body.total).toBe(1);
    // One shape: a list item is the detail without the detail-only fields.
    const { casNumber, composition, properties, biocompatibility, regulatory, sustainability, keywords, references, ...head } = detail.body;
    expect(list.body.items[0]).toEqual(head);
  });

  it('keeps serving the published content while the next draft is edited, until that is published', async () => {
    const current = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200);
    const saved = await t.http
      .put('/api/v1/curation/materials/ti-6al-4v/draft')
      .set(bearer('curator'))
      .send({ revision: current.body.revision, content: ti64({ name: 'Ti-6Al-4V (Grade 5)' }) })
      .expect(200);
    expect(saved.body).toMatchObject({ state: 'draft', published: { name: 'Ti-6Al-4V' }, draft: { name: 'Ti-6Al-4V (Grade 5)' } });
    expect(saved.body.changes).toEqual([expect.objectContaining({ section: 'identity', field: 'name', kind: 'changed', label: 'Name', beforeText: 'Ti-6Al-4V', afterText: 'Ti-6Al-4V (Grade 5)' })]);

    expect((await t.http.get('/api/v1/materials/ti-6al-4v').expect(200)).body.name).toBe('Ti-6Al-4V');

    const submitted = await transition('ti-6al-4v', 'submit', saved.body.revision, 'curator').expect(200);
    await transition('ti-6al-4v', 'publish', submitted.body.revision, 'curator2').expect(200);
    expect((await t.http.get('/api/v1/materials/ti-6al-4v').expect(200)).body).toMatchObject({ name: 'Ti-6Al-4V (Grade 5)', version: 2 });

    const versions = await t.http.get('/api/v1/materials/ti-6al-4v/versions').expect(200);
    expect(versions.body.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([
      [2, 'Ti-6Al-4V (Grade 5)'],
      [1, 'Ti-6Al-4V'],
    ]);
    expect((await t.http.get('/api/v1/materials/ti-6al-4v/versions/1').expect(200)).body.name).toBe('Ti-6Al-4V');
    const diff = await t.http.get('/api/v1/materials/ti-6al-4v/diff?from=1&to=2').expect(200);
    expect(diff.body.patch).toEqual([{ op: 'replace', path: '/name', value: 'Ti-6Al-4V (Grade 5)' }]);
    expect(diff.body.changes).toEqual([expect.objectContaining({ field: 'name', kind: 'changed', beforeText: 'Ti-6Al-4V', afterText: 'Ti-6Al-4V (Grade 5)' })]);
    expect(versions.body[0]).toMatchObject({ publishedBy: 'cur-bob', publishedByName: 'Bob Curator' });
  });

  it('answers a stale save with 409 and loses nothing', async () => {
    const current = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200);
    const first = await t.http
      .put('/api/v1/curation/materials/ti-6al-4v/draft')
      .set(bearer('curator'))
      .send({ revision: current.body.revision, content: ti64({ summary: 'First editor wins.' }) })
      .expect(200);
    const stale = await t.http
      .put('/api/v1/curation/materials/ti-6al-4v/draft')
      .set(bearer('curator2'))
      .send({ revision: current.body.revision, content: ti64({ summary: 'Second editor, stale.' }) })
      .expect(409);
    expect(stale.body).toMatchObject({ type: '/problems/stale-revision', status: 409 });
    // The answer carries the record as it is now, so that the editor can show what changed meanwhile.
    expect(stale.body.current).toMatchObject({ revision: first.body.revision, draft: { summary: 'First editor wins.' }, lastEditor: { name: 'Alice Curator' } });
    const after = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200);
    expect(after.body.draft.summary).toBe('First editor wins.');
    expect(after.body.revision).toBe(first.body.revision);
  });

  it('records every action in the audit trail with a diff', async () => {
    const trail = await t.http.get('/api/v1/curation/materials/ti-6al-4v/audit').set(bearer('curator')).expect(200);
    expect(trail.body.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'publish', 'edit', 'submit', 'publish', 'edit']);
    const [createEvent, submitEvent, publishEvent] = trail.body;
    expect(createEvent).toMatchObject({ actorId: 'cur-alice', toState: 'draft' });
    expect(createEvent.diff).toContainEqual(expect.objectContaining({ op: 'add', path: '/name', value: 'Ti-6Al-4V' }));
    expect(submitEvent).toMatchObject({ fromState: 'draft', toState: 'in_review', diff: [] });
    expect(publishEvent).toMatchObject({ actorId: 'cur-bob', fromState: 'in_review', toState: 'published' });
    expect(publishEvent.diff.length).toBeGreaterThan(0);
    expect(trail.body[4].diff).toEqual([]);
    expect(trail.body[5].diff).toEqual([{ op: 'replace', path: '/name', value: 'Ti-6Al-4V (Grade 5)' }]);
    await t.http.get('/api/v1/curation/materials/ti-6al-4v/audit').set(bearer('researcher')).expect(403);
  });

  it('lets exactly one of several simultaneous saves at the same revision win, and keeps what it saved', async () => {
    const current = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200);
    const saves = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.http
          .put('/api/v1/curation/materials/ti-6al-4v/draft')
          .set(bearer(i % 2 ? 'curator' : 'curator2'))
          .send({ revision: current.body.revision, content: ti64({ summary: `Simultaneous editor ${i}.` }) }),
      ),
    );
    const statuses = saves.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = saves.find((r) => r.status === 200)!;
    const after = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200);
    expect(after.body.draft.summary).toBe(winner.body.draft.summary);
    expect(after.body.revision).toBe(current.body.revision + 1);
  });

  it('detects the database server, so conditional updates take the path that is fast on it', async () => {
    const connection = t.app.get<Connection>(getConnectionToken());
    const kind = process.env.E2E_MONGODB_KIND;
    const expected = kind === 'external' ? 'ferretdbVersion' in (await connection.db!.admin().command({ buildInfo: 1 })) : kind === 'ferretdb';
    expect(await isFerretDb(connection)).toBe(expected);
  });

  it('enforces the transition table', async () => {
    const current = await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200);
    const wrong = await transition('ti-6al-4v', 'publish', current.body.revision).expect(409);
    expect(wrong.body.detail).toMatch(/while it is draft \(only from in_review\)/);
    const noComment = await transition('ti-6al-4v', 'submit', current.body.revision, 'curator').expect(200);
    const missing = await transition('ti-6al-4v', 'request_changes', noComment.body.revision).expect(400);
    expect(missing.body.errors).toEqual([{ path: 'comment', message: 'say what needs to change' }]);
    const back = await transition('ti-6al-4v', 'request_changes', noComment.body.revision, 'curator2', 'Cite the ASTM F136 table.').expect(200);
    expect(back.body).toMatchObject({ state: 'draft', reviewComment: 'Cite the ASTM F136 table.' });
    const discarded = await transition('ti-6al-4v', 'discard_draft', back.body.revision).expect(200);
    const retired = await transition('ti-6al-4v', 'retire', discarded.body.revision).expect(200);
    expect(retired.body.state).toBe('retired');
    await t.http.get('/api/v1/materials/ti-6al-4v').expect(404);
    await t.http.get('/api/v1/materials/ti-6al-4v/versions').expect(404);
    const restored = await transition('ti-6al-4v', 'restore', retired.body.revision).expect(200);
    expect(restored.body.state).toBe('published');
    await t.http.get('/api/v1/materials/ti-6al-4v').expect(200);
  });

  it('never reuses a slug', async () => {
    const res = await create('ti-6al-4v', ti64()).expect(409);
    expect(res.body.type).toBe('/problems/slug-taken');
  });

  describe('units and impossible values', () => {
    const stress = (unit: string, value: number) => ({ type: 'property-type/tensile-strength', value, unit, reference: 'ref-v1' });

    it('normalises MPa, GPa, psi and kPa for the same property to the same canonical number, and kg/m3 to g/cm3', async () => {
      const res = await create(
        'units-check',
        ti64({
          properties: [stress('MPa', 895), stress('GPa', 0.895), stress('kPa', 895000), stress('psi', 129808.3), { type: 'property-type/density', value: 4430, unit: 'kg/m^3', reference: 'ref-v1' }],
        }),
      ).expect(201);
      const normalized = res.body.draft.properties.map((p: { normalized: { value: number; unit: string } }) => p.normalized);
      for (const n of normalized.slice(0, 3)) expect(n).toEqual({ value: 895, unit: 'MPa' });
      expect(normalized[3].value).toBeCloseTo(895, 2);
      expect(normalized[3].unit).toBe('MPa');
      expect(normalized[4]).toEqual({ value: 4.43, unit: 'g/cm^3' });
      expect(res.body.draft.properties[4]).toMatchObject({ value: 4430, unit: 'kg/m^3' }); // as given, too
    });

    it('rejects a unit of the wrong dimension, a negative modulus and porosity above 100 %, naming the field', async () => {
      const res = await create(
        'impossible-values',
        ti64({
          properties: [
            { type: 'property-type/youngs-modulus', value: 110, unit: 'g/cm^3', reference: 'ref-v1' },
            { type: 'property-type/youngs-modulus', value: -5, unit: 'GPa', reference: 'ref-v1' },
            { type: 'property-type/porosity', value: 120, unit: '%', reference: 'ref-v1' },
            { type: 'property-type/density', min: 5, max: 4, unit: 'g/cm^3', reference: 'ref-v1' },
            { type: 'property-type/density', value: 4, unit: 'g/cm^3', reference: 'ref-missing' },
          ],
        }),
      ).expect(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors).toEqual([
        { path: 'content.properties[0].unit', message: `"g/cm^3" does not measure the same quantity as GPa (Young's modulus is measured in GPa)` },
        { path: 'content.properties[1].value', message: "Young's modulus cannot be below 0 GPa (got -5 GPa)" },
        { path: 'content.properties[2].value', message: 'Porosity cannot exceed 100 % (got 120 %)' },
        { path: 'content.properties[3].min', message: 'min must not exceed max' },
        { path: 'content.properties[4].reference', message: 'no reference with key "ref-missing" in references' },
      ]);
      await t.http.get('/api/v1/curation/materials/impossible-values').set(bearer('curator')).expect(404);
    });

    it('rejects unknown concepts and unknown fields', async () => {
      const res = await create('bad-concepts', { ...ti64({ class: 'material-class/unobtainium', forms: ['application/joint-replacement'] }), role: 'admin' }).expect(400);
      expect(res.body.errors).toEqual([{ path: 'content.role', message: 'is not an allowed field' }]);
      const res2 = await create('bad-concepts', ti64({ class: 'material-class/unobtainium', forms: ['application/joint-replacement'] })).expect(400);
      expect(res2.body.errors).toEqual([
        { path: 'content.class', message: 'unknown concept "material-class/unobtainium"' },
        { path: 'content.forms[0]', message: '"application/joint-replacement" is not in the form vocabulary' },
      ]);
    });
  });

  it('lists the queue and the published records with search, filters (state, class, editor, date) and paging', async () => {
    for (const [slug, name, cls, who] of [
      ['q-peek', 'PEEK queue test', 'material-class/polyether', 'curator'],
      ['q-peek-cf', 'Carbon PEEK queue test', 'material-class/polyether', 'curator2'],
      ['q-ti', 'Titanium queue test', 'material-class/titanium-alloy', 'curator'],
    ] as const) {
      await t.http.post('/api/v1/curation/materials').set(bearer(who)).send({ slug, content: ti64({ name, class: cls }) }).expect(201);
    }
    const list = (query: string) => t.http.get(`/api/v1/curation/materials?${query}`).set(bearer('curator')).expect(200);
    const slugs = (res: { body: { items: { slug: string }[] } }) => res.body.items.map((i) => i.slug).sort();
    expect(slugs(await list('q=queue%20test&state=draft'))).toEqual(['q-peek', 'q-peek-cf', 'q-ti']);
    expect(slugs(await list('q=PEEK&state=draft'))).toEqual(['q-peek', 'q-peek-cf']);
    // A class takes the classes below it.
    expect(slugs(await list('q=queue&state=draft&class=material-class/synthetic-polymer'))).toEqual(['q-peek', 'q-peek-cf']);
    expect(slugs(await list('q=queue&state=draft&editor=cur-bob'))).toEqual(['q-peek-cf']);
    expect(slugs(await list('q=queue&state=draft&updatedBefore=2000-01-01'))).toEqual([]);
    const paged = await list('q=queue&state=draft,in_review,published&perPage=2&page=2&sort=name');
    expect(paged.body).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(paged.body.items.map((i: { name: string }) => i.name)).toEqual(['Titanium queue test']);
    const first = (await list('q=queue&state=draft&sort=name')).body.items[0];
    expect(first).toMatchObject({ name: 'Carbon PEEK queue test', className: 'Polyether', lastEditor: { id: 'cur-bob', name: 'Bob Curator' } });
    await t.http.get('/api/v1/curation/materials?state=pending').set(bearer('curator')).expect(400);
    // The regex-looking words are words.
    expect((await list('q=.*&state=draft')).body.total).toBe(0);
  });

  describe('proposals and access', () => {
    it('requires sign-in for curation and the curator role for review actions', async () => {
      await t.http.post('/api/v1/curation/materials').send({ slug: 'x', content: ti64() }).expect(401);
      await t.http.get('/api/v1/curation/materials').expect(401);
      const r = await t.http.put('/api/v1/curation/materials/units-check/draft').set(bearer('researcher')).send({ revision: 1, content: ti64() }).expect(403);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    });

    it('lets a researcher propose a material that enters as a draft for curators, visible only to them and curators', async () => {
      const proposed = await create('peek-proposal', ti64({ name: 'PEEK', class: 'material-class/polyether' }), 'researcher').expect(201);
      expect(proposed.body).toMatchObject({ state: 'draft', proposedBy: { id: 'res-carol', organizationId: 'org-uni' } });
      const mine = await t.http.get('/api/v1/curation/materials').set(bearer('researcher')).expect(200);
      expect(mine.body.items.map((i: { slug: string }) => i.slug)).toEqual(['peek-proposal']);
      await t.http.get('/api/v1/curation/materials/units-check').set(bearer('researcher')).expect(404);
      await t.http.get('/api/v1/curation/materials/peek-proposal').set(bearer('supplier')).expect(404);
      const queue = await t.http.get('/api/v1/curation/materials').set(bearer('curator')).expect(200);
      expect(queue.body.items.map((i: { slug: string }) => i.slug)).toEqual(expect.arrayContaining(['peek-proposal', 'units-check']));
      await t.http.post('/api/v1/curation/materials/peek-proposal/transitions').set(bearer('researcher')).send({ action: 'submit', revision: 1 }).expect(403);
    });

    it('lets a supplier propose an edit of a published material', async () => {
      const res = await t.http
        .post('/api/v1/curation/materials/ti-6al-4v/proposals')
        .set(bearer('supplier'))
        .send({ content: ti64({ name: 'Ti-6Al-4V (supplier edit)' }), note: 'We sell this grade.' })
        .expect(201);
      expect(res.body).toMatchObject({ state: 'draft', draft: { name: 'Ti-6Al-4V (supplier edit)' }, proposedBy: { id: 'sup-dave' } });
      expect((await t.http.get('/api/v1/materials/ti-6al-4v').expect(200)).body.name).toBe('Ti-6Al-4V (Grade 5)');
      const again = await t.http.post('/api/v1/curation/materials/ti-6al-4v/proposals').set(bearer('researcher')).send({ content: ti64() }).expect(409);
      expect(again.body.type).toBe('/problems/draft-in-progress');
    });
  });
});
