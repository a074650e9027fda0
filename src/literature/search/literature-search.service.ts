import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { isSearchEngineError, SearchIndexService, searchUnavailable } from '../../search/search-index.service';
import { parseSearchRequest, SearchRequest } from '../../search/search-query';
import { highlight, POST, PRE } from '../../search/hit-shaping';
import { mergeDistribution, multiSearchQueries, RangeStats, rangeStats } from '../../search/search.service';
import { LiteratureSearchQueryDto } from './literature-search.dto';
import { PublicationDocument } from './publication-document';
import { PUBLICATION_HIGHLIGHTED, PUBLICATION_RETRIEVED, PUBLICATION_SCHEMA, withEvidenceFilters } from './publication-search-schema';
import { PUBLICATIONS_INDEX } from './publications-index';

/** Authors a hit lists (the record has them all). */
const HIT_AUTHORS = 5;
/** Words of abstract kept around the matches. */
const ABSTRACT_CROP = 40;

export interface PublicationHit {
  id: string;
  title: string;
  authors: string[];
  authorCount: number;
  journal: string | null;
  year: number | null;
  doi?: string;
  pmid?: string;
  publicationTypes: string[];
  materials: { slug: string; name: string }[];
  _formatted: { title: string; abstract: string };
}

export interface LiteratureSearchResult {
  hits: PublicationHit[];
  total: number;
  page: number;
  perPage: number;
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, RangeStats>;
  processingTimeMs: number;
}

type Found = PublicationDocument & { _formatted?: Partial<Record<keyof PublicationDocument, string>> };

/**
 * Literature search: the materials search's parser, filter builder and disjunctive multi-search
 * (one query for hits and unfiltered facets, one per filtered facet without its own filter), run
 * on the publications index with its own whitelist (PUBLICATION_SCHEMA).
 */
@Injectable()
export class LiteratureSearchService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly indexes: SearchIndexService,
  ) {}

  /** The Meilisearch queries of a request (exported for the benchmark, which replays them). */
  queries(raw: LiteratureSearchQueryDto): { req: SearchRequest; queries: MultiSearchQuery[]; own: string[] } {
    const req = parseSearchRequest(withEvidenceFilters(raw), PUBLICATION_SCHEMA, this.config.search.maxTotalHits);
    const { queries, own } = multiSearchQueries(req, PUBLICATION_SCHEMA, this.indexes.uidOf(PUBLICATIONS_INDEX));
    queries[0] = {
      ...queries[0],
      attributesToRetrieve: PUBLICATION_RETRIEVED,
      // Publications mark title and abstract through Meilisearch's _formatted (the abstract is cropped there).
      showMatchesPosition: false,
      attributesToHighlight: PUBLICATION_HIGHLIGHTED,
      attributesToCrop: ['abstract'],
      cropLength: ABSTRACT_CROP,
      highlightPreTag: PRE,
      highlightPostTag: POST,
    };
    return { req, queries, own };
  }

  async search(raw: LiteratureSearchQueryDto): Promise<LiteratureSearchResult> {
    const { req, queries, own } = this.queries(raw);
    let results: SearchResponse<Found>[];
    try {
      ({ results } = (await this.indexes.multiSearch(queries)) as unknown as { results: SearchResponse<Found>[] });
    } catch (err) {
      if (isSearchEngineError(err)) throw searchUnavailable(err);
      throw err;
    }
    const sourceOf = (name: string) => results[own.indexOf(name) + 1] ?? results[0];
    const facetDistribution: LiteratureSearchResult['facetDistribution'] = {};
    const facetStats: LiteratureSearchResult['facetStats'] = {};
    for (const name of req.facets) {
      const source = sourceOf(name);
      const facet = PUBLICATION_SCHEMA.facets.get(name);
      if (facet) facetDistribution[name] = mergeDistribution(facet, source.facetDistribution);
      else {
        const range = PUBLICATION_SCHEMA.ranges.get(name)!;
        const stats = rangeStats(source.facetStats, range.min, range.max);
        if (stats) facetStats[name] = { ...stats, unit: range.unit };
      }
    }
    return {
      hits: results[0].hits.map(toHit),
      total: results[0].estimatedTotalHits ?? 0,
      page: req.page,
      perPage: req.perPage,
      facetDistribution,
      facetStats,
      processingTimeMs: Math.max(...results.map((r) => r.processingTimeMs)),
    };
  }
}

function toHit(doc: Found): PublicationHit {
  const authors = doc.authors ?? [];
  return {
    id: doc.id,
    title: doc.title,
    authors: authors.slice(0, HIT_AUTHORS),
    authorCount: authors.length,
    journal: doc.journal ?? null,
    year: doc.year ?? null,
    ...(doc.doi && { doi: doc.doi }),
    ...(doc.pmid && { pmid: doc.pmid }),
    publicationTypes: doc.publicationTypes ?? [],
    materials: doc.materials ?? [],
    _formatted: { title: highlight(doc._formatted?.title ?? doc.title), abstract: highlight(doc._formatted?.abstract ?? doc.abstract) },
  };
}
