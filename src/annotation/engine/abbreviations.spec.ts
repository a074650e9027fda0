import { CONCEPTS, MESH } from './__fixtures__/vocabulary';
import { bestLongFormStart } from './abbreviations';
import { annotate } from './annotate';
import { buildDictionary } from './dictionary';

const dict = buildDictionary(CONCEPTS, MESH, 'abbr');
const run = (text: string, title?: string) => annotate(dict, { text, title });
const spans = (text: string, title?: string) => run(text, title).annotations.map((a) => `${a.text}|${a.conceptId.split('/')[1]}|${a.source}`);

describe('Schwartz-Hearst long forms', () => {
  it('finds the shortest long form whose words hold the short form in order', () => {
    const lf = 'were made of porous hydroxyapatite';
    expect(lf.slice(bestLongFormStart('HA', lf))).toBe('hydroxyapatite');
    const lf2 = 'coated with poly(lactic-co-glycolic acid)';
    expect(lf2.slice(bestLongFormStart('PLGA', lf2))).toBe('poly(lactic-co-glycolic acid)');
    const lf3 = 'granules of beta-tricalcium phosphate';
    expect(lf3.slice(bestLongFormStart('β-TCP', lf3))).toBe('beta-tricalcium phosphate');
    expect(bestLongFormStart('XYZ', 'nothing like it')).toBe(-1);
  });
});

describe('abbreviations defined in the text', () => {
  it('reads "long form (SF)" and annotates both, and every later short form, with the same concept', () => {
    const r = run('Scaffolds of hyaluronic acid (HA) were seeded. HA degraded; HA-based gels.');
    expect(r.abbreviations).toEqual([
      expect.objectContaining({ shortForm: 'HA', longForm: 'hyaluronic acid', conceptId: 'kw-materials-composition/hyaluronic-acid', type: 'Biomaterial', short: { start: 30, end: 32 }, long: { start: 13, end: 28 } }),
    ]);
    expect(spans('Scaffolds of hyaluronic acid (HA) were seeded. HA degraded; HA-based gels.').filter((s) => !s.startsWith('Scaffolds'))).toEqual([
      'hyaluronic acid|hyaluronic-acid|dictionary',
      'HA|hyaluronic-acid|abbreviation',
      'HA|hyaluronic-acid|abbreviation',
      'HA|hyaluronic-acid|abbreviation',
    ]);
  });

  it('reads the reverse form "SF (long form)"', () => {
    const r = run('HA (hydroxyapatite) granules; HA and PCL (polycaprolactone).');
    expect(r.abbreviations.map((a) => [a.shortForm, a.longForm, a.conceptId])).toEqual([
      ['HA', 'hydroxyapatite', 'kw-materials-composition/hydroxyapatite'],
      ['PCL', 'polycaprolactone', 'kw-materials-composition/polycaprolactone'],
    ]);
    // the parentheses are not in the spans
    expect(r.annotations.map((a) => a.text)).toEqual(['HA', 'hydroxyapatite', 'HA', 'PCL', 'polycaprolactone']);
  });

  it('resolves a clash per document: HA is hydroxyapatite in one abstract and hyaluronic acid in another', () => {
    const one = run('Hydroxyapatite (HA) coatings were sprayed. The HA layer was dense.');
    const two = run('Hyaluronic acid (HA) hydrogels were injected. The HA network swelled.');
    const meaning = (r: ReturnType<typeof run>) => r.annotations.filter((a) => a.text === 'HA').map((a) => a.conceptId);
    expect(meaning(one)).toEqual(['kw-materials-composition/hydroxyapatite', 'kw-materials-composition/hydroxyapatite']);
    expect(meaning(two)).toEqual(['kw-materials-composition/hyaluronic-acid', 'kw-materials-composition/hyaluronic-acid']);
    // without a definition the dictionary's one meaning of HA holds
    expect(meaning(run('The HA layer was dense.'))).toEqual(['kw-materials-composition/hydroxyapatite']);
  });

  it('applies a definition in the text to the title too', () => {
    const r = run('We grafted hyaluronic acid (HA) on titanium.', 'HA on Ti');
    expect(r.annotations.filter((a) => a.field === 'title').map((a) => [a.text, a.conceptId.split('/')[1]])).toEqual([
      ['HA', 'hyaluronic-acid'],
      ['Ti', 'titanium'],
    ]);
  });

  it('gives a long form missing from the vocabulary the meaning of its short form', () => {
    const r = run('Cages of polyaryl ether ether ketone (PEEK) were used; PEEK is stiff.');
    expect(r.annotations.map((a) => `${a.text}|${a.type}|${a.source}`)).toEqual([
      'Cages|ManufacturedObject|dictionary',
      'polyaryl ether ether ketone|Biomaterial|abbreviation',
      'PEEK|Biomaterial|dictionary',
      'PEEK|Biomaterial|dictionary',
    ]);
    expect(r.annotations[1].confidence).toBeLessThan(r.annotations[2].confidence);
  });

  it('ignores parentheses that define nothing', () => {
    expect(run('Groups (n = 6) were compared (p < 0.05) in 2019 (Fig. 2) and (Table 1).').abbreviations).toEqual([]);
  });
});

describe('plural short forms', () => {
  it('a short form defined in the plural also matches its singular', () => {
    const r = annotate(buildDictionary([{ _id: 'cell/msc', prefLabel: { en: 'Mesenchymal stem cell' } }], new Map(), 'msc'), {
      text: 'Mesenchymal stem cells (MSCs) were used. Each MSC and all MSCs adhered.',
    });
    expect(r.annotations.map((a) => a.text)).toEqual(['Mesenchymal stem cells', 'MSCs', 'MSC', 'MSCs']);
  });
});

describe('short forms defined as something the vocabulary does not know', () => {
  it('drop the dictionary meaning for that document', () => {
    const r = annotate(dict, { text: 'A physical examination (PE) was done. PE was normal; the cup was polyethylene.' });
    expect(r.annotations.map((a) => a.text)).toEqual(['polyethylene']);
    expect(annotate(dict, { text: 'The PE liner wore.' }).annotations.map((a) => a.text)).toEqual(['PE']);
  });
});
