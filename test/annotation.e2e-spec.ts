import { join } from 'node:path';
import { readSeedVocabulary } from '../src/seed/seed-files';
import { seedDir } from '../src/seed/seed-dir';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

interface Mention {
  start: number;
  end: number;
  text: string;
  type: string;
  conceptId: string;
  field: string;
}

/** POST /literature/annotate against the seed vocabulary in the database (issue #18). */
describe('annotate endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ANNOTATE_PER_IP_PER_MINUTE: '60' });
    const { concepts, schemes } = readSeedVocabulary(join(seedDir(), 'vocabulary'));
    const report = await t.app.get(VocabularyService).importConcepts(concepts, schemes);
    expect(report.errors).toEqual([]);
  }, 120_000);
  afterAll(() => t?.close());

  const annotate = (body: unknown) => t.http.post('/api/v1/literature/annotate').send(body as object);

  it('finds typed mentions whose offsets index the text as sent, past emoji and combining marks', async () => {
    const text = '🧪 Café-grade e\u0301tude 🦴: porous hydroxyapatite (HA) scaffolds were implanted in rabbit femurs; HA supported bone ingrowth. Ti-6Al-4V had an elastic modulus of 110 ± 5 GPa.';
    const res = await annotate({ text });
    expect(res.status).toBe(200);
    const mentions = res.body.annotations as Mention[];
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const ha = mentions.filter((m) => m.type === 'Biomaterial' && m.conceptId.includes('hydroxyapatite'));
    // The long form and both uses of its abbreviation name hydroxyapatite.
    expect(ha.map((m) => m.text)).toEqual(expect.arrayContaining(['hydroxyapatite', 'HA']));
    expect(ha.filter((m) => m.text === 'HA')).toHaveLength(2);
    expect(res.body.abbreviations).toEqual(expect.arrayContaining([expect.objectContaining({ shortForm: 'HA', longForm: 'hydroxyapatite' })]));
    expect(mentions.some((m) => m.type === 'Species' && /rabbit/.test(m.text))).toBe(true);
    expect(mentions.some((m) => m.type === 'Biomaterial' && m.text === 'Ti-6Al-4V')).toBe(true);
    const modulus = res.body.quantities.find((q: { text: string }) => /110/.test(q.text));
    expect(modulus).toMatchObject({ value: 110, unit: 'GPa', uncertainty: 5 });
    expect(text.slice(modulus.start, modulus.end)).toBe(modulus.text);
    expect(res.body.revision).toMatch(/:/);
  });

  it('resolves HA by the definition in each text: hydroxyapatite in one, hyaluronic acid in another', async () => {
    const a = await annotate({ text: 'Hyaluronic acid (HA) hydrogels were injected. HA was cross-linked.' });
    const uses = (a.body.annotations as Mention[]).filter((m) => m.text === 'HA');
    expect(uses.length).toBeGreaterThan(0);
    for (const m of uses) expect(m.conceptId).toMatch(/hyaluron/);
  });

  it('gives title mentions with field "title" and title offsets', async () => {
    const title = 'Zirconia dental implants';
    const res = await annotate({ title, text: 'Implants of zirconia were placed.' });
    expect(res.status).toBe(200);
    const inTitle = (res.body.annotations as Mention[]).filter((m) => m.field === 'title');
    expect(inTitle.length).toBeGreaterThan(0);
    for (const m of inTitle) expect(title.slice(m.start, m.end)).toBe(m.text);
  });

  it('answers bad input with 4xx problems or a clean answer, never 5xx', async () => {
    expect((await annotate({ text: '' })).status).toBe(400);
    expect((await annotate({})).status).toBe(400);
    expect((await annotate({ text: 'x', extra: 1 })).status).toBe(400);
    expect((await annotate({ text: 42 })).status).toBe(400);
    const oneWord = await annotate({ text: 'a'.repeat(100 * 1024) });
    expect(oneWord.status).toBe(200);
    expect(oneWord.body.annotations).toEqual([]);
    const control = await annotate({ text: 'PEEK\u0000\u0007\u001b[31m titanium\u202e\ufeff and 316L' });
    expect(control.status).toBe(200);
    expect((control.body.annotations as Mention[]).map((m) => m.text)).toEqual(expect.arrayContaining(['PEEK', 'titanium']));
    const mixed = await annotate({ text: 'Гидроксиапатит 羟基磷灰石 hydroxyapatite العظم αβ-TCP' });
    expect(mixed.status).toBe(200);
    const tooLong = await annotate({ text: 'é'.repeat(60 * 1024) }); // 120 kB in UTF-8
    expect(tooLong.status).toBe(413);
    expect(tooLong.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('uses a label added to the vocabulary on the next request', async () => {
    const text = 'Samples of Zyntherite were tested.';
    const before = await annotate({ text });
    expect((before.body.annotations as Mention[]).some((m) => m.text === 'Zyntherite')).toBe(false);
    const concept = await t.http.get('/api/v1/vocabulary/concepts/kw-materials-composition/hydroxyapatite').set(bearer('curator'));
    expect(concept.status).toBe(200);
    const { prefLabel, altLabels, hiddenLabels, definition, broader, exactMatch, closeMatch, revision } = concept.body;
    const put = await t.http
      .put('/api/v1/vocabulary/concepts/kw-materials-composition/hydroxyapatite')
      .set(bearer('curator'))
      .send({ prefLabel, altLabels: { ...altLabels, en: [...(altLabels.en ?? []), 'Zyntherite'] }, hiddenLabels, definition, broader, exactMatch, closeMatch, revision });
    expect({ status: put.status, body: put.status === 200 ? null : put.body }).toEqual({ status: 200, body: null });
    await new Promise((r) => setTimeout(r, 600));
    const after = await annotate({ text });
    const m = (after.body.annotations as Mention[]).find((x) => x.text === 'Zyntherite');
    expect(m).toMatchObject({ type: 'Biomaterial', conceptId: 'kw-materials-composition/hydroxyapatite' });
    expect(after.body.revision).not.toBe(before.body.revision);
  });

  it('limits each client address per minute with 429 and Retry-After', async () => {
    let last = 200;
    let retryAfter: string | undefined;
    for (let i = 0; i < 70 && last !== 429; i++) {
      const res = await annotate({ text: 'PEEK' });
      last = res.status;
      retryAfter = res.headers['retry-after'];
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
