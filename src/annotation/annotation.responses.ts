import { z } from 'zod';
import { named } from '../common/contract/contract';
import { ENTITY_TYPES } from './engine/types';

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };
const field = z.enum(['title', 'text']).meta({ description: 'Which input the offsets index: text (default) or title' });

export const AnnotationAnswer = named(
  'Annotation',
  z
    .object({
      ...span,
      text: z.string(),
      type: z.enum(ENTITY_TYPES),
      conceptId: z.string(),
      meshId: z.string().optional(),
      source: z.enum(['dictionary', 'abbreviation', 'mesh']),
      confidence: z.number().min(0).max(1),
      field,
    })
    .strict(),
  'An entity mention: a span of the text, its type and the vocabulary concept it names',
);

const normalized = z.object({ value: z.number().optional(), min: z.number().optional(), max: z.number().optional(), unit: z.string() }).strict();

export const QuantityMentionAnswer = named(
  'QuantityMention',
  z
    .object({
      ...span,
      text: z.string(),
      field,
      propertyType: z.string().meta({ description: 'The property-type concept measured' }),
      value: z.number().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      uncertainty: z.number().optional(),
      unit: z.string().meta({ description: 'The unit as written' }),
      normalized: normalized.meta({ description: "The value in the property type's canonical unit (the catalogue's unit code)" }),
      materialConceptId: z.string().optional(),
      bound: z.enum(['lt', 'le', 'gt', 'ge', 'approx']).optional(),
      sentence: z.object(span).strict(),
    })
    .strict(),
  'A value with its unit, linked to the property type named in its sentence and the material it is said of',
);

export const AbbreviationAnswer = named(
  'AbbreviationDefinition',
  z
    .object({
      shortForm: z.string(),
      longForm: z.string(),
      field,
      short: z.object(span).strict(),
      long: z.object(span).strict(),
      conceptId: z.string().optional(),
      type: z.enum(ENTITY_TYPES).optional(),
    })
    .strict(),
  'An abbreviation defined in the text ("hydroxyapatite (HA)"), and what it stands for in this document',
);

export const AnnotateResultAnswer = named(
  'AnnotateResult',
  z
    .object({
      annotations: z.array(AnnotationAnswer),
      quantities: z.array(QuantityMentionAnswer),
      abbreviations: z.array(AbbreviationAnswer),
      revision: z.string().meta({ description: 'The vocabulary revision the dictionary was built from' }),
      engineVersion: z.string(),
    })
    .strict(),
  'What the annotation engine found in a text',
);
