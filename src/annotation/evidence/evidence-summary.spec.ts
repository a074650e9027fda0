import { evidenceSearchUrl, evidenceSummary } from './evidence-summary';

const concepts: Record<string, { label: string; scheme: string }> = {
  'tissue/bone': { label: 'Bone tissue', scheme: 'tissue' },
  'cell/osteoblast': { label: 'Osteoblast', scheme: 'cell' },
  'species/rabbit': { label: 'Rabbit', scheme: 'species' },
  'kw-outcomes-toxicity/osseointegration': { label: 'Osseointegration', scheme: 'kw-outcomes-toxicity' },
  'adverse-effect/osteolysis': { label: 'Osteolysis', scheme: 'adverse-effect' },
  'kw-materials-composition/titanium': { label: 'Titanium', scheme: 'kw-materials-composition' },
  'kw-materials-composition/hydroxyapatite': { label: 'Hydroxyapatite', scheme: 'kw-materials-composition' },
  'property-type/density': { label: 'Density', scheme: 'property-type' },
};
const lookup = (id: string) => concepts[id];
const label = (conceptId: string) => ({ conceptId, scheme: concepts[conceptId]?.scheme });

describe('evidenceSummary', () => {
  const pubs = [
    { _id: 'p1', labels: [label('tissue/bone'), label('species/rabbit'), label('kw-outcomes-toxicity/osseointegration'), label('kw-materials-composition/titanium')] },
    { _id: 'p2', labels: [label('tissue/bone'), label('cell/osteoblast'), label('tissue/bone'), label('property-type/density')] },
    { _id: 'p3', labels: [label('adverse-effect/osteolysis'), label('kw-materials-composition/hydroxyapatite')] },
    { _id: 'p4', labels: [] },
  ];

  it('counts each publication once per concept, grouped by the entity type of the scheme, outcomes first', () => {
    const s = evidenceSummary('ti-6al-4v', pubs, lookup, new Set(['kw-materials-composition/titanium']));
    expect(s.reviewedPublications).toBe(4);
    expect(s.groups.map((g) => [g.type, g.label, g.items.map((i) => [i.conceptId, i.publications])])).toEqual([
      ['EffectOnBiologicalSystem', 'Outcomes', [['kw-outcomes-toxicity/osseointegration', 1]]],
      ['AdverseEffects', 'Adverse effects', [['adverse-effect/osteolysis', 1]]],
      ['Tissue', 'Tissues', [['tissue/bone', 2]]],
      ['Cell', 'Cells', [['cell/osteoblast', 1]]],
      ['Species', 'Species', [['species/rabbit', 1]]],
      // The material's own concept is left out; property types are no entity type.
      ['Biomaterial', 'Other materials', [['kw-materials-composition/hydroxyapatite', 1]]],
    ]);
    expect(s.groups[2].items[0]).toEqual({ conceptId: 'tissue/bone', label: 'Bone tissue', publications: 2, searchUrl: evidenceSearchUrl('ti-6al-4v', 'tissue/bone') });
  });

  it('sorts items by count, then label; takes the scheme from the vocabulary when the label lacks it', () => {
    const s = evidenceSummary('m', [{ _id: 'a', labels: [{ conceptId: 'cell/osteoblast' }, { conceptId: 'species/rabbit' }] }, { _id: 'b', labels: [{ conceptId: 'species/rabbit' }] }], lookup);
    expect(s.groups.map((g) => g.items.map((i) => i.publications))).toEqual([[1], [2]]);
  });

  it('is empty without reviewed publications', () => {
    expect(evidenceSummary('m', [], lookup)).toEqual({ reviewedPublications: 0, searchUrl: evidenceSearchUrl('m'), groups: [] });
  });
});

describe('evidenceSearchUrl', () => {
  it('is the web literature search with the material facet, the concept and reviewed=true', () => {
    const url = new URL(evidenceSearchUrl('ti-6al-4v', 'tissue/bone'), 'http://x');
    expect(url.pathname).toBe('/literature');
    expect(JSON.parse(url.searchParams.get('f')!)).toEqual({ materials: ['ti-6al-4v'] });
    expect(url.searchParams.get('concept')).toBe('tissue/bone');
    expect(url.searchParams.get('reviewed')).toBe('true');
    expect(new URL(evidenceSearchUrl('m'), 'http://x').searchParams.has('concept')).toBe(false);
  });
});
