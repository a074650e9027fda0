import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { MaterialsService, SearchSource } from '../catalogue/materials.service';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { OffersService } from '../marketplace/offers/offers.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ConceptIndex } from '../vocabulary/vocabulary.service';
import { conceptsOf, MarketSummary, SearchDocument, toSearchDocument } from './search-document';
import { SearchIndexDefinition } from './search-index-definition';
import { PRIMARY_KEY } from './search-index.service';
import { SearchSchema } from './search-schema';
import { desiredSettings } from './search-settings';

export const SYNC_LEASE = 'search-sync';
export const REINDEX_LEASE = 'search-reindex';

/**
 * Documents for the listed records of `rows`; ids to delete for the unlisted ones and for those of
 * `requested` that have no record at all.
 */
export function documentsFor(
  rows: SearchSource[],
  index: ConceptIndex,
  markets: ReadonlyMap<string, MarketSummary> = new Map(),
  requested: string[] = [],
): { docs: SearchDocument[]; deletes: string[] } {
  const docs: SearchDocument[] = [];
  const deletes: string[] = [];
  for (const r of rows) {
    if (r.listed && r.published) docs.push(toSearchDocument(r, r.published, index, markets.get(r.slug)));
    else deletes.push(r.slug);
  }
  const found = new Set(rows.map((r) => r._id));
  for (const id of requested) if (!found.has(id)) deletes.push(id);
  return { docs, deletes };
}

/** The materials index: published content of listed material records, with vocabulary labels and marketplace figures. */
@Injectable()
export class MaterialsIndex implements SearchIndexDefinition<SearchSource> {
  readonly name = 'materials';
  readonly primaryKey = PRIMARY_KEY;
  readonly hintKind = 'material';
  readonly leases = { sync: SYNC_LEASE, reindex: REINDEX_LEASE };

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
    private readonly offers: OffersService,
  ) {}

  async settings(options: { fresh: boolean }): Promise<Settings> {
    return desiredSettings(SearchSchema.fromVocabulary(await this.vocabulary.index(options)), this.config.search);
  }

  find(ids: string[]): Promise<SearchSource[]> {
    return this.materials.findForSearch(ids);
  }

  forEach(options: { listedOnly: boolean; content: boolean; batchSize: number }, each: (rows: SearchSource[]) => Promise<void>): Promise<void> {
    return this.materials.forEachForSearch(options, each);
  }

  async documents(rows: SearchSource[], requested: string[]): Promise<{ docs: object[]; deletes: string[] }> {
    let index = await this.vocabulary.index();
    // A concept created moments ago may be missing from the cached vocabulary: read it afresh
    // rather than index its id as a label.
    if (rows.some((r) => r.published && [...conceptsOf(r.published)].some((id) => !index.has(id)))) index = await this.vocabulary.index({ fresh: true });
    const markets = await this.offers.marketSummaries(rows.filter((r) => r.listed).map((r) => r.slug));
    return documentsFor(rows, index, markets, requested);
  }
}
