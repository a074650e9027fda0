import { seedDir } from '../seed/seed-dir';
import { literatureRowToContent, readSeedPublications, referenceToContent } from './seed-publications';

describe('seed publications', () => {
  it('maps a literature row (licence, MeSH qualifiers given as names) and refuses a bad identifier', () => {
    const row = { key: 'pub-x', title: 'T', doi: 'https://doi.org/10.5555/ABC', authors: [{ family: 'A', given: 'B' }], journal: { title: 'J', issn: null }, year: 2020, license: 'CC BY', mesh: [{ descriptorId: 'D014025', name: 'Titanium', major: true, qualifiers: ['chemistry'] }], materials: ['ti-6al-4v'] };
    const c = literatureRowToContent(row);
    expect(c).toMatchObject({ doi: '10.5555/abc', licence: 'CC BY', materials: ['ti-6al-4v'], mesh: [{ descriptorId: 'D014025', qualifiers: [{ name: 'chemistry', major: false }] }] });
    expect(literatureRowToContent({ ...row, pmid: 'abc' })).toEqual(['"abc" is not a PMID']);
  });

  it('turns article references into publications and leaves web pages and datasheets out', () => {
    const ref = { type: 'article', title: 'T', authors: ['Akao, M', 'WHO Group'], year: 1981, container: 'J', doi: '10.5555/X' };
    expect(referenceToContent(ref, ['alumina'])).toMatchObject({ doi: '10.5555/x', authors: [{ family: 'Akao', given: 'M' }, { literal: 'WHO Group' }], journal: { title: 'J' }, materials: ['alumina'], publicationTypes: ['Journal Article'] });
    expect(referenceToContent({ ...ref, type: 'web' }, [])).toBeNull();
    expect(referenceToContent({ ...ref, doi: undefined }, [])).toBeNull();
  });

  it('reads 300+ records from seed/, every one readable, with unique keys', () => {
    const items = readSeedPublications(seedDir());
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.error)).toEqual([]);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});
