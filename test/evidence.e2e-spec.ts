import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PUBLICATION_MODEL } from '../src/literature/publication.schema';
import type { PublicationLabel, PublicationRecord } from '../src/literature/publication.types';
import { SearchQueueService } from '../src/search/queue/search-queue.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { eventually, publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestAccount, TestApp } from './helpers/test-app';

/** Concepts of the schemes the evidence groups show (our own fixture labels). */
const EVIDENCE_CONCEPTS = [
  { id: 'tissue/bone', prefLabel: { en: 'Bone tissue' } },
  { id: 'cell/osteoblast', prefLabel: { en: 'Osteoblast' } },
  { id: 'species/rabbit', prefLabel: { en: 'Rabbit' } },
  { id: 'kw-outcomes-toxicity/osseointegration', prefLabel: { en: 'Osseointegration' } },
  { id: 'adverse-effect/osteolysis', prefLabel: { en: 'Osteolysis' } },
];

/** Invented publications (10.5555 is the DOI test prefix). */
const ITEMS = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `e${n}`,
  type: 'article-journal',
  title: `Invented evidence study number ${n} on titanium implants`,
  author: [{ family: 'Rossi', given: 'Anna' }, { family: 'Tanaka', given: 'Yui' }],
  'container-title': 'Journal of Invented Implants',
  issued: { 'date-parts': [[2020 + (n % 3)]] },
  DOI: `10.5555/evidence.000${n}`,
  PMID: `9920000${n}`,
}));

const label = (conceptId: string): PublicationLabel => ({ conceptId, scheme: conceptId.split('/')[0], source: 'curator' });

interface Summary {
  reviewedPublications: number;
  searchUrl: string;
  groups: { type: string; label: string; items: { conceptId: string; label: string; publications: number; searchUrl: string }[] }[];
}

/** The API query the web literature search page sends for one of its URLs (web/src/literature/literature.ts). */
function apiQueryOf(searchUrl: string): Record<string, string> {
  const url = new URL(searchUrl, 'http://web.test');
  expect(url.pathname).toBe('/literature');
  const query: Record<string, string> = { facets: '', perPage: '1' };
  const f = JSON.parse(url.searchParams.get('f') ?? '{}') as Record<string, string[]>;
  for (const [facet, values] of Object.entries(f)) query[`filter[${facet}]`] = values.join(',');
  for (const key of ['concept', 'reviewed']) if (url.searchParams.has(key)) query[key] = url.searchParams.get(key)!;
  return query;
}

