import { z } from 'zod';
import { instant, named, pageOf } from '../common/contract/contract';
import { KEYWORD_CATEGORIES } from './material.types';

/** Response schemas of material records (published views, versions, diffs, stored content). */

const text = () => z.string().nullish();

export const RangeAnswer = z.object({ value: z.number().nullish(), min: z.number().nullish(), max: z.number().nullish() });

export const ConceptRefAnswer = named('ConceptRef', z.object({ id: z.string(), label: z.string() }), 'A concept by id with its English label');
export const ClassRefAnswer = named(
  'ClassRef',
  z.object({ id: z.string(), label: z.string(), path: z.array(z.string()).meta({ description: 'Labels from the top of the hierarchy' }) }),
);

export const CompositionEntryAnswer = named(
  'CompositionEntry',
  z.object({ component: z.string(), fraction: RangeAnswer, basis: z.enum(['wt%', 'mol%', 'vol%']) }),
);

export const LiteratureReferenceAnswer = named(
  'LiteratureReference',
  z.object({
    key: z.string(),
    type: z.enum(['article', 'chapter', 'book', 'standard', 'datasheet', 'regulatory', 'web']).nullish(),
    title: text(),
    authors: z.array(z.string()).optional(),
    year: z.int().nullish(),
    container: text().meta({ description: 'Journal, book, maker, regulator or standards body' }),
    volume: text(),
    issue: text(),
    pages: text(),
    publisher: text(),
    doi: text(),
    pmid: text(),
    pmcid: text(),
    isbn: text(),
    standard: text(),
    url: text(),
    publicationId: text().meta({ description: 'The publication record of this reference, when there is one' }),
  }),
  'A citable source: identifiers, authors, year, title and where it was published',
);

const normalized = RangeAnswer.extend({ unit: z.string() });
export const PropertyValueAnswer = named(
  'PropertyValue',
  RangeAnswer.extend({
    type: z.string(),
    unit: z.string(),
    conditions: text(),
    method: text(),
    reference: z.string(),
    normalized: normalized.optional(),
  }),
  'A property value as stored: value or min/max, the unit as given, and its value in the canonical unit',
);

export const BiocompatibilityAnswer = named(
  'BiocompatibilityResult',
  z.object({
    endpoint: z.string(),
    result: z.enum(['pass', 'fail', 'conditional']),
    model: z.enum(['in_vitro', 'in_vivo', 'clinical']),
    contactCategory: z.enum(['A', 'B', 'C']).nullish(),
    notes: text(),
    reference: z.string(),
  }),
);

export const RegulatoryAnswer = named(
  'RegulatoryEntry',
  z.object({
    region: z.string(),
    pathway: z.string(),
    status: z.enum(['cleared', 'approved', 'granted', 'certified', 'exempt', 'withdrawn']).nullish(),
    identifier: text(),
    date: text(),
    exampleDevice: text(),
    holder: text(),
    reference: text(),
  }),
);

export const SustainabilityAnswer = named(
  'Sustainability',
  z.object({
    origin: text(),
    disposal: text(),
    reusability: text(),
    carbonFootprintKgCo2ePerKg: z.number().nullish(),
    reference: text(),
  }),
);

const keywordsOf = <T extends z.ZodType>(item: T) => z.object(Object.fromEntries(KEYWORD_CATEGORIES.map((k) => [k, z.array(item).optional()])) as Record<(typeof KEYWORD_CATEGORIES)[number], z.ZodOptional<z.ZodArray<T>>>);

export const MaterialContentAnswer = named(
  'MaterialContent',
  z.object({
    name: z.string(),
    synonyms: z.array(z.string()),
    tradeNames: z.array(z.string()),
    summary: z.string(),
    class: z.string(),
    applications: z.array(z.string()),
    standards: z.array(z.string()),
    forms: z.array(z.string()),
    casNumber: text(),
    composition: z.array(CompositionEntryAnswer),
    properties: z.array(PropertyValueAnswer),
    biocompatibility: z.array(BiocompatibilityAnswer),
    regulatory: z.array(RegulatoryAnswer),
    sustainability: SustainabilityAnswer.nullish(),
    keywords: keywordsOf(z.string()),
    references: z.array(LiteratureReferenceAnswer),
  }),
  'What a material record says (a draft or a published version), with concept ids and reference keys',
);

