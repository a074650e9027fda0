import { PublicationsIndex } from '../src/literature/search/publications-index';
import { PublicationSyncWorker } from '../src/literature/search/publication-sync.worker';
import { SearchIndexAdmin } from '../src/search/index-admin';
import { SearchIndexService } from '../src/search/search-index.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { eventually, publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

/** A PubMed article of our own making (MeSH ids from seed/mesh/descriptors.tsv). */
interface Article {
  pmid: string;
  title: string;
  abstract: string;
  journal: string;
  year: number;
  authors: [string, string][];
  types?: string[];
  mesh?: [string, string][];
  keywords?: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pubmedXml = (articles: Article[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n${articles
    .map(
      (a) => `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${a.pmid}</PMID><Article PubModel="Print">
<Journal><JournalIssue CitedMedium="Print"><Volume>1</Volume><PubDate><Year>${a.year}</Year></PubDate></JournalIssue><Title>${esc(a.journal)}</Title></Journal>
<ArticleTitle>${esc(a.title)}</ArticleTitle><Abstract><AbstractText>${esc(a.abstract)}</AbstractText></Abstract>
<AuthorList CompleteYN="Y">${a.authors.map(([f, g]) => `<Author ValidYN="Y"><LastName>${f}</LastName><ForeName>${g}</ForeName></Author>`).join('')}</AuthorList>
<Language>eng</Language><PublicationTypeList>${(a.types ?? ['Journal Article']).map((t) => `<PublicationType>${t}</PublicationType>`).join('')}</PublicationTypeList></Article>
<MeshHeadingList>${(a.mesh ?? []).map(([id, n]) => `<MeshHeading><DescriptorName UI="${id}" MajorTopicYN="N">${n}</DescriptorName></MeshHeading>`).join('')}</MeshHeadingList>
${a.keywords ? `<KeywordList Owner="NOTNLM">${a.keywords.map((k) => `<Keyword MajorTopicYN="N">${esc(k)}</Keyword>`).join('')}</KeywordList>` : ''}
</MedlineCitation></PubmedArticle>`,
    )
    .join('\n')}\n</PubmedArticleSet>\n`;

const TITANIUM: [string, string] = ['D014025', 'Titanium'];
const OSSEO: [string, string] = ['D016348', 'Osseointegration'];
const DURAPATITE: [string, string] = ['D017886', 'Durapatite'];
const HOSTILE_JOURNAL = 'Journal "of" Quotes) OR (year > 0';

const ARTICLES: Article[] = [
  { pmid: '99100001', title: 'Osseointegration of porous titanium implants in sheep', abstract: 'Bone grew into the pores of the implants within twelve weeks.', journal: 'Journal of Invented Implants', year: 2018, authors: [['Rossi', 'Anna'], ['Bianchi', 'Luca']], mesh: [TITANIUM, OSSEO] },
  { pmid: '99100002', title: 'Hydroxyapatite coatings on titanium: a review', abstract: 'Plasma-sprayed coatings speed up early fixation.', journal: 'Invented Reviews in Biomaterials', year: 2019, authors: [['Müller', 'Jonas']], types: ['Journal Article', 'Review'], mesh: [TITANIUM, DURAPATITE] },
  { pmid: '99100003', title: 'Degradation of magnesium screws in rabbits', abstract: 'Screws lost half of their volume in six months.', journal: 'Journal of Invented Implants', year: 2020, authors: [['Tanaka', 'Yui'], ['Rossi', 'Marco']], keywords: ['bioresorbable'] },
  { pmid: '99100004', title: 'Wear of polyethylene liners', abstract: 'Cross-linked liners wore less in the simulator.', journal: 'Invented Tribology Letters', year: 2015, authors: [['Smith', 'Jane']] },
  { pmid: '99100005', title: 'Calcium phosphate cements for vertebral augmentation', abstract: 'The cement set within fifteen minutes <script>alert(1)</script> & stayed in place.', journal: HOSTILE_JOURNAL, year: 2021, authors: [['Dubois', 'Claire']], mesh: [DURAPATITE] },
  { pmid: '99100006', title: 'A meta-analysis of dental implant survival', abstract: 'Ten-year survival exceeded ninety percent.', journal: 'Invented Reviews in Biomaterials', year: 2022, authors: [['Kowalski', 'Piotr']], types: ['Journal Article', 'Meta-Analysis', 'Review'], mesh: [TITANIUM] },
];

interface Hit {
  id: string;
  title: string;
  authors: string[];
  journal: string | null;
  year: number | null;
  pmid?: string;
  materials: { slug: string; name: string }[];
  _formatted: { title: string; abstract: string };
}

/** Literature search: the publications index, its sync, reindex and drift check, and GET /literature/search (issue #17). */
describe('literature search', () => {
  let t: TestApp;
  const ids = new Map<string, string>();

  const importXml = (articles: Article[]) =>
    t.http.post('/api/v1/literature/import?format=pubmed-xml').set(bearer('curator')).set('content-type', 'application/xml').send(pubmedXml(articles)).expect(200);
  const search = (query: Record<string, string>) => t.http.get('/api/v1/literature/search').query(query);
  const pmids = async (query: Record<string, string>) => ((await search({ facets: '', perPage: '50', ...query }).expect(200)).body.hits as Hit[]).map((h) => h.pmid).sort();

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
    await publishMaterial(t, 'ti-6al-4v', ti64());
    const report = (await importXml(ARTICLES)).body as { created: number; records: { position: number; id: string }[] };
    expect(report.created).toBe(ARTICLES.length);
    report.records.forEach((r) => ids.set(ARTICLES[r.position - 1].pmid, r.id));
    const linked = await t.http.get(`/api/v1/literature/publications/${ids.get('99100001')}`).expect(200);
    await t.http.put(`/api/v1/literature/publications/${ids.get('99100001')}/materials`).set(bearer('curator')).send({ materials: ['ti-6al-4v'], revision: linked.body.revision }).expect(200);
    await eventually('the publications are searchable', async () => (await search({ 'filter[materials]': 'ti-6al-4v', facets: '' })).body.total === 1);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers hits with the publication list shape, highlights and linked materials', async () => {
    const res = await search({ q: 'osseointegration titanium', facets: '' }).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['facetDistribution', 'facetStats', 'hits', 'page', 'perPage', 'processingTimeMs', 'total']);
    const hit = res.body.hits[0] as Hit;
    expect(hit).toMatchObject({ pmid: '99100001', journal: 'Journal of Invented Implants', year: 2018, authors: ['Rossi, Anna', 'Bianchi, Luca'], materials: [{ slug: 'ti-6al-4v', name: expect.any(String) }] });
    expect(hit._formatted.title).toBe('<mark>Osseointegration</mark> of porous <mark>titanium</mark> implants in sheep');
  });

  it('searches authors, keywords and abstracts, and escapes HTML in highlights', async () => {
    expect(await pmids({ q: 'Tanaka' })).toEqual(['99100003']);
    expect(await pmids({ q: 'bioresorbable' })).toEqual(['99100003']);
    expect(await pmids({ q: 'simulator' })).toEqual(['99100004']);
    const res = await search({ q: 'cement', facets: '' }).expect(200);
    const abstract = (res.body.hits[0] as Hit)._formatted.abstract;
    expect(abstract).toContain('&lt;script&gt;');
    expect(abstract).not.toContain('<script');
    expect(abstract).toContain('<mark>cement</mark>');
  });

  it('counts facets disjunctively: OR within one, AND across, each counted without its own filter', async () => {
    const all = await search({ facets: 'journal,publicationType,meshHeadings,materialsComposition,materials,language' }).expect(200);
    expect(all.body.total).toBe(6);
    expect(all.body.facetDistribution.journal).toEqual({ 'Journal of Invented Implants': 2, 'Invented Reviews in Biomaterials': 2, 'Invented Tribology Letters': 1, [HOSTILE_JOURNAL]: 1 });
    expect(all.body.facetDistribution.meshHeadings).toEqual({ Titanium: 3, Durapatite: 2, Osseointegration: 1 });
    // MeSH Titanium (D014025) is the exactMatch of kw-materials-composition/titanium.
    expect(all.body.facetDistribution.materialsComposition).toEqual({ Titanium: 3 });
    expect(all.body.facetDistribution.materials).toEqual({ 'ti-6al-4v': 1 });
    expect(all.body.facetDistribution.language).toEqual({ eng: 6 });

    const reviews = await search({ 'filter[publicationType]': 'Review', 'filter[journal]': 'Invented Reviews in Biomaterials,Invented Tribology Letters', facets: 'journal,publicationType' }).expect(200);
    expect(reviews.body.hits.map((h: Hit) => h.pmid).sort()).toEqual(['99100002', '99100006']);
    expect(reviews.body.facetDistribution.journal).toEqual({ 'Invented Reviews in Biomaterials': 2 });
    expect(reviews.body.facetDistribution.publicationType).toEqual({ 'Journal Article': 3, Review: 2, 'Meta-Analysis': 1 });
    expect(await pmids({ 'filter[materialsComposition]': 'Titanium', 'filter[meshHeadings]': 'Durapatite' })).toEqual(['99100002']);
  });

  it('filters and reports years as a range, and sorts by year', async () => {
    expect(await pmids({ 'range[year]': '2019..2020' })).toEqual(['99100002', '99100003']);
    expect(await pmids({ 'range[year]': '2021..' })).toEqual(['99100005', '99100006']);
    const res = await search({ 'range[year]': '2019..2020', 'filter[journal]': 'Journal of Invented Implants', facets: 'year' }).expect(200);
    // Its own range off: the years of the journal's publications.
    expect(res.body.facetStats.year).toEqual({ min: 2018, max: 2020, unit: 'year' });
    const asc = await search({ sort: 'year:asc', facets: '' }).expect(200);
    expect(asc.body.hits.map((h: Hit) => h.year)).toEqual([2015, 2018, 2019, 2020, 2021, 2022]);
    const desc = await search({ sort: 'year:desc', facets: '', perPage: '2', page: '2' }).expect(200);
    expect(desc.body.hits.map((h: Hit) => h.year)).toEqual([2020, 2019]);
  });

  it('treats quotes, OR and parentheses in filter values as literals', async () => {
    expect(await pmids({ 'filter[journal]': HOSTILE_JOURNAL })).toEqual(['99100005']);
    for (const value of ['Invented Tribology Letters" OR journal = "Journal of Invented Implants', 'x") OR (year > 0', 'x\\', '"', ') OR (', 'x\\" OR id EXISTS OR "']) {
      const res = await search({ 'filter[journal]': value, facets: '' });
      expect({ value, status: res.status, total: res.body.total }).toEqual({ value, status: 200, total: 0 });
    }
  });

  it.each([
    [{ 'filter[colour]': 'red' }, 'filter[colour]', /unknown facet "colour"; allowed: journal, publicationType/],
    [{ 'range[pages]': '1..2' }, 'range[pages]', /unknown range field "pages"; allowed: year/],
    [{ 'range[year]': '2020..2010' }, 'range[year]', /min must not exceed max/],
    [{ 'range[year]': '1e3..' }, 'range[year]', /decimal numbers/],
    [{ facets: 'journal,colour' }, 'facets', /unknown facet "colour"/],
    [{ 'filter[journal][$ne]': 'x' }, 'filter[journal]', /comma-separated list/],
    [{ sort: 'title:asc' }, 'sort', /must be one of/],
    [{ missing: 'year' }, 'missing', /not an allowed field/],
  ])('rejects %j with 400 naming %s', async (query, path, message) => {
    const res = await search(query as Record<string, string>).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.find((e: { path: string }) => e.path === path)?.message).toMatch(message);
  });

  it('makes an import, an edit and a retirement searchable within a second', async () => {
    /** Milliseconds from the write's answer until `probe` holds. */
    const latency = async (what: string, probe: () => Promise<boolean>) => {
      const from = Date.now();
      await eventually(what, probe, 5000);
      return Date.now() - from;
    };
    const report = (await importXml([{ pmid: '99100007', title: 'Zirconia abutments fracture rarely', abstract: 'Few fractures in five years.', journal: 'Invented Dental Letters', year: 2023, authors: [['Lee', 'Min']] }])).body;
    const id = report.records[0].id as string;
    const imported = await latency('the import is searchable', async () => (await pmids({ q: 'zirconia' })).length === 1);

    const before = await t.http.get(`/api/v1/literature/publications/${id}`).expect(200);
    await t.http.patch(`/api/v1/literature/publications/${id}`).set(bearer('curator')).send({ revision: before.body.revision, title: 'Yttria-stabilised zirconia abutments fracture rarely' }).expect(200);
    const edited = await latency('the edit is searchable', async () => (await pmids({ q: 'yttria' })).length === 1);

    const current = await t.http.get(`/api/v1/literature/publications/${id}`).expect(200);
    await t.http.post(`/api/v1/literature/publications/${id}/retire`).set(bearer('curator')).send({ revision: current.body.revision }).expect(200);
    const retired = await latency('the retired record leaves the index', async () => (await pmids({ q: 'zirconia' })).length === 0);
    console.log(`literature sync latency: import ${imported} ms, edit ${edited} ms, retire ${retired} ms`);
    expect(Math.max(imported, edited, retired)).toBeLessThan(1000);
  });

  it('reindexes with zero downtime under load: searches never fail and imports made meanwhile are kept', async () => {
    const admin = t.app.get(SearchIndexAdmin);
    const def = t.app.get(PublicationsIndex);
    let failures = 0;
    let searches = 0;
    let running = true;
    const load = (async () => {
      while (running) {
        const res = await search({ q: 'implants', facets: 'journal,year' });
        searches++;
        if (res.status !== 200 || res.body.total < 1) failures++;
      }
    })();
    const writes = (async () => {
      for (let i = 0; i < 5; i++) {
        await importXml([{ pmid: `9910010${i}`, title: `Reindex probe ${i} on tantalum`, abstract: 'Written while the index was rebuilt.', journal: 'Invented Probe Letters', year: 2024, authors: [['Probe', `N${i}`]] }]);
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    const report = await admin.reindex(def);
    await writes;
    running = false;
    await load;
    expect(searches).toBeGreaterThan(3);
    expect(failures).toBe(0);
    expect(report.index).toBe(t.app.get(SearchIndexService).uidOf('publications'));
    await eventually('every probe is searchable', async () => (await pmids({ q: 'tantalum' })).length === 5);
    expect((await admin.check(def)).clean).toBe(true);
    expect(await t.app.get(SearchIndexService).buildIndexes(report.index)).toEqual([]);
  });

  it('reports drift (missing, stale, extra) until the sync worker repairs it', async () => {
    const indexes = t.app.get(SearchIndexService);
    const admin = t.app.get(SearchIndexAdmin);
    const def = t.app.get(PublicationsIndex);
    const worker = t.app.get(PublicationSyncWorker);
    const live = indexes.uidOf('publications');
    await worker.stop();
    try {
      await indexes.wait((await indexes.client.index(live).deleteDocument(ids.get('99100004')!)).taskUid);
      await indexes.wait((await indexes.client.index(live).updateDocuments([{ id: ids.get('99100003')!, revision: 0 }])).taskUid);
      await indexes.wait((await indexes.client.index(live).addDocuments([{ id: 'pub-nobody', revision: 1, title: 'Ghost' }])).taskUid);
      const report = await admin.check(def, 0);
      expect(report).toMatchObject({ clean: false, counts: { missing: 1, stale: 1, extra: 1 }, samples: { missing: [ids.get('99100004')], stale: [ids.get('99100003')], extra: ['pub-nobody'] } });
    } finally {
      worker.start();
    }
    await eventually('the worker repairs the drift', async () => (await admin.check(def, 0)).clean);
  });
});
