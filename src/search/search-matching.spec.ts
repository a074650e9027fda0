import { meiliQuery, STOP_WORDS } from './search-matching';

describe('meiliQuery', () => {
  it('sends a CAS number as a phrase, so its pieces never match alone', () => {
    expect(meiliQuery('9003-07-0')).toBe('"9003-07-0"');
    expect(meiliQuery('alumina 1344-28-1')).toBe('alumina "1344-28-1"');
  });

  it('drops the "CAS" label before a number', () => {
    expect(meiliQuery('CAS 7439-95-4')).toBe('"7439-95-4"');
    expect(meiliQuery('CAS No. 7439-95-4')).toBe('"7439-95-4"');
    expect(meiliQuery('cas#7439-95-4')).toBe('"7439-95-4"');
  });

  it('leaves alloy names, standards and a query with its own quotes alone', () => {
    expect(meiliQuery('Ti-6Al-4V')).toBe('Ti-6Al-4V');
    expect(meiliQuery('ISO 5832-3')).toBe('ISO 5832-3');
    expect(meiliQuery('ASTM F2063-18')).toBe('ASTM F2063-18');
    expect(meiliQuery('"porous titanium" 7440-32-6')).toBe('"porous titanium" 7440-32-6');
    expect(meiliQuery('CASE 12-34-5-6')).toBe('CASE 12-34-5-6');
  });
});

describe('STOP_WORDS', () => {
  it('holds function words of the label languages but no single letter and no word that names a material', () => {
    expect(STOP_WORDS).toEqual(expect.arrayContaining(['of', 'di', 'de', 'für', 'pour']));
    expect(STOP_WORDS.filter((w) => w.length < 2)).toEqual([]);
    expect(STOP_WORDS).not.toEqual(expect.arrayContaining(['titanium']));
    expect(new Set(STOP_WORDS).size).toBe(STOP_WORDS.length);
  });
});
