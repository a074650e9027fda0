import { decideMatch, identifierClash, mergeContent } from './merge';
import { PublicationContent, ProvenanceEntry } from './publication.types';

const base = (over: Partial<PublicationContent> = {}): PublicationContent => ({
  doi: null,
  pmid: null,
  pmcid: null,
  title: 'A work',
  abstract: null,
  authors: [],
  journal: null,
  year: null,
  volume: null,
  issue: null,
  pages: null,
  language: null,
  publicationTypes: [],
  keywords: [],
  mesh: [],
  licence: null,
  materials: [],
  summary: null,
  ...over,
});

describe('decideMatch', () => {
  it('creates when nothing matches', () => expect(decideMatch({ byDoi: null, byPmid: null, byPmcid: null })).toEqual({ kind: 'create' }));
  it('merges by DOI, else PMID, else PMCID', () => {
    expect(decideMatch({ byDoi: 'pub-a', byPmid: null, byPmcid: null })).toEqual({ kind: 'merge', id: 'pub-a' });
    expect(decideMatch({ byDoi: null, byPmid: 'pub-b', byPmcid: null })).toEqual({ kind: 'merge', id: 'pub-b' });
    expect(decideMatch({ byDoi: null, byPmid: null, byPmcid: 'pub-c' })).toEqual({ kind: 'merge', id: 'pub-c' });
    expect(decideMatch({ byDoi: 'pub-a', byPmid: 'pub-a', byPmcid: 'pub-a' })).toEqual({ kind: 'merge', id: 'pub-a' });
  });
  it('reports a DOI and a PMID pointing at different records as a conflict', () => {
    const d = decideMatch({ byDoi: 'pub-a', byPmid: 'pub-b', byPmcid: null });
    expect(d).toMatchObject({ kind: 'conflict', ids: ['pub-a', 'pub-b'] });
    expect(d.kind === 'conflict' && d.message).toMatch(/DOI matches pub-a, its PMID matches pub-b/);
  });
});

describe('identifierClash', () => {
  it('names two different values of one identifier', () => {
    expect(identifierClash(base({ doi: '10.5555/a', pmid: '1' }), base({ doi: '10.5555/a', pmid: '2' }))).toMatch(/PMID 1, the record has 2/);
    expect(identifierClash(base({ doi: '10.5555/a' }), base({ doi: '10.5555/a', pmid: '2' }))).toBeNull();
  });
});

describe('mergeContent', () => {
  const prov = (file: string): ProvenanceEntry => ({ importId: 'i-' + file, format: 'ris', file, by: 'u', at: new Date(0) });

  it('fills empty fields and never overwrites or removes', () => {
    const existing = { ...base({ title: 'Stored title', year: 2020, keywords: ['bone'], materials: ['ti-6al-4v'] }), provenance: [prov('a.ris')] };
    const incoming = { ...base({ title: 'Other title', year: 2021, volume: '4', keywords: ['Bone', 'implant'], materials: [] }), provenance: [prov('b.ris')] };
    const { merged, changed } = mergeContent(existing, incoming);
    expect(merged.title).toBe('Stored title');
    expect(merged.year).toBe(2020);
    expect(merged.volume).toBe('4');
    expect(merged.keywords).toEqual(['bone', 'implant']);
    expect(merged.materials).toEqual(['ti-6al-4v']);
    expect(merged.provenance.map((p) => p.file)).toEqual(['a.ris', 'b.ris']);
    expect(changed.sort()).toEqual(['keywords', 'provenance', 'volume']);
  });

  it('unions MeSH headings by descriptor id with their qualifiers', () => {
    const existing = base({ mesh: [{ descriptorId: 'D014025', name: 'Titanium', major: false, qualifiers: [] }] });
    const incoming = base({
      mesh: [
        { descriptorId: 'D014025', name: 'Titanium', major: true, qualifiers: [{ name: 'chemistry', major: true }] },
        { descriptorId: 'D016348', name: 'Osseointegration', major: false, qualifiers: [] },
      ],
    });
    const { merged } = mergeContent(existing, incoming);
    expect(merged.mesh).toEqual([
      { descriptorId: 'D014025', name: 'Titanium', major: true, qualifiers: [{ name: 'chemistry', major: true }] },
      { descriptorId: 'D016348', name: 'Osseointegration', major: false, qualifiers: [] },
    ]);
  });

  it('fills ORCID iDs and affiliations of the same authors and keeps the stored list', () => {
    const existing = base({ authors: [{ family: 'Rossi', given: 'A', affiliations: [] }] });
    const incoming = base({ authors: [{ family: 'Rossi', given: 'Anna', orcid: '0000-0000-0000-0001', affiliations: ['Milan'] }, { family: 'Extra', affiliations: [] }] });
    const { merged } = mergeContent(existing, incoming);
    expect(merged.authors).toEqual([{ family: 'Rossi', given: 'A', orcid: '0000-0000-0000-0001', affiliations: ['Milan'] }]);
  });

  it('reports nothing changed for the same record and the same file', () => {
    const r = { ...base({ doi: '10.5555/x', keywords: ['a'] }), provenance: [prov('a.ris')] };
    expect(mergeContent(r, { ...r, provenance: [{ ...prov('a.ris'), importId: 'another run' }] }).changed).toEqual([]);
  });
});
