import { hostPolicy } from '../../catalogue/references/reference-rules';
import type { MaterialContent } from '../../catalogue/material.types';
import type { PublicationRecord } from '../../literature/publication.types';
import { evidenceValueProblems, referenceFromPublication, withEvidence } from './evidence-proposal';

const modulus = { scheme: 'property-type', prefLabel: { en: "Young's modulus" }, quantity: { canonicalUnit: 'GPa' } };
const hosts = hostPolicy([]);

const publication = {
  _id: 'pub-rossi-2021',
  doi: '10.5555/fixture.0001',
  pmid: '99999901',
  pmcid: null,
  title: 'Bone ingrowth into porous titanium',
  authors: [{ family: 'Rossi', given: 'Anna', affiliations: [] }, { literal: 'Invented Study Group', affiliations: [] }],
  journal: { title: 'Journal of Invented Biomaterials' },
  year: 2021,
  volume: '3',
  issue: null,
  pages: '1-9',
  materials: [],
} as unknown as PublicationRecord;

const content = (extra: Partial<MaterialContent> = {}): MaterialContent => ({
  name: 'Ti-6Al-4V',
  synonyms: [],
  tradeNames: [],
  summary: 's',
  class: 'material-class/titanium-alloy',
  applications: [],
  standards: [],
  forms: [],
  composition: [],
  properties: [],
  biocompatibility: [],
  regulatory: [],
  keywords: {},
  references: [],
  ...extra,
});

describe('evidenceValueProblems', () => {
  it('accepts a value or a range in a unit of the type', () => {
    expect(evidenceValueProblems({ propertyType: 'property-type/youngs-modulus', value: 110, unit: 'GPa' }, modulus)).toEqual([]);
    expect(evidenceValueProblems({ propertyType: 'property-type/youngs-modulus', min: 100, max: 120000, unit: 'MPa' }, modulus)).toEqual([]);
  });

  it('refuses a unit of another dimension, an unknown unit, a type that is no property type, and bad ranges', () => {
    expect(evidenceValueProblems({ propertyType: 'p', value: 1, unit: 'g/cm^3' }, modulus)).toEqual([{ path: 'unit', message: expect.stringMatching(/does not measure the same quantity as GPa.*measured in GPa/) }]);
    expect(evidenceValueProblems({ propertyType: 'p', value: 1, unit: 'furlongs' }, modulus)[0]).toMatchObject({ path: 'unit', message: expect.stringMatching(/not a unit we understand/) });
    expect(evidenceValueProblems({ propertyType: 'tissue/bone', value: 1, unit: 'GPa' }, { scheme: 'tissue', prefLabel: { en: 'Bone' } })).toEqual([{ path: 'propertyType', message: expect.stringMatching(/not a property type/) }]);
    expect(evidenceValueProblems({ propertyType: 'property-type/nope', value: 1, unit: 'GPa' }, undefined)).toEqual([{ path: 'propertyType', message: expect.stringMatching(/no concept/) }]);
    expect(evidenceValueProblems({ propertyType: 'p', value: 1, min: 1, max: 2, unit: 'GPa' }, modulus)[0].path).toBe('value');
    expect(evidenceValueProblems({ propertyType: 'p', min: 1, unit: 'GPa' }, modulus)[0].path).toBe('value');
    expect(evidenceValueProblems({ propertyType: 'p', min: 3, max: 2, unit: 'GPa' }, modulus)[0].path).toBe('min');
  });
});

describe('withEvidence', () => {
  const value = { propertyType: 'property-type/youngs-modulus', value: 110, unit: 'GPa', conditions: ' annealed ' };

  it('adds the value with a new article reference built from the publication', () => {
    const r = withEvidence(content(), value, publication, hosts);
    if (!r.ok) throw new Error('refused');
    expect(r.reused).toBe(false);
    expect(r.content.references).toEqual([
      {
        key: 'ref-pub-rossi-2021',
        type: 'article',
        title: publication.title,
        authors: ['Rossi, Anna', 'Invented Study Group'],
        year: 2021,
        container: 'Journal of Invented Biomaterials',
        volume: '3',
        issue: null,
        pages: '1-9',
        doi: '10.5555/fixture.0001',
        pmid: '99999901',
        pmcid: null,
        publicationId: 'pub-rossi-2021',
      },
    ]);
    expect(r.content.properties).toEqual([{ type: 'property-type/youngs-modulus', value: 110, unit: 'GPa', conditions: 'annealed', method: null, reference: 'ref-pub-rossi-2021' }]);
  });

  it('reuses the reference that already cites the publication (by id, DOI or PMID) and keeps the other values', () => {
    const old = { type: 'property-type/density', value: 4.43, unit: 'g/cm^3', reference: 'rossi2021' };
    const byDoi = content({ properties: [old], references: [{ key: 'rossi2021', type: 'article', doi: '10.5555/FIXTURE.0001', title: 't' }] });
    const r = withEvidence(byDoi, { ...value, value: undefined, min: 100, max: 120 }, publication, hosts);
    if (!r.ok) throw new Error('refused');
    expect(r.reused).toBe(true);
    expect(r.content.references).toEqual([{ key: 'rossi2021', type: 'article', doi: '10.5555/FIXTURE.0001', title: 't', publicationId: 'pub-rossi-2021' }]);
    expect(r.content.properties).toEqual([old, expect.objectContaining({ min: 100, max: 120, reference: 'rossi2021' })]);
    const byId = withEvidence(content({ references: [{ key: 'k', publicationId: 'pub-rossi-2021' }] }), value, publication, hosts);
    expect(byId.ok && byId.referenceKey).toBe('k');
  });

  it('gives a taken key a suffix', () => {
    const r = withEvidence(content({ references: [{ key: 'ref-pub-rossi-2021', type: 'web', title: 'other' }] }), value, publication, hosts);
    expect(r.ok && r.referenceKey).toBe('ref-pub-rossi-2021-2');
  });

  it('refuses a publication that cannot be cited (no identifier, no authors)', () => {
    const bare = { ...publication, doi: null, pmid: null, authors: [] } as unknown as PublicationRecord;
    const r = withEvidence(content(), value, bare, hosts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['publicationId', 'publicationId']);
  });
});

describe('referenceFromPublication', () => {
  it('leaves out nothing it knows and nulls what it does not', () => {
    expect(referenceFromPublication({ ...publication, journal: null, year: null } as unknown as PublicationRecord, 'k')).toMatchObject({ container: null, year: null, type: 'article', publicationId: 'pub-rossi-2021' });
  });
});
