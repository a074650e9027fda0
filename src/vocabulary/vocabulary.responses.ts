import { z } from 'zod';
import { FieldErrorAnswer } from '../common/contract/common.responses';
import { instant, languageListMap, languageMap, named, pageOf } from '../common/contract/contract';

/** Response schemas of the vocabulary: schemes, concepts, imports, term requests. */

export const QuantityAnswer = named(
  'Quantity',
  z.object({
    canonicalUnit: z.string(),
    min: z.number().nullish(),
    max: z.number().nullish(),
    searchField: z.string().nullish(),
    group: z.enum(['mechanical', 'physical', 'thermal', 'degradation', 'biological']).nullish().meta({ description: 'The datasheet section' }),
    units: z.array(z.string()).optional().meta({ description: 'The units values may be given in (derived; the canonical one first)' }),
  }),
  'What a property-type concept measures: its canonical unit, physical bounds, search field, datasheet section and the units it accepts',
);

export const ConceptAnswer = named(
  'Concept',
  z.object({
    id: z.string(),
    scheme: z.string(),
    prefLabel: languageMap(),
    altLabels: languageListMap(),
    hiddenLabels: languageListMap().optional().meta({ description: 'Misspellings that are searchable but never shown; curators only' }),
    definition: languageMap(),
    broader: z.array(z.string()),
    narrower: z.array(z.string()),
    exactMatch: z.array(z.string()),
    closeMatch: z.array(z.string()),
    quantity: QuantityAnswer.nullable(),
    revision: z.int(),
    updatedAt: instant(),
  }),
  'A SKOS concept (same shape in lists and detail)',
);
export const ConceptPageAnswer = pageOf('ConceptPage', ConceptAnswer);

export const SchemeSummaryAnswer = named('SchemeSummary', z.object({ id: z.string(), title: languageMap(), concepts: z.int().min(0) }));
export const SchemeListAnswer = named('SchemeList', z.array(SchemeSummaryAnswer));

export const VocabularyImportReportAnswer = named(
  'VocabularyImportReport',
  z.object({
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    items: z.array(z.object({ id: z.string(), status: z.enum(['created', 'updated', 'unchanged']) })),
    errors: z.array(FieldErrorAnswer),
  }),
  'What a vocabulary import did (or would do, in a dry run) to each concept, in file order',
);

export const TermRequestAnswer = named(
  'TermRequest',
  z.object({
    id: z.string(),
    kind: z.enum(['concept', 'synonym']),
    scheme: z.string(),
    label: z.string(),
    lang: z.string(),
    conceptId: z.string().nullable(),
    labelType: z.enum(['alt', 'hidden']),
    broader: z.string().nullable(),
    definition: z.string().nullable(),
    note: z.string().nullable(),
    status: z.enum(['pending', 'accepted', 'rejected']),
    requestedBy: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: instant().nullable(),
    reason: z.string().nullable(),
    resultConceptId: z.string().nullable(),
    createdAt: instant(),
  }),
);
export const TermRequestPageAnswer = pageOf('TermRequestPage', TermRequestAnswer);

/** Text exports (Turtle, CSV) are declared as strings. */
export const TextFileAnswer = named('TextFile', z.string(), 'A text file (SKOS Turtle or CSV)');
