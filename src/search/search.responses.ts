import { z } from 'zod';
import { MaterialItemAnswer } from '../catalogue/catalogue.responses';
import { named } from '../common/contract/contract';

/** Response schemas of material search. */

export const NumericSummaryAnswer = named(
  'NumericSummary',
  z.object({ value: z.number().meta({ description: 'Representative value (median of the values)' }), min: z.number(), max: z.number() }),
  'A property of a material over all its values, in the canonical unit',
);

export const MarketSummaryAnswer = named(
  'MarketSummary',
  z.object({
    offerCount: z.int().min(0),
    inStock: z.boolean(),
    lowestPriceEurMinor: z.int().nullable(),
    certifications: z.array(z.string()),
    supplierCountries: z.array(z.string()),
  }),
);

export const SearchHitAnswer = named(
  'SearchHit',
  MaterialItemAnswer.extend({
    properties: z.record(z.string(), NumericSummaryAnswer).meta({ description: 'By search field, e.g. youngsModulusGPa' }),
    market: MarketSummaryAnswer,
    _formatted: z.object({ name: z.string(), summary: z.string() }).meta({ description: 'HTML-escaped name and summary with matches in <mark>' }),
  }),
);

export const RangeStatsAnswer = named('RangeStats', z.object({ min: z.number(), max: z.number(), unit: z.string() }));

export const InterpretedPartAnswer = named(
  'InterpretedPart',
  z.object({
    words: z.string().meta({ description: 'The words of q that were read, as typed', example: 'modulus 10-30 GPa' }),
    field: z.string().meta({ description: 'The range field they are about', example: 'youngsModulusGPa' }),
    label: z.string().meta({ example: "Young's modulus" }),
    unit: z.string().meta({ description: 'Canonical unit of the field; range bounds are in it', example: 'GPa' }),
    source: z.enum(['number', 'adjective', 'level']).meta({ description: 'number: a property with a number; adjective: "light", "stiff"...; level: "low modulus", "high strength"' }),
    range: z.string().optional().meta({ description: 'The range filter it became, as range[<field>] takes it', example: '10..30' }),
    sort: z.string().optional().meta({ description: 'The sort it became', example: 'youngsModulusGPa:desc' }),
    applied: z.boolean().meta({ description: 'False when the request itself set this range or sort (it wins), or the field is in literal' }),
    note: z.string().optional().meta({ description: 'Why it was not applied, in plain words' }),
  }),
  'One part of the query read as a property constraint or preference',
);

export const InterpretationAnswer = named(
  'Interpretation',
  z.object({
    enabled: z.boolean().meta({ description: 'False with interpret=false' }),
    text: z.string().meta({ description: 'The text query searched: q without the words read' }),
    rangeMode: z.enum(['within', 'overlaps']),
    parts: z.array(InterpretedPartAnswer),
  }),
  'What was read from q, from which words, and the filters and sorts it became',
);

export const SearchAnswer = named(
  'SearchAnswer',
  z.object({
    hits: z.array(SearchHitAnswer),
    total: z.int().min(0),
    page: z.int().min(1),
    perPage: z.int().min(0),
    facetDistribution: z.record(z.string(), z.record(z.string(), z.int())),
    facetStats: z.record(z.string(), RangeStatsAnswer),
    interpretation: InterpretationAnswer,
    processingTimeMs: z.number(),
  }),
  'One page of hits with disjunctive facet counts and range stats',
);

export const FacetValuesAnswer = named(
  'FacetValues',
  z.object({ facet: z.string(), values: z.array(z.object({ value: z.string(), count: z.int() })) }),
);

export const SuggestionsAnswer = named(
  'Suggestions',
  z.object({
    materials: z.array(z.object({ slug: z.string(), name: z.string(), _formatted: z.object({ name: z.string() }) })),
    concepts: z.array(z.object({ facet: z.string(), value: z.string(), count: z.int() })),
  }),
);

const driftCounts = z.object({ missing: z.int(), extra: z.int(), stale: z.int() });
export const DriftReportAnswer = named(
  'DriftReport',
  z.object({
    index: z.string(),
    listed: z.int(),
    indexed: z.int(),
    counts: driftCounts,
    samples: z.object({ missing: z.array(z.string()), extra: z.array(z.string()), stale: z.array(z.string()) }),
    clean: z.boolean(),
    settled: z.int(),
  }),
  'Differences between MongoDB and the search index',
);

export const SearchExportFieldAnswer = named(
  'SearchExportField',
  z.object({ field: z.string(), label: z.string(), unit: z.string().meta({ description: 'Canonical unit code (mathjs spelling, e.g. um, degC, g/cm^3)' }) }),
);

export const SearchExportAnswer = named(
  'SearchExport',
  z.object({
    total: z.int().min(0).meta({ description: 'Materials the search finds' }),
    limit: z.int().min(1).meta({ description: 'The result cap: at most this many are exported, in the search order' }),
    fields: z.array(SearchExportFieldAnswer),
    items: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        classPath: z.array(z.string()),
        properties: z.record(z.string(), NumericSummaryAnswer).meta({ description: 'By field; only the fields asked for, and only those the material has' }),
      }),
    ),
  }),
  'Every hit of a search up to the result cap, with the asked properties',
);

export const SearchExportFileAnswer = named(
  'SearchExportFile',
  z.union([z.string().meta({ description: 'CSV (format=csv)' }), SearchExportAnswer]),
  'The export: CSV text (format=csv) or JSON (format=json)',
);
