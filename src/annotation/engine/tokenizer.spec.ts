import { labelKeys } from './dictionary';
import { tokenize } from './tokenizer';

const keys = (s: string) => tokenize(s).filter((t) => !t.soft).map((t) => t.key);

describe('tokeniser', () => {
  it('keeps offsets: every token is the slice of the source at its offsets', () => {
    const s = 'Ti–6Al–4V (grade 5) and β-TCP: 12.5 ± 1.3 GPa, 10⁻³, 1,500 MPa, µm.\n\tnext';
    const tokens = tokenize(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.raw);
    // strictly increasing, never overlapping
    for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
    expect(tokens.map((t) => t.raw).join('')).toBe(s.replace(/\s/g, ''));
  });

  it("splits French and Italian elisions off the word after them, and keeps Young's whole", () => {
    expect(tokenize("l'histologie dell'osso un'erosione").filter((t) => t.kind === 'word').map((t) => t.raw)).toEqual(['l', 'histologie', 'dell', 'osso', 'un', 'erosione']);
    expect(tokenize("Young's modulus").map((t) => t.raw)).toEqual(["Young's", 'modulus']);
  });

  it('spells Greek letters out, next to Latin letters or alone', () => {
    expect(keys('β-TCP')).toEqual(['beta', 'tcp']);
    expect(keys('beta-TCP')).toEqual(['beta', 'tcp']);
    expect(keys('βTCP')).toEqual(['beta', 'tcp']);
    expect(keys('α-TCP')).toEqual(['alpha', 'tcp']);
    expect(keys('poly(ε-caprolactone)')).toEqual(['poly', 'epsilon', 'caprolactone']);
    expect(keys('μCT')).toEqual(keys('micro-CT'));
    // A Greek word stays a word
    expect(tokenize('βιοϋλικό').map((t) => t.kind)).toEqual(['word']);
  });

  it('gives the same keys for alloy notations written with hyphens, en dashes, spaces or nothing', () => {
    const ref = keys('Ti-6Al-4V');
    expect(ref).toEqual(['ti', '6', 'al', '4', 'v']);
    for (const v of ['Ti6Al4V', 'Ti–6Al–4V', 'Ti 6Al 4V', 'Ti‑6Al‑4V']) expect(keys(v)).toEqual(ref);
    // the parts of Ti6Al4V are glued, those of Ti-6Al-4V are not
    expect(tokenize('Ti6Al4V').map((t) => t.glued)).toEqual([false, true, true, true, true]);
    expect(tokenize('Ti-6Al-4V').filter((t) => !t.soft).map((t) => t.glued)).toEqual([false, false, true, false, true]);
  });

  it('reads polymer notations: copolymer ratios and parentheses inside names', () => {
    expect(keys('PLGA 50:50')).toEqual(['plga', '50', '50']);
    expect(keys('PLGA 85/15')).toEqual(['plga', '85', '15']);
    const t = tokenize('poly(L-lactide) scaffolds (n = 6)');
    const soft = t.filter((x) => x.soft).map((x) => x.raw);
    expect(soft).toEqual(['(', '-', ')']); // the inner parentheses only; "(n = 6)" stays hard
    expect(keys('poly(L-lactide)')).toEqual(keys('poly-L-lactide'));
  });

  it('treats hyphens and slashes as separators, and keeps symbols, degree and micro signs', () => {
    expect(keys('live/dead assay')).toEqual(['live', 'dead', 'assay']);
    expect(keys('HA/TCP')).toEqual(['ha', 'tcp']);
    const t = tokenize('37 °C, 300 µm, 5 wt%');
    expect(t.map((x) => x.raw)).toEqual(['37', '°', 'C', ',', '300', 'µ', 'm', ',', '5', 'wt', '%']);
    expect(t[5]).toMatchObject({ kind: 'greek', key: 'micro' });
  });

  it('folds case, diacritics, apostrophes and plurals', () => {
    expect(keys("Young's modulus")).toEqual(keys('youngs modulus'));
    expect(keys('Ostéoblastes')).toEqual(['osteoblaste']);
    expect(keys('osteoblasts')).toEqual(['osteoblast']);
    expect(keys('matrices')).toEqual(['matrix']);
    expect(keys('MSCs')).toEqual(['msc']);
    expect(keys('PDMS')).toEqual(['pdms']); // acronyms are never singularised
    expect(keys('species')).toEqual(['species']);
    expect(keys('axis')).toEqual(['axis']);
  });

  it('reads numbers: decimals, thousands, decimal commas, exponents and superscripts', () => {
    const nums = (s: string) => tokenize(s).filter((t) => t.kind === 'num' || t.kind === 'sup').map((t) => t.num);
    expect(nums('12.5 and 1,500 and 12,5 and 1.2e3 and 1.2E-3')).toEqual([12.5, 1500, 12.5, 1200, 0.0012]);
    expect(nums('10⁻³')).toEqual([10, -3]);
    expect(tokenize('5eV')[1].raw).toBe('eV'); // not an exponent
  });

  it('marks short capitalised labels as case-sensitive and acronyms as such', () => {
    expect(labelKeys('HA')).toMatchObject({ caseSensitive: true, acronym: true });
    expect(labelKeys('Ti')).toMatchObject({ caseSensitive: true });
    expect(labelKeys('PEEK')).toMatchObject({ caseSensitive: true, acronym: true });
    expect(labelKeys('hydroxyapatite')).toMatchObject({ caseSensitive: false, acronym: false });
    expect(labelKeys('rhBMP-2')).toMatchObject({ acronym: true, caseSensitive: true }); // mixed-case acronyms are written exactly
    expect(labelKeys('β-TCP')).toMatchObject({ caseSensitive: true, surface: 'betaTCP' });
  });
});
