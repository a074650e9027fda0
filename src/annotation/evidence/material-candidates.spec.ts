import { rankMaterialCandidates } from './material-candidates';

const ti64 = { slug: 'ti-6al-4v', name: 'Ti-6Al-4V', synonyms: ['Grade 5 titanium'], tradeNames: [] };
const ti64eli = { slug: 'ti-6al-4v-eli', name: 'Ti-6Al-4V ELI', synonyms: ['Grade 23 titanium'], tradeNames: ['Tilite 23'] };
const cpTi = { slug: 'cp-titanium-grade-2', name: 'Commercially pure titanium Grade 2', synonyms: ['CP Ti Grade 2'], tradeNames: ['ATI 40'] };
const all = [cpTi, ti64eli, ti64];

describe('rankMaterialCandidates', () => {
  it('puts an exact name match first, whatever the hyphens, case and plural', () => {
    expect(rankMaterialCandidates('Ti6Al4V', all)[0]).toEqual({ slug: 'ti-6al-4v', name: 'Ti-6Al-4V', match: 'name' });
    expect(rankMaterialCandidates('ti-6al-4v alloys', [ti64eli, { ...ti64, name: 'Ti-6Al-4V alloy' }])[0].slug).toBe('ti-6al-4v');
  });

  it('ranks name before synonym before trade name, then partial matches, then keyword-only materials', () => {
    expect(rankMaterialCandidates('Grade 23 titanium', all).map((c) => [c.slug, c.match])).toEqual([
      ['ti-6al-4v-eli', 'synonym'],
      ['cp-titanium-grade-2', 'keyword'],
      ['ti-6al-4v', 'keyword'],
    ]);
    expect(rankMaterialCandidates('ATI 40', all)[0]).toEqual({ slug: 'cp-titanium-grade-2', name: cpTi.name, match: 'trade-name' });
    // "Ti-6Al-4V" is the whole name of one and a part of the other's.
    expect(rankMaterialCandidates('Ti-6Al-4V', all).map((c) => [c.slug, c.match])).toEqual([
      ['ti-6al-4v', 'name'],
      ['ti-6al-4v-eli', 'name'],
      ['cp-titanium-grade-2', 'keyword'],
    ]);
  });

  it('takes the slug as the record code', () => {
    expect(rankMaterialCandidates('cp titanium grade 2', all)[0]).toMatchObject({ slug: 'cp-titanium-grade-2', match: 'name' });
  });

  it('without a text, lists the keyword materials by name', () => {
    expect(rankMaterialCandidates(undefined, all).map((c) => c.slug)).toEqual(['cp-titanium-grade-2', 'ti-6al-4v', 'ti-6al-4v-eli']);
    expect(rankMaterialCandidates('   ', all).every((c) => c.match === 'keyword')).toBe(true);
  });

  it('does not match unrelated words or fragments of a word', () => {
    expect(rankMaterialCandidates('zirconia', all).every((c) => c.match === 'keyword')).toBe(true);
    expect(rankMaterialCandidates('titan', all).every((c) => c.match === 'keyword')).toBe(true);
    expect(rankMaterialCandidates('6Al', all).every((c) => c.match === 'keyword')).toBe(true);
  });
});
