import type { Settings } from 'meilisearch';
import type { ChangeKind } from './queue/search-queue.service';
import type { SearchSchema } from './search-schema';

/** The whitelists the shared query parser and filter builder work from (materials: SearchSchema). */
export type FacetSchema = Pick<SearchSchema, 'facets' | 'ranges' | 'sorts'> & { defaultFacets?: readonly string[] };

/** A source record's search state: its id (`slug`, the document's primary key value), whether it is listed, its search revision. */
export interface SearchRow {
  _id: string;
  slug: string;
  listed: boolean;
  search: { revision: number };
}

/**
 * One Meilisearch index kept in step with one MongoDB collection: what the shared sync worker
 * (IndexSyncWorker), reindex and drift check (SearchIndexAdmin) need to know about it. Materials
 * and publications are the two.
 */
export interface SearchIndexDefinition<Row extends SearchRow = SearchRow> {
  /** Index name after the configured prefix: `<prefix><name>`. */
  readonly name: string;
  /** The document attribute holding the row's id. */
  readonly primaryKey: string;
  /** The kind of the search hints writers leave for this index. */
  readonly hintKind: ChangeKind;
  readonly leases: { sync: string; reindex: string };
  /** The index settings, applied before any document; `fresh`: re-read what they derive from. */
  settings(options: { fresh: boolean }): Promise<Settings>;
  /** The rows with these ids (absent ones left out). */
  find(ids: string[]): Promise<Row[]>;
  /** Streams every row (`listedOnly`: listed only; `content`: with what documents are built from). */
  forEach(options: { listedOnly: boolean; content: boolean; batchSize: number }, each: (rows: Row[]) => Promise<void>): Promise<void>;
  /** Documents for the listed rows; ids to delete for unlisted rows and for those of `requested` without a row. */
  documents(rows: Row[], requested: string[]): Promise<{ docs: object[]; deletes: string[] }>;
}
