import { Injectable } from '@nestjs/common';
import type { FacetDistribution, FacetStats, MultiSearchQuery, SearchResponse } from 'meilisearch';
import { validationProblem } from '../common/problem/problem';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { ConceptIndex, VocabularyService } from '../vocabulary/vocabulary.service';
import { classPath, labelOf } from '../catalogue/material-view';
import { SearchDocument } from './search-document';
import { highlight, POST, PRE, RetrievedDocument, SearchHit, toHit } from './hit-shaping';
import { AnswerCache } from './answer-cache';
import { IndexChanges } from './index-changes';
import { isSearchEngineError, SearchIndexService, searchUnavailable } from './search-index.service';
import { applyIntent, buildFilter, Interpretation, parseSearchRequest, RawSearchQuery, SearchRequest } from './search-query';
import { MATCHING_STRATEGY, meiliQuery } from './search-matching';
import { lexiconOf, readIntent } from './intent';
import { FacetField, HIERARCHY_SEPARATOR, RETRIEVED, SearchSchema } from './search-schema';
import type { FacetSchema } from './search-index-definition';

export type { SearchHit } from './hit-shaping';

/** The attribute facet-value search runs on: a hierarchy's labels, else the facet's own attribute. */
const searchAttribute = (facet: FacetField): string => facet.labels?.attribute ?? facet.attributes[0];

export interface RangeStats {
  min: number;
  max: number;
  unit: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  perPage: number;
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, RangeStats>;
  /** What was read from q and what it became. */
  interpretation: Interpretation;
  processingTimeMs: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Suggestions {
  materials: { slug: string; name: string; _formatted: { name: string } }[];
  concepts: { facet: string; value: string; count: number }[];
}

/** Facets offered by suggestions: concept labels that occur in published records. */
const SUGGEST_FACETS = ['class', 'applications', 'materialsComposition', 'manufacturedProduct', 'forms'];

/**
 * The search API on top of Meilisearch. One multi-search per request: the main query (hits, and
 * counts of the facets nobody filtered on) plus one query per filtered facet with every filter but
 * its own, which gives disjunctive counts (OR within a facet) as Algolia computes them.
 */
@Injectable()
export class SearchService {
  private schemaCache = new WeakMap<ConceptIndex, SearchSchema>();
  private pathCache = new WeakMap<ConceptIndex, Map<string, Map<string, string>>>();
  /** Serialised answers by request, built on one schema (vocabulary), until the index changes. */
  private readonly answers?: AnswerCache<string>;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly vocabulary: VocabularyService,
    private readonly indexes: SearchIndexService,
    changes: IndexChanges,
  ) {
    const { resultCacheMs, resultCacheMb } = config.search;
    // Strings of JSON: one byte per character for the ASCII most answers are, two at worst.
    if (resultCacheMs > 0) this.answers = new AnswerCache(changes, { maxSize: resultCacheMb * 2 ** 20, sizeOf: (json) => 2 * json.length + 100, ttlMs: resultCacheMs });
  }

  async schema(): Promise<SearchSchema> {
    const index = await this.vocabulary.index();
    let schema = this.schemaCache.get(index);
    if (!schema) this.schemaCache.set(index, (schema = SearchSchema.fromVocabulary(index)));
    return schema;
  }

  /**
   * The answer to a search as JSON, from the answer cache when the same request was answered since
   * the index last changed (the load bench's searches are mostly repeats: 2,000 queries rotating).
   */
  async searchJson(raw: RawSearchQuery): Promise<string> {
    const { req, interpretation, schema } = await this.request(raw);
    const built = multiSearchQueries(req, schema, this.indexes.liveUid);
    const answer = async () => JSON.stringify(await this.run(req, schema, built, interpretation));
    if (!this.answers) return answer();
    // Everything the answer depends on: the Meilisearch queries, which facets are shown and the
    // interpretation (the key), and the schema (the basis).
    return this.answers.get(`${req.facets.join(',')}|${JSON.stringify(built.queries)}|${JSON.stringify(interpretation)}`, schema, answer);
  }

  async search(raw: RawSearchQuery): Promise<SearchResult> {
    const { req, interpretation, schema } = await this.request(raw);
    return this.run(req, schema, multiSearchQueries(req, schema, this.indexes.liveUid), interpretation);
  }

