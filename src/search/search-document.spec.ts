import type { Concept } from '../vocabulary/concept.schema';
import type { ConceptIndex } from '../vocabulary/vocabulary.service';
import { conceptsOf, exactCodes, hierarchyLevels, labelledConcepts, summarizeProperties, toSearchDocument } from './search-document';
import { withDescendants } from './search-sync.worker';
import type { MaterialContent, PropertyValue } from '../catalogue/material.types';

const concept = (id: string, en: string, extra: Partial<Concept> = {}): Concept =>
  ({ _id: id, scheme: id.split('/')[0], prefLabel: { en }, altLabels: {}, hiddenLabels: {}, definition: {}, broader: [], exactMatch: [], closeMatch: [], lookup: [], revision: 1, ...extra }) as Concept;

const index: ConceptIndex = new Map(
  [
    concept('material-class/metal', 'Metal'),
    concept('material-class/titanium-alloy', 'Titanium alloy', { broader: ['material-class/metal'], altLabels: { en: ['Ti alloy'] }, prefLabel: { en: 'Titanium alloy', it: 'Lega di titanio' } }),
    concept('material-class/ti64', 'Ti-6Al-4V family', { broader: ['material-class/titanium-alloy'] }),
    concept('property-type/youngs-modulus', "Young's modulus", { quantity: { canonicalUnit: 'GPa', searchField: 'youngsModulusGPa' } }),
    concept('property-type/colour', 'Colour'),
    concept('form/rod', 'Rod'),
    concept('kw-bioactive-compounds/antimicrobial-agents', 'Antimicrobial agents'),
    concept('kw-bioactive-compounds/antibiotics', 'Antibiotics', { broader: ['kw-bioactive-compounds/antimicrobial-agents'] }),
    concept('iso10993-endpoint/cytotoxicity', 'Cytotoxicity'),
    concept('iso10993-endpoint/sensitisation', 'Sensitisation'),
  ].map((c) => [c._id, c]),
);

const E = (n: { value?: number; min?: number; max?: number }): PropertyValue => ({ type: 'property-type/youngs-modulus', unit: 'GPa', reference: 'r', ...n, normalized: { ...n, unit: 'GPa' } });

describe('summarizeProperties', () => {
  it('uses the midpoint of a range, the envelope of every value, and the median of several values', () => {
    expect(summarizeProperties([E({ min: 100, max: 120 })], index)).toEqual({ youngsModulusGPa: { value: 110, min: 100, max: 120 } });
    expect(summarizeProperties([E({ value: 105 }), E({ min: 100, max: 125 }), E({ value: 130 })], index)).toEqual({
      youngsModulusGPa: { value: 112.5, min: 100, max: 130 },
    });
    expect(summarizeProperties([E({ value: 1 }), E({ value: 2 })], index).youngsModulusGPa.value).toBe(1.5);
  });

  it('skips properties without a search field or a normalised value, and rounds float noise', () => {
    const noField: PropertyValue = { type: 'property-type/colour', unit: '1', value: 3, reference: 'r', normalized: { value: 3, unit: '1' } };
    const notNormalised: PropertyValue = { type: 'property-type/youngs-modulus', unit: 'GPa', value: 3, reference: 'r' };
    expect(summarizeProperties([noField, notNormalised], index)).toEqual({});
    expect(summarizeProperties([E({ value: 0.1 + 0.2 })], index).youngsModulusGPa.value).toBe(0.3);
  });
});

describe('hierarchyLevels', () => {
  it('gives each level its path prefix, and every label for facet-value search', () => {
    expect(hierarchyLevels([['Metal', 'Titanium alloy'], ['Metal', 'Steel'], ['Ceramic']])).toEqual({
      labels: ['Metal', 'Titanium alloy', 'Steel', 'Ceramic'],
      lvl0: ['Metal', 'Ceramic'],
      lvl1: ['Metal > Titanium alloy', 'Metal > Steel'],
    });
  });
});

