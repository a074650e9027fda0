import { z } from 'zod';
import { named } from '../../common/contract/contract';
import { RangeStatsAnswer } from '../../search/search.responses';

/** Response schemas of the literature search. */

export const PublicationHitAnswer = named(
  'PublicationHit',
  z.object({
    id: z.string(),
    title: z.string(),
    authors: z.array(z.string()).meta({ description: 'The first authors\' display names ("Family, Given"), at most 5' }),
    authorCount: z.int().min(0).meta({ description: 'How many authors the publication has' }),
    journal: z.string().nullable(),
    year: z.int().nullable(),
    doi: z.string().optional(),
    pmid: z.string().optional(),
    publicationTypes: z.array(z.string()),
    materials: z.array(z.object({ slug: z.string(), name: z.string() })).meta({ description: 'Linked published materials' }),
    _formatted: z
      .object({ title: z.string(), abstract: z.string() })
      .meta({ description: 'HTML-escaped title and abstract (or our summary when no abstract is held) with matches in <mark>; the abstract is cropped around the matches' }),
  }),
  'A publication in literature search results',
);

export const LiteratureSearchAnswer = named(
  'LiteratureSearchAnswer',
  z.object({
    hits: z.array(PublicationHitAnswer),
    total: z.int().min(0),
    page: z.int().min(1),
    perPage: z.int().min(0),
    facetDistribution: z.record(z.string(), z.record(z.string(), z.int())),
    facetStats: z.record(z.string(), RangeStatsAnswer).meta({ description: 'year: the lowest and highest publication year among the results' }),
    processingTimeMs: z.number(),
  }),
  'One page of publications with disjunctive facet counts and the year range',
);