  /** The validated request with what q says applied (interpret=false: q as text); the export reads it too. */
  async request(raw: RawSearchQuery): Promise<{ req: SearchRequest; interpretation: Interpretation; schema: SearchSchema }> {
    const schema = await this.schema();
    const parsed = parseSearchRequest(raw, schema, this.config.search.maxTotalHits);
    const intent = parsed.interpret && parsed.q ? readIntent(parsed.q, lexiconOf(await this.vocabulary.index())) : { readings: [], text: parsed.q };
    return { ...applyIntent(parsed, intent, schema), schema };
  }

  private async run(req: SearchRequest, schema: SearchSchema, { queries, own }: { queries: MultiSearchQuery[]; own: string[] }, interpretation: Interpretation): Promise<SearchResult> {
    const { results } = await this.meili(() => this.indexes.multiSearch(queries));
    const sourceOf = (name: string) => results[own.indexOf(name) + 1] ?? results[0];

    const facetDistribution: SearchResult['facetDistribution'] = {};
    const facetStats: SearchResult['facetStats'] = {};
    for (const name of req.facets) {
      const source = sourceOf(name);
      const facet = schema.facets.get(name);
      if (facet) facetDistribution[name] = mergeDistribution(facet, source.facetDistribution);
      else {
        const range = schema.ranges.get(name)!;
        const stats = rangeStats(source.facetStats, range.min, range.max);
        if (stats) facetStats[name] = { ...stats, unit: range.unit };
      }
    }
    return {
      hits: (results[0].hits as RetrievedDocument[]).map(toHit),
      total: results[0].estimatedTotalHits ?? 0,
      page: req.page,
      perPage: req.perPage,
      facetDistribution,
      facetStats,
      interpretation,
      processingTimeMs: Math.max(...results.map((r) => r.processingTimeMs)),
    };
  }

  /** Values of one facet matching `q` (prefix, typo-tolerant), counted within the other filters. */
  async facetValues(name: string, raw: RawSearchQuery & { query?: string }): Promise<{ facet: string; values: FacetValue[] }> {
    const schema = await this.schema();
    const facet = schema.facets.get(name);
    if (!facet) throw validationProblem([{ path: 'facet', message: `unknown facet "${name}"; allowed: ${[...schema.facets.keys()].join(', ')}` }]);
    // Counted within the same search as the hits: with what the query says applied.
    const { req } = await this.request({ ...raw, q: raw.query, facets: '' });
    const filter = buildFilter(req, schema, name);
    const answer = await this.meili(() => this.indexes.facetSearchLive({ facetName: searchAttribute(facet), facetQuery: raw.q ?? '', q: req.q, filter }));
    const toValue = await this.facetValueMapper(facet);
    const values = answer.facetHits.map((h) => ({ value: toValue(h.value), count: h.count })).slice(0, this.config.search.maxValuesPerFacet);
    return { facet: name, values };
  }

  /** Search-as-you-type: material names and synonyms, and concept labels that lead to results. */
  async suggest(q: string): Promise<Suggestions> {
    const schema = await this.schema();
    const facets = SUGGEST_FACETS.map((name) => schema.facets.get(name)!);
    const [materials, ...answers] = await this.meili(() =>
      Promise.all([
        this.indexes.searchLive<Pick<SearchDocument, 'slug' | 'name' | 'class'>>({
          q,
          limit: 6,
          attributesToRetrieve: ['slug', 'name', 'class'],
          // Concept labels are in every label language: "lega di titanio" suggests the titanium alloys.
          attributesToSearchOn: ['codes', 'name', 'synonyms', 'tradeNames', 'conceptLabels'],
          attributesToHighlight: ['name'],
          highlightPreTag: PRE,
          highlightPostTag: POST,
        }),
        ...facets.map((facet) => this.indexes.facetSearchLive({ facetName: searchAttribute(facet), facetQuery: q })),
      ]),
    );
    const mappers = await Promise.all(facets.map((f) => this.facetValueMapper(f)));
    const concepts = answers
      .flatMap((answer, i) => answer.facetHits.map((h) => ({ facet: facets[i].name, value: mappers[i](h.value), count: h.count })))
      .sort((a, b) => b.count - a.count)
      .slice(0, 8);
    return {
      materials: baseMaterialsFirst(materials.hits).map((h) => ({ slug: h.slug, name: h.name, _formatted: { name: highlight(h._formatted?.name ?? h.name) } })),
      concepts,
    };
  }

