import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { parseWithCitationJs } from '../src/literature/codecs/csl';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'literature', name));
const TYPES = {
  'pubmed-xml': 'application/xml',
  medline: 'text/plain',
  ris: 'application/x-research-info-systems',
  bibtex: 'application/x-bibtex',
  'csl-json': 'application/vnd.citationstyles.csl+json',
} as const;

interface Report {
  dryRun: boolean;
  created: number;
  merged: number;
  unchanged: number;
  invalid: number;
  conflicts: number;
  records: { position: number; id?: string; status: string; errors: string[] }[];
}

/** Literature records: imports in five formats, the merge rule, curator edits, citation exports (issue #17). */
describe('literature', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
    await publishMaterial(t, 'ti-6al-4v', ti64());
  }, 60_000);
  afterAll(() => t?.close());

  const importFile = (format: keyof typeof TYPES, body: Buffer | string, opts: { dryRun?: boolean; who?: 'curator' | 'researcher' } = {}) =>
    t.http
      .post(`/api/v1/literature/import?format=${format}${opts.dryRun ? '&dryRun=true' : ''}`)
      .set(bearer(opts.who ?? 'curator'))
      .set('content-type', TYPES[format])
      .send(body);

  const idOf = (report: Report, position: number) => report.records.find((r) => r.position === position)!.id!;

  it('imports PubMed XML with structured abstracts and MeSH; a dry run writes nothing; a second import is unchanged', async () => {
    const dry = await importFile('pubmed-xml', fixture('three-articles.xml'), { dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 3, merged: 0, invalid: 0 });
    await t.http.get(`/api/v1/literature/publications/${idOf(dry.body, 1)}`).expect(404);

    const res = await importFile('pubmed-xml', fixture('three-articles.xml')).expect(200);
    const report = res.body as Report;
    expect(report).toMatchObject({ dryRun: false, created: 3, merged: 0, unchanged: 0, invalid: 0, conflicts: 0 });
    const first = await t.http.get(`/api/v1/literature/publications/${idOf(report, 1)}`).expect(200);
    expect(first.body).toMatchObject({ doi: '10.5555/fixture.0001', pmid: '99000001', year: 2021, journal: { title: 'Journal of Invented Biomaterials', isoAbbreviation: 'J Invent Biomater' } });
    expect(first.body.title).toBe('Bone ingrowth into porous titanium scaffolds in a rabbit femur model');
    expect(first.body.abstract.sections.map((s: { label: string }) => s.label)).toEqual(['BACKGROUND', 'METHODS', 'RESULTS']);
    expect(first.body.abstract.sections[1].text).toContain('twelve animals & examined');
    expect(first.body.mesh.length).toBeGreaterThan(0);
    for (const m of first.body.mesh) expect(m.descriptorId).toMatch(/^D\d+$/);
    expect(first.body.provenance).toEqual([expect.objectContaining({ format: 'pubmed-xml', by: 'cur-alice' })]);

    const again = await importFile('pubmed-xml', fixture('three-articles.xml')).expect(200);
    expect(again.body).toMatchObject({ created: 0, merged: 0, unchanged: 3 });
    expect((again.body as Report).records.map((r) => r.id)).toEqual(report.records.map((r) => r.id));
  });

  it('imports MEDLINE (nbib), RIS, BibTeX and CSL-JSON; a broken BibTeX entry is reported with its position while the rest lands', async () => {
    const nbib = await importFile('medline', fixture('two-records.nbib')).expect(200);
    expect(nbib.body).toMatchObject({ created: 2, invalid: 0 });
    const medline = await t.http.get(`/api/v1/literature/publications/${idOf(nbib.body, 1)}`).expect(200);
    expect(medline.body).toMatchObject({ pmid: '99000031', doi: '10.5555/fixture.0031', pmcid: 'PMC9900031' });
    expect(medline.body.title).toMatch(/^Corrosion of a titanium alloy in simulated body fluid over/);

    const ris = await importFile('ris', fixture('two-records.ris')).expect(200);
    expect(ris.body).toMatchObject({ created: 2, invalid: 0 });
    const berg = await t.http.get(`/api/v1/literature/publications/${idOf(ris.body, 1)}`).expect(200);
    expect(berg.body).toMatchObject({ doi: '10.5555/fixture.0041', year: 2018, title: 'Degradation of a magnesium screw in sheep' });
    expect(berg.body.authors.map((a: { family: string }) => a.family)).toEqual(['Berg', 'Holm']);

    const bib = await importFile('bibtex', fixture('three-entries.bib')).expect(200);
    const bibReport = bib.body as Report;
    expect(bibReport.created).toBeGreaterThanOrEqual(2);
    expect(bibReport.invalid + bibReport.created).toBe(bibReport.records.length);
    const kim = bibReport.records.find((r) => r.status === 'created' && r.id?.includes('kim'));
    expect(kim).toBeDefined();
    expect((await t.http.get(`/api/v1/literature/publications/${kim!.id}`).expect(200)).body.doi).toBe('10.5555/fixture.0053');
    const novak = bibReport.records.find((r) => r.id?.includes('novak'));
    expect((await t.http.get(`/api/v1/literature/publications/${novak!.id}`).expect(200)).body.doi).toBe('10.5555/fixture.0051');

    const csl = await importFile('csl-json', fixture('two-items.csl.json').toString('utf8')).expect(200);
    expect(csl.body).toMatchObject({ created: 2, invalid: 0 });
    const silk = await t.http.get(`/api/v1/literature/publications/${idOf(csl.body, 1)}`).expect(200);
    expect(silk.body).toMatchObject({ doi: '10.5555/fixture.0061', pmid: '99000061', title: 'Silk fibroin films for wound dressings' });
  });

  it('reports a malformed PubMed record with its position while the others land', async () => {
    const res = await importFile('pubmed-xml', fixture('one-bad-article.xml')).expect(200);
    const report = res.body as Report;
    expect(report).toMatchObject({ created: 2, invalid: 1 });
    expect(report.records.map((r) => [r.position, r.status])).toEqual([
      [1, 'created'],
      [2, 'invalid'],
      [3, 'created'],
    ]);
    expect(report.records[1].errors.join(' ')).toMatch(/PMID|title/i);
  });

  it('refuses a file that declares an external entity, and writes nothing', async () => {
    const res = await importFile('pubmed-xml', fixture('external-entity.xml')).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/entit/i);
    expect(JSON.stringify(res.body)).not.toMatch(/root:/);
    const pmid = await importFile('csl-json', JSON.stringify([{ type: 'article-journal', title: 'Probe', PMID: '99000021' }]), { dryRun: true }).expect(200);
    expect(pmid.body.created).toBe(1);
  });

  it('reports a record whose DOI matches one publication and PMID another as a conflict, and merges a record that fills gaps', async () => {
    const conflict = [{ type: 'article-journal', title: 'Crossed identifiers', DOI: '10.5555/fixture.0001', PMID: '99000002' }];
    const res = await importFile('csl-json', JSON.stringify(conflict)).expect(200);
    expect(res.body).toMatchObject({ conflicts: 1, created: 0, merged: 0 });
    expect(res.body.records[0].errors[0]).toMatch(/different publications/);

    // The RIS record of 10.5555/fixture.0042 gains a keyword and a PMID: merged, nothing removed.
    const before = await t.http.get(`/api/v1/literature/publications/pub-costa-2020-cell-viability-zirconia-surface`).expect(200);
    const merge = [{ type: 'article-journal', title: 'Cell viability on a zirconia surface (other title)', DOI: 'https://doi.org/10.5555/FIXTURE.0042', PMID: '99000042', keyword: 'zirconia, cytotoxicity' }];
    const merged = await importFile('csl-json', JSON.stringify(merge)).expect(200);
    expect(merged.body).toMatchObject({ merged: 1, created: 0 });
    const after = await t.http.get(`/api/v1/literature/publications/${before.body.id}`).expect(200);
    expect(after.body.title).toBe(before.body.title);
    expect(after.body.pmid).toBe('99000042');
    expect(after.body.keywords).toEqual(expect.arrayContaining(['zirconia', 'cytotoxicity']));
    expect(after.body.provenance.map((p: { format: string }) => p.format)).toEqual(['ris', 'csl-json']);
    expect(after.body.revision).toBe(before.body.revision + 1);
  });

  it('is for curators only, and refuses other content types', async () => {
    await importFile('ris', fixture('two-records.ris'), { who: 'researcher' }).expect(403);
    await t.http.post('/api/v1/literature/import?format=ris').set(bearer('curator')).set('content-type', 'application/json').send('[]').expect(415);
    await t.http.post('/api/v1/literature/import?format=docx').set(bearer('curator')).set('content-type', 'text/plain').send('x').expect(400);
  });

  it('lets curators edit (revision-checked, audited), link materials and retire; a datasheet lists its literature', async () => {
    const id = 'pub-costa-2020-cell-viability-zirconia-surface';
    const current = (await t.http.get(`/api/v1/literature/publications/${id}`).expect(200)).body;
    await t.http.patch(`/api/v1/literature/publications/${id}`).set(bearer('researcher')).send({ revision: current.revision, year: 2019 }).expect(403);
    await t.http.patch(`/api/v1/literature/publications/${id}`).set(bearer('curator')).send({ revision: current.revision + 5, year: 2019 }).expect(409);
    await t.http.patch(`/api/v1/literature/publications/${id}`).set(bearer('curator')).set('if-match', `"${current.revision + 5}"`).send({ year: 2019 }).expect(412);
    await t.http.patch(`/api/v1/literature/publications/${id}`).set(bearer('curator')).send({ revision: current.revision, unknownField: 1 }).expect(400);
    const edited = await t.http
      .patch(`/api/v1/literature/publications/${id}`)
      .set(bearer('curator'))
      .set('if-match', `"${current.revision}"`)
      .send({ summary: 'Viability of fibroblasts on a zirconia surface, in our words.', volume: '7' })
      .expect(200);
    expect(edited.body).toMatchObject({ revision: current.revision + 1, volume: '7', summary: expect.stringContaining('zirconia') });

    const unknown = await t.http.put(`/api/v1/literature/publications/${id}/materials`).set(bearer('curator')).send({ materials: ['ti-6al-4v', 'no-such-material'] }).expect(400);
    expect(JSON.stringify(unknown.body)).toContain('no-such-material');
    const linked = await t.http.put(`/api/v1/literature/publications/${id}/materials`).set(bearer('curator')).send({ materials: ['ti-6al-4v'], revision: edited.body.revision }).expect(200);
    expect(linked.body.materials).toEqual(['ti-6al-4v']);
    await t.http.put(`/api/v1/literature/publications/pub-berg-2018-degradation-magnesium-screw-sheep/materials`).set(bearer('curator')).send({ materials: ['ti-6al-4v'] }).expect(200);

    const page = await t.http.get('/api/v1/materials/ti-6al-4v/publications?perPage=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, perPage: 1 });
    expect(page.body.items[0]).toMatchObject({ id, year: 2020, authors: ['Costa, Rui'] });
    await t.http.get('/api/v1/materials/no-such-material/publications').expect(404);

    const trail = await t.http.get(`/api/v1/literature/publications/${id}/audit`).set(bearer('curator')).expect(200);
    const actions = trail.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['publication.created', 'publication.merged', 'publication.edited', 'publication.materials-linked']));
    const edit = trail.body.find((e: { action: string }) => e.action === 'publication.edited');
    expect(edit.diff).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'replace', path: '/volume', value: '7' })]));

    const retired = await t.http.post(`/api/v1/literature/publications/pub-berg-2018-degradation-magnesium-screw-sheep/retire`).set(bearer('curator')).send({ comment: 'duplicate' }).expect(200);
    expect(retired.body.retired).toBe(true);
    await t.http.get(`/api/v1/literature/publications/pub-berg-2018-degradation-magnesium-screw-sheep`).expect(404);
    expect((await t.http.get('/api/v1/materials/ti-6al-4v/publications').expect(200)).body.total).toBe(1);
  });

  it('exports BibTeX, RIS and CSL-JSON that parse back to the same record, and an APA reference', async () => {
    const id = idOf((await importFile('pubmed-xml', fixture('three-articles.xml')).expect(200)).body, 1);
    const record = (await t.http.get(`/api/v1/literature/publications/${id}`).expect(200)).body;
    const expectSame = (item: Record<string, unknown>) => {
      expect(String(item.DOI).toLowerCase()).toBe(record.doi);
      expect(item.title).toBe(record.title);
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0][0]).toBe(record.year);
      expect((item.author as { family: string }[]).map((a) => a.family)).toEqual(record.authors.map((a: { family: string }) => a.family));
    };
    const bib = await t.http.get(`/api/v1/literature/publications/${id}/cite?format=bibtex`).expect(200);
    expect(bib.headers['content-type']).toMatch(/^application\/x-bibtex/);
    expectSame(parseWithCitationJs(bib.text, '@bibtex/text')[0]);
    const ris = await t.http.get(`/api/v1/literature/publications/${id}/cite?format=ris`).buffer(true).parse((res, cb) => {
      let s = '';
      res.on('data', (c: Buffer) => (s += c.toString('utf8')));
      res.on('end', () => cb(null, s));
    });
    expect(ris.status).toBe(200);
    expectSame(parseWithCitationJs(ris.body as string, '@ris/file')[0]);
    const csl = await t.http.get(`/api/v1/literature/publications/${id}/cite?format=csl-json`).buffer(true).parse((res, cb) => {
      let s = '';
      res.on('data', (c: Buffer) => (s += c.toString('utf8')));
      res.on('end', () => cb(null, s));
    });
    expect(csl.status).toBe(200);
    expectSame(JSON.parse(csl.body as string)[0]);
    const apa = await t.http.get(`/api/v1/literature/publications/${id}/cite?format=apa`).expect(200);
    expect(apa.text).toContain('(2021)');
    expect(apa.text).toContain('https://doi.org/10.5555/fixture.0001');

    const refs = await t.http.get('/api/v1/materials/ti-6al-4v/publications/cite?format=bibtex').expect(200);
    expect(parseWithCitationJs(refs.text, '@bibtex/text').map((i) => i.title)).toEqual(['Cell viability on a zirconia surface']);

    const record2 = await t.http.get('/api/v1/materials/ti-6al-4v/versions/1/cite?format=csl-json').buffer(true).parse((res, cb) => {
      let s = '';
      res.on('data', (c: Buffer) => (s += c.toString('utf8')));
      res.on('end', () => cb(null, s));
    });
    expect(record2.status).toBe(200);
    expect(JSON.parse(record2.body as string)[0]).toMatchObject({ type: 'dataset', version: '1', title: expect.stringContaining('Ti-6Al-4V'), URL: expect.stringContaining('/materials/ti-6al-4v') });
    const apaRecord = await t.http.get('/api/v1/materials/ti-6al-4v/versions/1/cite?format=apa').expect(200);
    expect(apaRecord.text).toContain('Biomat Hub');
    await t.http.get('/api/v1/materials/ti-6al-4v/versions/9/cite?format=apa').expect(404);
  });
});
