import { CONCEPTS, MESH } from './__fixtures__/vocabulary';
import { annotate } from './annotate';
import { buildDictionary, clearDictionaryCache, compileDictionary, conceptsAffectedBy, mentionsAnyLabel } from './dictionary';
import { EngineConcept } from './types';

const dict = buildDictionary(CONCEPTS, MESH, 'r1');
const spans = (text: string, title?: string) =>
  annotate(dict, { text, title }).annotations.map((a) => `${a.field === 'title' ? 'T:' : ''}${a.text}|${a.type}|${a.conceptId.split('/')[1]}`);

describe('dictionary matching', () => {
  it('matches every label kind in every language, with plurals, case and diacritics folded', () => {
    expect(spans('Idrossiapatite, Hydroxylapatit and hydroxyapatites; HAp. Ostéoblastes and OSTEOBLASTS.')).toEqual([
      'Idrossiapatite|Biomaterial|hydroxyapatite',
      'Hydroxylapatit|Biomaterial|hydroxyapatite',
      'hydroxyapatites|Biomaterial|hydroxyapatite',
      'HAp|Biomaterial|hydroxyapatite',
      'Ostéoblastes|Cell|osteoblast',
      'OSTEOBLASTS|Cell|osteoblast',
    ]);
  });

  it('adds the MeSH names of exactMatch descriptors (source mesh), and hidden labels with a lower confidence', () => {
    const r = annotate(dict, { text: 'Durapatite granules and hydroxiapatite.' }).annotations;
    expect(r.map((a) => [a.text, a.source, a.meshId])).toEqual([
      ['Durapatite', 'mesh', 'D017886'],
      ['hydroxiapatite', 'dictionary', 'D017886'],
    ]);
    expect(r[1].confidence).toBeLessThan(annotate(dict, { text: 'hydroxyapatite' }).annotations[0].confidence);
  });

  it('annotates the title and the text with offsets into each', () => {
    const r = annotate(dict, { title: 'PEEK cages', text: 'A PEEK cage.' }).annotations;
    expect(r.map((a) => [a.field, a.start, a.end, a.text, a.type])).toEqual([
      ['title', 0, 4, 'PEEK', 'Biomaterial'],
      ['title', 5, 10, 'cages', 'ManufacturedObject'],
      ['text', 2, 6, 'PEEK', 'Biomaterial'],
      ['text', 7, 11, 'cage', 'ManufacturedObject'],
    ]);
  });

  it('takes the longest match: no span inside another, "bone" not inside "bone tissue engineering"', () => {
    expect(spans('Cortical bone and bone tissue engineering; bone.')).toEqual([
      'Cortical bone|Tissue|cortical-bone',
      'bone tissue engineering|MedicalApplication|bone-tissue-engineering',
      'bone|Tissue|bone',
    ]);
    expect(spans('a titanium alloy, Ti-6Al-4V and Ti6Al4V')).toEqual([
      'titanium alloy|BiomaterialType|titanium-alloy',
      'Ti-6Al-4V|Biomaterial|titanium-alloys',
      'Ti6Al4V|Biomaterial|titanium-alloys',
    ]);
  });

  it('decides equal spans by the fixed type priority (a device before its application)', () => {
    expect(spans('dental implants')).toEqual(['dental implants|ManufacturedObject|dental-implant']);
  });

  it('matches Greek letters and their spelled forms, and polymer notations', () => {
    expect(spans('β-TCP, beta-TCP, βTCP, β-tricalcium phosphate, poly(ε-caprolactone), poly(epsilon-caprolactone), poly(L-lactide)')).toEqual([
      'β-TCP|Biomaterial|tricalcium-phosphate',
      'beta-TCP|Biomaterial|tricalcium-phosphate',
      'βTCP|Biomaterial|tricalcium-phosphate',
      'β-tricalcium phosphate|Biomaterial|tricalcium-phosphate',
      'poly(ε-caprolactone)|Biomaterial|polycaprolactone',
      'poly(epsilon-caprolactone)|Biomaterial|polycaprolactone',
      'poly(L-lactide)|Biomaterial|polylactic-acid',
    ]);
    expect(spans('PLGA 50:50 and PLGA 85/15 films')).toEqual(['PLGA 50:50|Biomaterial|plga', 'PLGA 85/15|Biomaterial|plga']);
  });

  it('matches short all-caps labels case-sensitively only, and never inside a glued word', () => {
    expect(spans('HA, ha, Ha, HAs; Ti and ti; TI.')).toEqual(['HA|Biomaterial|hydroxyapatite', 'HAs|Biomaterial|hydroxyapatite', 'Ti|Biomaterial|titanium']);
    expect(spans('peek a boo; PEEK.')).toEqual(['PEEK|Biomaterial|peek']);
    expect(spans('Ti6 and HAcoat')).toEqual([]);
    expect(spans('HA-coated Ti')).toEqual(['HA|Biomaterial|hydroxyapatite', 'Ti|Biomaterial|titanium']);
  });

  it('skips generic words and schemes that are no mention type', () => {
    expect(spans('The cell and the rat.')).toEqual([]);
  });

  it('leaves an ambiguous short form alone unless the text defines it', () => {
    expect(spans('PEO coatings')).toEqual([]);
    expect(spans('plasma electrolytic oxidation (PEO) gave PEO coatings')).toEqual([
      'plasma electrolytic oxidation|MaterialProcessing|micro-arc-oxidation',
      'PEO|MaterialProcessing|micro-arc-oxidation',
      'PEO|MaterialProcessing|micro-arc-oxidation',
    ]);
  });
});

