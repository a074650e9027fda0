import { settingsMatch } from './search-settings';

describe('settingsMatch', () => {
  it('takes stop words as a set in any Unicode form, as Meilisearch answers them', () => {
    const desired = { stopWords: ['für', 'de', 'of'] };
    expect(settingsMatch(desired, { stopWords: ['de', 'fu\u0308r', 'of'] })).toBe(true);
    expect(settingsMatch(desired, { stopWords: ['de', 'of'] })).toBe(false);
  });

  it('compares ranking rules in order', () => {
    expect(settingsMatch({ rankingRules: ['words', 'exactness'] }, { rankingRules: ['exactness', 'words'] })).toBe(false);
  });
});