describe('toSearchDocument', () => {
  const content = {
    name: 'Ti-6Al-4V',
    synonyms: ['Grade 5'],
    tradeNames: [],
    summary: 's',
    class: 'material-class/titanium-alloy',
    applications: [],
    standards: ['ASTM F136'],
    forms: ['form/rod'],
    composition: [{ component: 'Al', fraction: { value: 6 }, basis: 'wt%' }],
    properties: [E({ value: 110 })],
    biocompatibility: [
      { endpoint: 'iso10993-endpoint/cytotoxicity', result: 'pass', model: 'in_vitro', reference: 'r' },
      { endpoint: 'iso10993-endpoint/sensitisation', result: 'fail', model: 'in_vivo', reference: 'r' },
    ],
    regulatory: [],
    keywords: {},
    references: [],
  } as MaterialContent;

  it('carries the list item, the search revision, facet values and numbers', () => {
    const doc = toSearchDocument({ slug: 'ti64', publishedVersion: 3, publishedAt: new Date(1000), search: { revision: 7 } }, content, index);
    expect(doc).toMatchObject({
      slug: 'ti64',
      version: 3,
      revision: 7,
      sortName: 'ti-6al-4v',
      publishedAtTs: 1000,
      class: { id: 'material-class/titanium-alloy', label: 'Titanium alloy', path: ['Metal', 'Titanium alloy'] },
      facets: { class: { lvl0: ['Metal'], lvl1: ['Metal > Titanium alloy'] }, forms: ['Rod'], composition: ['Al'], biocompatibility: ['Cytotoxicity'] },
      properties: { youngsModulusGPa: { value: 110, min: 110, max: 110 } },
      market: { offerCount: 0, inStock: false },
    });
  });

  it('carries the class with its broader concepts, forms, and any concept named like the material; not property types or endpoints', () => {
    const named = { ...content, name: 'Ti alloy' } as MaterialContent;
    expect(labelledConcepts(content, index)).toEqual(new Set(['material-class/titanium-alloy', 'material-class/metal', 'form/rod']));
    expect(labelledConcepts(named, index).has('material-class/titanium-alloy')).toBe(true);
    const doc = toSearchDocument({ slug: 'x', publishedVersion: 1, publishedAt: null, search: { revision: 1 } }, content, index);
    expect(doc.conceptLabels).toEqual(['Lega di titanio', 'Metal', 'Rod', 'Ti alloy', 'Titanium alloy']);
  });

  it('carries the broader concepts of keywords: an antibiotic is found as an antimicrobial', () => {
    const withKeyword = { ...content, keywords: { 'kw-bioactive-compounds': ['kw-bioactive-compounds/antibiotics'] } } as MaterialContent;
    expect(labelledConcepts(withKeyword, index).has('kw-bioactive-compounds/antimicrobial-agents')).toBe(true);
  });

  it('lists the codes of a record: its own code first, code-like synonyms and class labels, trade names, CAS number; no plain words', () => {
    const peek = { ...content, name: 'Polyether ether ketone (PEEK)', synonyms: ['poly(ether-ether-ketone)', 'PEEK'], tradeNames: ['VESTAKEEP'], casNumber: '1344-28-1', class: 'material-class/ti64' } as MaterialContent;
    expect(exactCodes(peek, index)).toEqual(['PEEK', 'VESTAKEEP', '1344-28-1']);
    // "Ti alloy" has a space, "Titanium alloy" is words: neither is a code; "Grade 5" is no code either.
    expect(exactCodes(content, index)).toEqual(['Ti-6Al-4V']);
  });

  it('lists the concepts a content shows, and finds descendants of renamed ones', () => {
    expect(conceptsOf(content)).toEqual(
      new Set(['material-class/titanium-alloy', 'form/rod', 'property-type/youngs-modulus', 'iso10993-endpoint/cytotoxicity', 'iso10993-endpoint/sensitisation']),
    );
    expect(withDescendants(['material-class/metal'], index)).toEqual(new Set(['material-class/metal', 'material-class/titanium-alloy', 'material-class/ti64']));
  });
});