  /** For a hierarchy, maps a found label to its path ("Titanium alloy" -> "Metal > Titanium alloy"). */
  private async facetValueMapper(facet: FacetField): Promise<(value: string) => string> {
    if (!facet.labels) return (v) => v;
    const index = await this.vocabulary.index();
    let byScheme = this.pathCache.get(index);
    if (!byScheme) this.pathCache.set(index, (byScheme = new Map()));
    let paths = byScheme.get(facet.labels.scheme);
    if (!paths) {
      paths = new Map();
      for (const c of index.values()) {
        if (c.scheme !== facet.labels.scheme) continue;
        const label = labelOf(index, c._id);
        if (!paths.has(label)) paths.set(label, classPath(index, c._id).join(HIERARCHY_SEPARATOR));
      }
      byScheme.set(facet.labels.scheme, paths);
    }
    const found = paths;
    return (v) => found.get(v) ?? v;
  }

  private async meili<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (isSearchEngineError(err)) throw searchUnavailable(err);
      throw err;
    }
  }
}

/** Composites after the base materials they are made of ("PEEK" suggests PEEK before CFR-PEEK); otherwise the engine's order. */
export function baseMaterialsFirst<T extends { class?: { path: string[] } }>(hits: T[]): T[] {
  const composite = (h: T) => (h.class?.path[0] === 'Composite' ? 1 : 0);
  return [...hits].sort((a, b) => composite(a) - composite(b));
}

/**
 * The Meilisearch multi-search a request becomes: the main query (hits, and counts of unfiltered
 * facets), then one `limit: 0` query per filtered facet or range asked for, without its own filter.
 * `own[i]` names the facet of `queries[i + 1]`. Exported for the benchmark, which replays them.
 */
export function multiSearchQueries(req: SearchRequest, schema: FacetSchema, indexUid: string): { queries: MultiSearchQuery[]; own: string[] } {
  const selected = (name: string) => req.filters.has(name) || req.ranges.has(name);
  const attributesOf = (name: string): string[] => {
    const facet = schema.facets.get(name);
    if (facet) return facet.attributes;
    const range = schema.ranges.get(name)!;
    return range.min === range.max ? [range.min] : [range.min, range.max];
  };
  const text = { q: meiliQuery(req.q), matchingStrategy: MATCHING_STRATEGY };
  const sorts = req.sort ? [req.sort] : (req.intentSorts ?? []);
  const main: MultiSearchQuery = {
    indexUid,
    ...text,
    filter: buildFilter(req, schema),
    facets: req.facets.filter((f) => !selected(f)).flatMap(attributesOf),
    offset: (req.page - 1) * req.perPage,
    limit: req.perPage,
    attributesToRetrieve: RETRIEVED,
    // Where the query matched, not `_formatted`: that would repeat every retrieved attribute (see hit-shaping.ts).
    showMatchesPosition: true,
    ...(sorts.length && { sort: sorts.map((s) => `${schema.sorts.get(s.field)}:${s.direction}`) }),
  };
  const own = req.facets.filter(selected);
  const queries = [main, ...own.map((name) => ({ indexUid, ...text, filter: buildFilter(req, schema, name), facets: attributesOf(name), limit: 0 }))];
  return { queries, own };
}

/** One map per facet; a hierarchy's levels merge into one map keyed by path ("Metal", "Metal > Titanium alloy"). */
export function mergeDistribution(facet: FacetField, distribution: FacetDistribution | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const attribute of facet.attributes) Object.assign(out, distribution?.[attribute] ?? {});
  return out;
}

export function rangeStats(stats: FacetStats | undefined, minAttr: string, maxAttr: string): { min: number; max: number } | null {
  const lo = stats?.[minAttr]?.min;
  const hi = stats?.[maxAttr]?.max;
  return lo === undefined || hi === undefined ? null : { min: lo, max: hi };
}