/** Evidence into the catalogue (issue #18): material candidates, evidence proposals through the workflow, the datasheet's evidence summary. */
describe('evidence from literature', () => {
  let t: TestApp;
  let publications: Model<PublicationRecord>;
  const ids: string[] = [];

  /** Labels and a review state as the annotation workbench leaves them (its store is another change): the record written, dirty, and the sync nudged. */
  async function review(id: string, state: 'reviewed' | 'in_review', labels: string[], materials: string[]): Promise<void> {
    await publications.updateOne(
      { _id: id },
      { $set: { labels: labels.map(label), materials, review: { state, by: 'cur-alice', at: new Date() }, 'search.dirty': true }, $inc: { revision: 1, 'search.revision': 1 } },
    );
    await t.app.get(SearchQueueService).changed('publication', [id]);
  }

  const search = (query: Record<string, string>) => t.http.get('/api/v1/literature/search').query(query).expect(200);
  const propose = (slug: string, body: object, who: TestAccount = 'curator') => t.http.post(`/api/v1/curation/materials/${slug}/evidence-proposals`).set(bearer(who)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    publications = t.app.get(getModelToken(PUBLICATION_MODEL));
    await t.app.get(VocabularyService).importConcepts([...FIXTURE_CONCEPTS, ...EVIDENCE_CONCEPTS]);
    await publishMaterial(t, 'ti-6al-4v', ti64());
    await publishMaterial(t, 'ti-6al-4v-eli', ti64({ name: 'Ti-6Al-4V ELI', synonyms: ['Grade 23 titanium'], tradeNames: ['Invented Ti 23'] }));
    await publishMaterial(t, 'peek-invented', ti64({ name: 'Invented PEEK', synonyms: [], class: 'material-class/polyether', keywords: {} }));
    const report = await t.http
      .post('/api/v1/literature/import?format=csl-json')
      .set(bearer('curator'))
      .set('content-type', 'application/vnd.citationstyles.csl+json')
      .send(JSON.stringify(ITEMS))
      .expect(200);
    expect(report.body.created).toBe(ITEMS.length);
    for (const r of report.body.records as { position: number; id: string }[]) ids[r.position - 1] = r.id;
    // Two reviewed publications of ti-6al-4v, one still in review, one reviewed of another material;
    // ids[4] stays unreviewed and unlinked (the proposals use it); ids[5] is reviewed, then retired.
    await review(ids[0], 'reviewed', ['tissue/bone', 'species/rabbit', 'kw-outcomes-toxicity/osseointegration', 'kw-materials-composition/titanium'], ['ti-6al-4v']);
    await review(ids[1], 'reviewed', ['tissue/bone', 'cell/osteoblast'], ['ti-6al-4v']);
    await review(ids[2], 'in_review', ['tissue/bone', 'adverse-effect/osteolysis'], ['ti-6al-4v']);
    await review(ids[3], 'reviewed', ['tissue/bone'], ['ti-6al-4v-eli']);
    await review(ids[5], 'reviewed', ['tissue/bone', 'adverse-effect/osteolysis'], ['ti-6al-4v']);
    const retired = await t.http.get(`/api/v1/literature/publications/${ids[5]}`).expect(200);
    await t.http.post(`/api/v1/literature/publications/${ids[5]}/retire`).set(bearer('curator')).send({ revision: retired.body.revision }).expect(200);
    await eventually('the reviews are searchable', async () => (await search({ reviewed: 'true', facets: '' })).body.total === 3 && (await search({ 'filter[reviewState]': 'in_review', facets: '' })).body.total === 1);
  }, 90_000);
  afterAll(() => t?.close());

  describe('GET /literature/material-candidates', () => {
    const candidates = (query: Record<string, string>, who: TestAccount = 'curator') => t.http.get('/api/v1/literature/material-candidates').set(bearer(who)).query(query);

    it('lists the published materials that carry the concept, best name match first', async () => {
      const exact = await candidates({ conceptId: 'kw-materials-composition/titanium', text: 'Ti6Al4V' }).expect(200);
      expect(exact.body.items).toEqual([
        { slug: 'ti-6al-4v', name: 'Ti-6Al-4V', match: 'name' },
        { slug: 'ti-6al-4v-eli', name: 'Ti-6Al-4V ELI', match: 'name' },
      ]);
      const synonym = await candidates({ conceptId: 'kw-materials-composition/titanium', text: 'grade 23 titanium' }).expect(200);
      expect(synonym.body.items.map((c: { slug: string; match: string }) => [c.slug, c.match])).toEqual([
        ['ti-6al-4v-eli', 'synonym'],
        ['ti-6al-4v', 'keyword'],
      ]);
      const trade = await candidates({ conceptId: 'kw-materials-composition/titanium', text: 'Invented Ti 23' }).expect(200);
      expect(trade.body.items[0]).toEqual({ slug: 'ti-6al-4v-eli', name: 'Ti-6Al-4V ELI', match: 'trade-name' });
    });

    it('is for curators, and refuses a concept that is not a material', async () => {
      await candidates({ conceptId: 'kw-materials-composition/titanium' }, 'researcher').expect(403);
      const wrong = await candidates({ conceptId: 'tissue/bone' }).expect(400);
      expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(wrong.body.errors).toEqual([{ path: 'conceptId', message: expect.stringMatching(/not a material concept/) }]);
      await candidates({ conceptId: 'not a concept' }).expect(400);
      await candidates({ conceptId: 'kw-materials-composition/titanium', extra: '1' }).expect(400);
    });
  });

  describe('POST /curation/materials/{slug}/evidence-proposals', () => {
    const value = () => ({ publicationId: ids[4], propertyType: 'property-type/tensile-strength', value: 950, unit: 'MPa', conditions: 'annealed bar, 23 °C', method: 'tensile test', quote: { start: 10, end: 80 } });

    it('refuses a wrong unit, an unknown publication, an unknown or non-property type and unknown fields (problem+json)', async () => {
      const cases: [object, string, RegExp][] = [
        [{ ...value(), unit: 'g/cm^3' }, 'unit', /does not measure the same quantity as MPa/],
        [{ ...value(), unit: 'parsecs per fortnight' }, 'unit', /not a unit we understand/],
        [{ ...value(), publicationId: 'pub-nobody-0000' }, 'publicationId', /no publication/],
        [{ ...value(), propertyType: 'property-type/unknown' }, 'propertyType', /no concept/],
        [{ ...value(), propertyType: 'tissue/bone' }, 'propertyType', /not a property type/],
        [{ ...value(), min: 900, max: 1000 }, 'value', /either value or min and max/],
        [{ ...value(), quote: { start: 50, end: 20 } }, 'quote.end', /after quote.start/],
        [{ ...value(), reference: 'mine' }, 'reference', /not an allowed field/],
      ];
      for (const [body, path, message] of cases) {
        const res = await propose('ti-6al-4v', body).expect(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.errors).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
      }
      await propose('no-such-material', value()).expect(404);
      await propose('ti-6al-4v', value(), 'researcher').expect(403);
      // Nothing was written by the refusals.
      expect((await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200)).body.state).toBe('published');
    });

    it('becomes a draft that one curator submits and another publishes; the datasheet then has the value with the publication as its reference', async () => {
      const first = await propose('ti-6al-4v', value()).expect(201);
      expect(first.body).toMatchObject({ state: 'draft', lastEditor: { id: 'cur-alice' } });
      const ref = first.body.draft.references.find((r: { publicationId?: string }) => r.publicationId === ids[4]);
      expect(ref).toMatchObject({ type: 'article', doi: '10.5555/evidence.0005', pmid: '99200005', container: 'Journal of Invented Implants', authors: ['Rossi, Anna', 'Tanaka, Yui'], year: 2022 });
      expect(first.body.draft.properties).toContainEqual(expect.objectContaining({ type: 'property-type/tensile-strength', value: 950, unit: 'MPa', conditions: 'annealed bar, 23 °C', method: 'tensile test', reference: ref.key }));
      expect(first.body.published.properties).not.toContainEqual(expect.objectContaining({ type: 'property-type/tensile-strength' }));

      // A second value of the same publication goes into the same draft and reuses its reference.
      const second = await propose('ti-6al-4v', { publicationId: ids[4], propertyType: 'property-type/youngs-modulus', min: 105, max: 115, unit: 'GPa' }).expect(201);
      expect(second.body.draft.references.filter((r: { publicationId?: string }) => r.publicationId === ids[4])).toHaveLength(1);
      expect(second.body.draft.properties).toContainEqual(expect.objectContaining({ type: 'property-type/youngs-modulus', min: 105, max: 115, reference: ref.key }));

      // The publication is linked to the material, and the audit names it.
      expect((await t.http.get(`/api/v1/literature/publications/${ids[4]}`).expect(200)).body.materials).toContain('ti-6al-4v');
      const audit = await t.http.get('/api/v1/curation/materials/ti-6al-4v/audit').set(bearer('curator')).expect(200);
      const comments = Object.fromEntries(audit.body.filter((e: { comment: string | null }) => e.comment?.includes(ids[4])).map((e: { action: string; comment: string }) => [e.action, e.comment]));
      expect(comments).toEqual({
        propose_edit: expect.stringMatching(/^Value of Tensile strength from publication .*Invented evidence study number 5.*characters 10-80/),
        edit: expect.stringMatching(/^Value of Young's modulus from publication /),
      });

      // Four eyes: Alice made the draft and submits it; she may not publish it, Bob does.
      const submitted = await t.http.post('/api/v1/curation/materials/ti-6al-4v/transitions').set(bearer('curator')).send({ action: 'submit', revision: second.body.revision }).expect(200);
      await propose('ti-6al-4v', value()).expect(409);
      await t.http.post('/api/v1/curation/materials/ti-6al-4v/transitions').set(bearer('curator')).send({ action: 'publish', revision: submitted.body.revision }).expect(403);
      await t.http.post('/api/v1/curation/materials/ti-6al-4v/transitions').set(bearer('curator2')).send({ action: 'publish', revision: submitted.body.revision }).expect(200);

      const sheet = await t.http.get('/api/v1/materials/ti-6al-4v').expect(200);
      const published = sheet.body.properties.find((p: { type: string }) => p.type === 'property-type/tensile-strength');
      expect(published).toMatchObject({ value: 950, unit: 'MPa', reference: { key: ref.key, publicationId: ids[4], doi: '10.5555/evidence.0005', type: 'article' } });
    });
  });

  describe('GET /materials/{slug}/evidence', () => {
    it('counts reviewed, non-retired publications by concept, grouped by entity type', async () => {
      const res = await t.http.get('/api/v1/materials/ti-6al-4v/evidence').expect(200);
      const s = res.body as Summary;
      expect(s.reviewedPublications).toBe(2);
      expect(s.groups.map((g) => [g.type, g.items.map((i) => [i.conceptId, i.publications])])).toEqual([
        ['EffectOnBiologicalSystem', [['kw-outcomes-toxicity/osseointegration', 1]]],
        ['Tissue', [['tissue/bone', 2]]],
        ['Cell', [['cell/osteoblast', 1]]],
        ['Species', [['species/rabbit', 1]]],
      ]);
      expect(s.groups[1]).toMatchObject({ label: 'Tissues', items: [{ label: 'Bone tissue' }] });
    });

    it("gives every number a literature search URL whose result count equals it", async () => {
      const s = (await t.http.get('/api/v1/materials/ti-6al-4v/evidence').expect(200)).body as Summary;
      const links = [{ n: s.reviewedPublications, url: s.searchUrl }, ...s.groups.flatMap((g) => g.items.map((i) => ({ n: i.publications, url: i.searchUrl })))];
      expect(links.length).toBeGreaterThan(4);
      for (const { n, url } of links) expect({ url, total: (await search(apiQueryOf(url))).body.total }).toEqual({ url, total: n });
      // The same material's unreviewed and in-review publications are outside those searches.
      const bone = s.groups[1].items[0].searchUrl;
      expect((await search({ ...apiQueryOf(bone), reviewed: 'false' })).body.total).toBe(1);
    });

    it('is empty for a material without reviewed publications, and 404 for an unknown one', async () => {
      expect((await t.http.get('/api/v1/materials/peek-invented/evidence').expect(200)).body).toEqual({ reviewedPublications: 0, searchUrl: expect.any(String), groups: [] });
      const missing = await t.http.get('/api/v1/materials/no-such-material/evidence').expect(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });
});
