import { highlight, POST, PRE, RetrievedDocument, toHit } from './hit-shaping';

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

describe('toHit', () => {
  it('keeps the contract fields and only the highlighted name and summary of _formatted', () => {
    const hit = toHit({ ...doc(), _formatted: { name: `${PRE}Ti${POST}-6Al-4V`, summary: 'x', properties: {}, slug: 'y' } as never });
    expect(Object.keys(hit)).toEqual(['slug', 'name', 'synonyms', 'tradeNames', 'summary', 'class', 'applications', 'forms', 'standards', 'version', 'publishedAt', 'properties', 'market', '_formatted']);
    expect(hit._formatted).toEqual({ name: '<mark>Ti</mark>-6Al-4V', summary: 'x' });
    expect(hit.properties).toEqual(doc().properties);
  });

  it('falls back to the plain text without _formatted, and to no properties without any', () => {
    const hit = toHit(doc({ properties: undefined as never, name: 'A & B' }));
    expect(hit._formatted).toEqual({ name: 'A &amp; B', summary: 'Alpha-beta titanium alloy' });
    expect(hit.properties).toEqual({});
  });
});
