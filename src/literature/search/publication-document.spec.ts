import type { Concept } from '../../vocabulary/concept.schema';
import type { ConceptIndex } from '../../vocabulary/vocabulary.service';
import { buildFilter, parseSearchRequest, RawSearchQuery } from '../../search/search-query';
import type { PublicationRecord } from '../publication.types';
import { labelFacets, toPublicationDocument } from './publication-document';
import { PUBLICATION_SCHEMA, withEvidenceFilters } from './publication-search-schema';
import { publicationSettings } from './publication-search-settings';
import { ProblemException } from '../../common/problem/problem';

const concept = (id: string, en: string, extra: Partial<Concept> = {}): Concept =>
  ({ _id: id, scheme: id.split('/')[0], prefLabel: { en }, altLabels: {}, hiddenLabels: {}, definition: {}, broader: [], exactMatch: [], closeMatch: [], lookup: [], revision: 1, ...extra }) as Concept;

const index: ConceptIndex = new Map(
  [
    concept('kw-materials-composition/titanium', 'Titanium', { exactMatch: ['http://id.nlm.nih.gov/mesh/D014025'] }),
    concept('kw-model-system/rabbit', 'Rabbit model', { closeMatch: ['http://id.nlm.nih.gov/mesh/D011817'] }),
    // Not a label scheme: its MeSH match must not become a label facet.
    concept('application/bone', 'Bone repair', { exactMatch: ['http://id.nlm.nih.gov/mesh/D016348'] }),
    concept('kw-outcomes-toxicity/cytotoxicity', 'Cytotoxicity'),
  ].map((c) => [c._id, c]),
);

const record = (extra: Partial<PublicationRecord> = {}): PublicationRecord =>
  ({
    _id: 'pub-rossi-2021',
    title: 'Bone ingrowth into porous titanium',
    abstract: { sections: [{ label: 'METHODS', text: 'Twelve rabbits.' }, { label: 'RESULTS', text: 'Bone filled the pores.' }] },
    authors: [{ family: 'Rossi', given: 'Anna', affiliations: [] }, { literal: 'Invented Study Group', affiliations: [] }],
    journal: { title: 'Journal of Invented Biomaterials' },
    year: 2021,
    doi: '10.5555/fixture.0001',
    pmid: null,
    publicationTypes: ['Journal Article'],
    keywords: ['porous'],
    mesh: [
      { descriptorId: 'D014025', name: 'Titanium', major: false, qualifiers: [] },
      { descriptorId: 'D011817', name: 'Rabbits', major: false, qualifiers: [] },
      { descriptorId: 'D016348', name: 'Osseointegration', major: true, qualifiers: [] },
    ],
    language: 'eng',
    materials: ['ti-6al-4v', 'draft-only'],
    labels: [{ conceptId: 'kw-outcomes-toxicity/cytotoxicity', scheme: 'kw-outcomes-toxicity', source: 'curator' }],
    summary: 'Our words.',
    retired: false,
    revision: 3,
    search: { dirty: true, revision: 4 },
    ...extra,
  }) as PublicationRecord;