export const MaterialItemAnswer = named(
  'MaterialItem',
  z.object({
    slug: z.string(),
    name: z.string(),
    synonyms: z.array(z.string()),
    tradeNames: z.array(z.string()),
    summary: z.string(),
    class: ClassRefAnswer,
    applications: z.array(ConceptRefAnswer),
    forms: z.array(ConceptRefAnswer),
    standards: z.array(z.string()),
    version: z.int(),
    publishedAt: instant().nullable(),
  }),
  'A published material in lists (the same head as its detail and its search hit)',
);

export const MaterialItemPageAnswer = pageOf('MaterialItemPage', MaterialItemAnswer);

export const PropertyViewAnswer = named('PropertyView', PropertyValueAnswer.extend({ typeLabel: z.string(), reference: LiteratureReferenceAnswer }));

export const MaterialDetailAnswer = named(
  'MaterialDetail',
  MaterialItemAnswer.extend({
    casNumber: z.string().nullable(),
    composition: z.array(CompositionEntryAnswer),
    properties: z.array(PropertyViewAnswer),
    biocompatibility: z.array(BiocompatibilityAnswer.extend({ endpointLabel: z.string(), reference: LiteratureReferenceAnswer })),
    regulatory: z.array(RegulatoryAnswer.extend({ pathwayLabel: z.string(), reference: LiteratureReferenceAnswer.nullable() })),
    sustainability: SustainabilityAnswer.nullable(),
    keywords: keywordsOf(ConceptRefAnswer),
    references: z.array(LiteratureReferenceAnswer),
  }),
  'A published material with every property value, its unit, method and reference',
);

export const VersionSummaryAnswer = named(
  'VersionSummary',
  z.object({ version: z.int().min(1), publishedAt: instant(), publishedBy: z.string(), publishedByName: z.string(), name: z.string() }),
);
export const VersionListAnswer = named('VersionList', z.array(VersionSummaryAnswer));

export const JsonPatchOperation = named(
  'JsonPatchOperation',
  z.object({
    op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
    path: z.string(),
    from: z.string().optional(),
    value: z.unknown().optional(),
  }),
  'One RFC 6902 JSON Patch operation',
);


export const ContentChangeAnswer = named(
  'ContentChange',
  z.object({
    section: z.enum(['identity', 'lists', 'keywords', 'composition', 'properties', 'biocompatibility', 'regulatory', 'sustainability', 'references']),
    field: z.string().meta({ description: 'name, synonyms, kw-outcomes-toxicity, properties, sustainability.origin...' }),
    kind: z.enum(['added', 'removed', 'changed']),
    label: z.string().meta({ description: 'What changed, in words: the field, the property type, the concept' }),
    beforeText: z.string().nullable(),
    afterText: z.string().nullable(),
    before: z.union([z.string(), z.number(), PropertyValueAnswer, CompositionEntryAnswer, BiocompatibilityAnswer, RegulatoryAnswer, LiteratureReferenceAnswer]).nullish(),
    after: z.union([z.string(), z.number(), PropertyValueAnswer, CompositionEntryAnswer, BiocompatibilityAnswer, RegulatoryAnswer, LiteratureReferenceAnswer]).nullish(),
  }),
  'One change of a material record as a reviewer reads it: property values matched by type, reference and conditions, every removal marked',
);

export const VersionDiffAnswer = named(
  'VersionDiff',
  z.object({ from: z.int(), to: z.int(), changes: z.array(ContentChangeAnswer), patch: z.array(JsonPatchOperation) }),
  'What changed between two published versions: field by field (changes) and as an RFC 6902 JSON Patch',
);