describe('compiled dictionaries and revisions', () => {
  beforeEach(() => clearDictionaryCache());

  it('is compiled once per revision', () => {
    const a = compileDictionary(CONCEPTS, MESH, 'rev-7');
    expect(compileDictionary([], MESH, 'rev-7')).toBe(a);
    expect(compileDictionary(CONCEPTS, MESH, 'rev-8')).not.toBe(a);
  });

  it('tells which concepts and labels changed between two revisions, and which publications to re-annotate', () => {
    const renamed: EngineConcept[] = CONCEPTS.map((c) =>
      c._id === 'kw-materials-composition/hyaluronic-acid' ? { ...c, altLabels: { en: ['hyaluronan', 'HA'] } } : c,
    );
    const removed = renamed.filter((c) => c._id !== 'species/mouse');
    const added = [...removed, { _id: 'tissue/tendon', prefLabel: { en: 'Tendon' } }];
    const before = buildDictionary(CONCEPTS, MESH, 'a');
    const after = buildDictionary(added, MESH, 'b');
    const diff = conceptsAffectedBy(before, after);
    expect(diff.added).toEqual(['tissue/tendon']);
    expect(diff.removed).toEqual(['species/mouse']);
    expect(diff.changed).toEqual(['kw-materials-composition/hyaluronic-acid']);
    expect(diff.labels).toEqual(['ha', 'mouse', 'tendon']);
    // hydroxyapatite shares the changed label HA: its annotations may change too
    expect(diff.affected).toContain('kw-materials-composition/hydroxyapatite');
    expect(mentionsAnyLabel(diff.labels, { text: 'HA coatings on titanium' })).toBe(true);
    expect(mentionsAnyLabel(diff.labels, { title: 'Tendons', text: '' })).toBe(true);
    expect(mentionsAnyLabel(diff.labels, { text: 'PEEK cages in sheep' })).toBe(false);
    expect(conceptsAffectedBy(before, buildDictionary(CONCEPTS, MESH, 'c'))).toMatchObject({ added: [], removed: [], changed: [], labels: [] });
  });

  it('a changed MeSH name changes the concept digest', () => {
    const other = buildDictionary(CONCEPTS, new Map([...MESH, ['D017886', 'Hydroxylapatite']]), 'm');
    expect(conceptsAffectedBy(dict, other).changed).toEqual(['kw-materials-composition/hydroxyapatite']);
  });
});
