import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSuite, runSuite, SuiteRun } from '../bench/lib/relevance-suite';
import { SearchAdminService } from '../src/search/search-admin.service';
import { SeedService, seedDir } from '../src/seed/seed.service';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * The relevance suite (bench/relevance/queries.json, `npm run bench:relevance`) as a CI floor: the
 * figures reached minus a margin of about one query per group (0.978 overall when set; the property
 * and intent groups depend on the query's intent parsing, src/search/intent.ts).
 */
const OVERALL_SUCCESS5 = 0.95;
const GROUP_SUCCESS5: Record<string, number> = {
  name: 0.93,
  abbreviation: 0.88,
  typo: 0.87,
  spelling: 0.94,
  'lang-it': 0.88,
  'lang-es': 0.88,
  'lang-de': 0.88,
  'lang-fr': 0.88,
  concept: 0.94,
  intent: 0.85,
  property: 0.9,
  cas: 1,
  'trade-name': 0.9,
  'no-answer': 1,
};
/**
 * Answerable queries allowed to find nothing: "BCP" (biphasic calcium phosphate has no record; its
 * phases are the answers) and "elongation at break above 300 %" (judged from an earlier seed; no
 * record holds such a value now, see bench/relevance/README.md).
 */
const EMPTY_ALLOWED: Record<string, number> = { property: 1, abbreviation: 1 };

/** vocabulary/, materials/ and references/ of seed/ (no publications: faster, and search does not read them). */
function catalogueSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'biomat-relevance-seed-'));
  for (const sub of ['vocabulary', 'materials', 'references']) symlinkSync(join(seedDir(), sub), join(dir, sub));
  return dir;
}

describe('Search relevance on the seed catalogue', () => {
  let t: TestApp;
  let dir: string;
  let run: SuiteRun;
  const slugs = async (q: string) => ((await t.http.get('/api/v1/search/materials').query({ q, perPage: 10, facets: '' }).expect(200)).body.hits as { slug: string }[]).map((h) => h.slug);

  beforeAll(async () => {
    t = await startTestApp();
    dir = catalogueSeed();
    await t.app.get(SeedService).run(() => undefined, dir);
    await t.app.get(SearchAdminService).reindex();
    run = await runSuite(async (path) => ((await t.http.get(path).expect(200)).body.hits as { slug: string }[]).map((h) => h.slug));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps success@5 overall and per group above the floors, and answers every answerable query', () => {
    const report = renderSuite(run);
    expect({ overall: run.text.overall.success5 >= OVERALL_SUCCESS5, report }).toEqual({ overall: true, report });
    for (const g of run.text.groups) {
      expect({ group: g.group, success5: g.success5 >= (GROUP_SUCCESS5[g.group] ?? 1), empty: g.empty <= (EMPTY_ALLOWED[g.group] ?? 0) }).toEqual({ group: g.group, success5: true, empty: true });
    }
    expect(run.filter.overall.success5).toBeGreaterThanOrEqual(0.9);
  });

  it('finds a two-word concept query in either word order', async () => {
    for (const [a, b] of [
      ['osteoconductive ceramic', 'ceramic osteoconductive'],
      ['resorbable polymer', 'polymer resorbable'],
      ['porous titanium', 'titanium porous'],
      ['sintered ceramic', 'ceramic sintered'],
    ]) {
      const [x, y] = [await slugs(a), await slugs(b)];
      expect({ a, found: x.length > 0 }).toEqual({ a, found: true });
      expect({ b, found: y.length > 0 }).toEqual({ b, found: true });
      // The records matching both words come first either way.
      expect({ a, b, shared: x.slice(0, 3).some((s) => y.slice(0, 5).includes(s)) }).toEqual({ a, b, shared: true });
    }
  });

  it('ranks the material of a short code first, not the ones whose name only starts with it', async () => {
    const pe = await slugs('PE');
    const lastPolyethylene = Math.max(pe.indexOf('uhmwpe'), pe.indexOf('hdpe'));
    const firstPrefixed = pe.findIndex((s) => /peek|pekk|^pet$|peg/.test(s));
    expect({ pe, polyethylenesFirst: pe.indexOf('uhmwpe') >= 0 && pe.indexOf('hdpe') >= 0 && (firstPrefixed < 0 || lastPolyethylene < firstPrefixed) }).toEqual({ pe, polyethylenesFirst: true });
    expect((await slugs('PU'))[0]).toMatch(/polyurethane|pellethane|elasthane|bionate|pgsu/);
    expect((await slugs('PEEK'))[0]).toBe('peek');
  });

  it('matches a CAS number whole, with or without its "CAS" label, never by its pieces', async () => {
    expect((await slugs('7440-32-6')).slice(0, 4).sort()).toEqual(['cp-titanium-grade-1', 'cp-titanium-grade-2', 'cp-titanium-grade-3', 'cp-titanium-grade-4']);
    expect((await slugs('CAS 7439-95-4'))[0]).toBe('magnesium-pure');
    // Alumina's number: only the two alumina records, though other records hold a 1344 or a 28 elsewhere.
    expect((await slugs('1344-28-1')).sort()).toEqual(['alumina-medical-grade', 'alumina-porous']);
    expect(await slugs('1344-99-1')).toEqual([]);
  });

  it('finds keywords under their broader concept and adjective forms of the vocabulary', async () => {
    // The gentamicin cement carries the keyword "antibiotics", whose broader concept is "antimicrobial agents".
    expect(await slugs('antimicrobial agents')).toContain('pmma-bone-cement-gentamicin');
    expect((await slugs('resorbed polymer')).length).toBeGreaterThan(0);
  });

  it('suggests in every label language and puts base materials before their composites', async () => {
    for (const q of ['titanio', 'titanio aleación', 'idrogel', 'hidrogel']) {
      const res = await t.http.get('/api/v1/search/suggest').query({ q }).expect(200);
      expect({ q, suggestions: res.body.materials.length + res.body.concepts.length > 0 }).toEqual({ q, suggestions: true });
    }
    const peek = await t.http.get('/api/v1/search/suggest').query({ q: 'PEEK' }).expect(200);
    const names: string[] = peek.body.materials.map((m: { slug: string }) => m.slug);
    expect(names[0]).toBe('peek');
    expect(names.indexOf('cfr-peek')).toBeGreaterThan(names.indexOf('peek'));
  });
});
