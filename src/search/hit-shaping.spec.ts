import { highlight, markMatches, POST, PRE, RetrievedDocument, toHit } from './hit-shaping';

const doc = (over: Partial<RetrievedDocument> = {}): RetrievedDocument => ({
  slug: 'ti-6al-4v',
  name: 'Ti-6Al-4V',
  synonyms: ['Grade 5'],
  tradeNames: [],
  summary: 'Alpha-beta titanium alloy',
  class: { id: 'c', label: 'Titanium alloy', path: ['Metal', 'Titanium alloy'] },
  applications: [],
  forms: [],
  standards: ['ASTM F136'],
  version: 2,
  publishedAt: '2026-12-01T00:00:00.000Z',
  properties: { youngsModulusGPa: { value: 114, min: 110, max: 120 } },
  market: { offerCount: 0, inStock: false, lowestPriceEurMinor: null, certifications: [], supplierCountries: [] },
  ...over,
});

describe('highlight', () => {
  it('escapes HTML and turns match marks into <mark>, in one pass', () => {
    expect(highlight(`${PRE}Ti${POST} & <b>"alloy's"</b>`)).toBe('<mark>Ti</mark> &amp; &lt;b&gt;&quot;alloy&#39;s&quot;&lt;/b&gt;');
    // An escaped mark is never a real one: the entity stays an entity.
    expect(highlight('&lt;mark&gt;')).toBe('&amp;lt;mark&amp;gt;');
  });

  it('returns plain text as it is, and nothing as an empty string', () => {
    expect(highlight('Alpha-beta titanium alloy')).toBe('Alpha-beta titanium alloy');
    expect(highlight(undefined)).toBe('');
  });
});

// Positions as Meilisearch 1.21 gave them for these texts (UTF-8 byte offsets), with the marks its
// own `_formatted` put around the same matches (checked side by side on a local Meilisearch).
describe('markMatches', () => {
  it('marks matches at UTF-8 byte offsets, as Meilisearch highlights them', () => {
    expect(markMatches('β-Tricalcium phosphate (β-TCP)', [{ start: 3, length: 10 }])).toBe('β-<mark>Tricalcium</mark> phosphate (β-TCP)');
    expect(markMatches('β-Tricalcium phosphate (β-TCP)', [{ start: 28, length: 3 }])).toBe('β-Tricalcium phosphate (β-<mark>TCP</mark>)');
    expect(markMatches('Titan 😀 alloy; titanium & <b>titanium</b> grade', [{ start: 18, length: 5 }, { start: 0, length: 5 }])).toBe(
      '<mark>Titan</mark> 😀 alloy; <mark>titan</mark>ium &amp; &lt;b&gt;titanium&lt;/b&gt; grade',
    );
    expect(markMatches('Résorbable céramique — x', [{ start: 0, length: 11 }, { start: 12, length: 10 }])).toBe('<mark>Résorbable</mark> <mark>céramique</mark> — x');
    expect(markMatches('Hydroxyapatite', [{ start: 0, length: 6 }])).toBe('<mark>Hydrox</mark>yapatite');
  });

  it('escapes inside and around marks, merges overlaps, ignores positions past the end, and escapes text without matches', () => {
    expect(markMatches('a<b & c', [{ start: 1, length: 3 }])).toBe('a<mark>&lt;b </mark>&amp; c');
    expect(markMatches('titanium', [{ start: 0, length: 5 }, { start: 2, length: 6 }, { start: 20, length: 3 }])).toBe('<mark>titan</mark><mark>ium</mark>');
    expect(markMatches('A & B', undefined)).toBe('A &amp; B');
    expect(markMatches(undefined, [])).toBe('');
  });
});

describe('toHit', () => {
  it('keeps the contract fields, and the name and summary marked where the query matched', () => {
    const hit = toHit({ ...doc(), _matchesPosition: { name: [{ start: 0, length: 2 }], synonyms: [{ start: 0, length: 5 }] } });
    expect(Object.keys(hit)).toEqual(['slug', 'name', 'synonyms', 'tradeNames', 'summary', 'class', 'applications', 'forms', 'standards', 'version', 'publishedAt', 'properties', 'market', '_formatted']);
    expect(hit._formatted).toEqual({ name: '<mark>Ti</mark>-6Al-4V', summary: 'Alpha-beta titanium alloy' });
    expect(hit.properties).toEqual(doc().properties);
  });

  it('gives the plain text escaped without matches, and no properties without any', () => {
    const hit = toHit(doc({ properties: undefined as never, name: 'A & B' }));
    expect(hit._formatted).toEqual({ name: 'A &amp; B', summary: 'Alpha-beta titanium alloy' });
    expect(hit.properties).toEqual({});
  });
});