describe('toPublicationDocument', () => {
  it('carries the revision, authors as display names, the abstract as one text and only published materials', () => {
    const doc = toPublicationDocument(record(), new Map([['ti-6al-4v', 'Ti-6Al-4V']]), index);
    expect(doc).toMatchObject({
      id: 'pub-rossi-2021',
      revision: 4,
      abstract: 'Twelve rabbits. Bone filled the pores.',
      authors: ['Rossi, Anna', 'Invented Study Group'],
      journal: 'Journal of Invented Biomaterials',
      meshHeadings: ['Titanium', 'Rabbits', 'Osseointegration'],
      materials: [{ slug: 'ti-6al-4v', name: 'Ti-6Al-4V' }],
      materialSlugs: ['ti-6al-4v'],
      materialNames: ['Ti-6Al-4V'],
    });
  });

  it('carries the label concept ids of every scheme and the review state (the evidence filters)', () => {
    const labels = [
      { conceptId: 'tissue/bone', scheme: 'tissue', source: 'curator' as const },
      { conceptId: 'tissue/bone', scheme: 'tissue', source: 'machine' as const },
      { conceptId: 'kw-outcomes-toxicity/cytotoxicity', scheme: 'kw-outcomes-toxicity', source: 'curator' as const },
    ];
    const doc = toPublicationDocument(record({ labels, review: { state: 'reviewed', by: 'u1', at: new Date() } }), new Map(), index);
    expect(doc.labelIds).toEqual(['tissue/bone', 'kw-outcomes-toxicity/cytotoxicity']);
    expect(doc.reviewState).toBe('reviewed');
    // Records stored before reviews existed count as unreviewed.
    expect(toPublicationDocument(record({ review: undefined }), new Map(), index).reviewState).toBe('unreviewed');
  });

  it('uses our summary when no abstract is held', () => {
    expect(toPublicationDocument(record({ abstract: null }), new Map(), index).abstract).toBe('Our words.');
  });
});

describe('labelFacets', () => {
  it('maps labels and MeSH headings (exactMatch and closeMatch) to the five label categories, nothing else', () => {
    expect(labelFacets(record(), index)).toEqual({ materialsComposition: ['Titanium'], modelSystem: ['Rabbit model'], outcomesToxicity: ['Cytotoxicity'] });
    expect(labelFacets(record({ labels: [], mesh: [] }), index)).toEqual({});
  });
});

describe('publication search schema', () => {
  it('builds filters on the whitelisted attributes only, with quoted values and year bounds', () => {
    const req = parseSearchRequest({ filter: { journal: 'A" OR year > 0', materials: 'ti-6al-4v' }, range: { year: '2010..2020' }, page: 1, perPage: 20 }, PUBLICATION_SCHEMA, 1000);
    expect(buildFilter(req, PUBLICATION_SCHEMA)).toEqual(['journal = "A\\" OR year > 0"', 'materialSlugs = "ti-6al-4v"', 'year >= 2010', 'year <= 2020']);
    expect(req.facets).toEqual(PUBLICATION_SCHEMA.defaultFacets);
  });

  it('reads concept= and reviewed= as the concept and reviewState facet filters, quoted like any other', () => {
    const evidence = (raw: RawSearchQuery & { concept?: string; reviewed?: 'true' | 'false' }) => parseSearchRequest(withEvidenceFilters(raw), PUBLICATION_SCHEMA, 1000);
    const req = evidence({ concept: 'tissue/bone,cell/osteoblast', reviewed: 'true', filter: { materials: 'ti-6al-4v' }, page: 1, perPage: 20 });
    expect(buildFilter(req, PUBLICATION_SCHEMA)).toEqual(['materialSlugs = "ti-6al-4v"', '(labelIds = "tissue/bone" OR labelIds = "cell/osteoblast")', 'reviewState = "reviewed"']);
    const notYet = evidence({ reviewed: 'false', page: 1, perPage: 20 });
    expect(buildFilter(notYet, PUBLICATION_SCHEMA)).toEqual(['(reviewState = "unreviewed" OR reviewState = "in_review")']);
    expect(() => withEvidenceFilters({ concept: 'tissue/bone', filter: { concept: 'cell/osteoblast' }, page: 1, perPage: 20 })).toThrow(ProblemException);
  });

  it('makes every facet attribute filterable and year comparable and sortable', () => {
    const settings = publicationSettings({ maxTotalHits: 1000, maxValuesPerFacet: 50 });
    const [facets, ranges] = settings.filterableAttributes as { attributePatterns: string[] }[];
    expect(facets.attributePatterns).toEqual(expect.arrayContaining(['journal', 'publicationTypes', 'meshHeadings', 'materialSlugs', 'language', 'labels.materialsComposition', 'labelIds', 'reviewState']));
    expect(ranges.attributePatterns).toEqual(['year']);
    expect(settings.sortableAttributes).toEqual(['year']);
  });
});
