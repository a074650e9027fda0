import { driftOf, DriftTally } from './search-drift';

const rec = (slug: string, listed: boolean, revision: number) => ({ slug, listed, search: { revision } });

describe('driftOf', () => {
  it('is in step when a listed record is indexed at its revision, or an unlisted one is absent', () => {
    expect(driftOf(rec('a', true, 3), 3)).toBeNull();
    expect(driftOf(rec('a', false, 3), undefined)).toBeNull();
  });

  it('tells missing, stale and extra documents apart', () => {
    expect(driftOf(rec('a', true, 3), undefined)).toBe('missing');
    expect(driftOf(rec('a', true, 3), 2)).toBe('stale');
    // An index ahead of MongoDB is drift too (a restored backup, a hand-made document).
    expect(driftOf(rec('a', true, 3), 4)).toBe('stale');
    expect(driftOf(rec('a', false, 3), 3)).toBe('extra');
  });
});

describe('DriftTally', () => {
  it('compares batches of records with the index and counts documents no record claims as extra', () => {
    const tally = new DriftTally(
      new Map([
        ['ok', 1],
        ['old', 1],
        ['retired', 2],
        ['orphan', 5],
      ]),
    );
    tally.add([rec('ok', true, 1), rec('old', true, 2)]);
    tally.add([rec('retired', false, 3), rec('new', true, 1), rec('draft-only', false, 0)]);
    expect(tally.finish().sort()).toEqual(['new', 'old', 'orphan', 'retired']);
    expect(tally.found).toEqual({ missing: ['new'], stale: ['old'], extra: ['retired', 'orphan'] });
    expect(tally.listed).toBe(3);
    // Finishing twice does not count the orphans twice.
    expect(tally.finish()).toHaveLength(4);
  });
});
