import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch, SearchForFacetValuesParams, SearchForFacetValuesResponse, MultiSearchQuery, SearchParams, SearchResponse, Settings, Task } from 'meilisearch';
import { MeilisearchApiError, MeilisearchError } from 'meilisearch';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { ProblemException } from '../common/problem/problem';
import { IndexChanges } from './index-changes';
import { MeiliHttp } from './meili-http';
import { MEILI_CLIENT } from './meilisearch.provider';
import { SearchDocument } from './search-document';
import { settingsMatch } from './search-settings';

export const PRIMARY_KEY = 'slug';

/** A Meilisearch task that did not succeed (the caller retries: the index keeps the old revision, so the difference stays visible). */
export class SearchTaskFailed extends Error {}

/** Meilisearch unreachable, timing out or failing: the API answers 503 with Retry-After, never 500. */
export function searchUnavailable(err: unknown): ProblemException {
  const notReady = err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found';
  return new ProblemException(503, {
    type: 'search-unavailable',
    title: 'Search is unavailable',
    detail: notReady ? 'The search index is being built; try again in a few seconds.' : 'The search engine does not answer; try again in a few seconds.',
    headers: { 'retry-after': '5' },
  });
}

export const isSearchEngineError = (err: unknown): boolean => err instanceof MeilisearchError || err instanceof SearchTaskFailed;

/**
 * Index-level operations on Meilisearch: names, settings, document pushes that wait for their task
 * and fail unless it succeeded. The live index always has the same name; a reindex builds another
 * one and swaps the two atomically.
 */
@Injectable()
export class SearchIndexService {
  private readonly logger = new Logger(SearchIndexService.name);

  constructor(
    @Inject(MEILI_CLIENT) readonly client: Meilisearch,
    @InjectConfig() private readonly config: AppConfig,
    private readonly http: MeiliHttp,
    private readonly changes: IndexChanges,
  ) {}

  /** Searches go through the fast transport (see MeiliHttp); answers and errors as the official client's. */
  multiSearch(queries: MultiSearchQuery[]): Promise<{ results: SearchResponse<SearchDocument>[] }> {
    return this.http.post('/multi-search', { queries });
  }

  searchLive<T extends Partial<SearchDocument>>(params: SearchParams & { q?: string }): Promise<SearchResponse<T>> {
    return this.http.post(`/indexes/${encodeURIComponent(this.liveUid)}/search`, params);
  }

  facetSearchLive(params: SearchForFacetValuesParams): Promise<SearchForFacetValuesResponse> {
    return this.http.post(`/indexes/${encodeURIComponent(this.liveUid)}/facet-search`, params);
  }

  /** The index searches read: `<prefix>materials`. */
  get liveUid(): string {
    return this.uidOf('materials');
  }

  /** The live index of a definition: `<prefix><name>`. */
  uidOf(name: string): string {
    return `${this.config.meilisearch.indexPrefix}${name}`;
  }

  /** Name of a new index for a reindex: `<live>__build_<time>`. */
  newBuildUid(live = this.liveUid): string {
    return `${live}__build_${Date.now().toString(36)}`;
  }

  isBuildUid(uid: string, live = this.liveUid): boolean {
    return uid.startsWith(`${live}__build_`);
  }

  /** Waits for a task and throws unless it succeeded. */
  async wait(taskUid: number, timeoutMs = 120_000): Promise<Task> {
    const task = await this.client.tasks.waitForTask(taskUid, { timeout: timeoutMs, interval: 10 });
    if (task.status !== 'succeeded') {
      throw new SearchTaskFailed(`Meilisearch task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
    }
    return task;
  }

  async exists(uid: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid);
      return true;
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') return false;
      throw err;
    }
  }

  /** Creates the index if needed and applies `settings` unless they are already in place. */
  async ensure(uid: string, settings: Settings, primaryKey = PRIMARY_KEY): Promise<boolean> {
    if (!(await this.exists(uid))) {
      await this.wait((await this.client.createIndex(uid, { primaryKey })).taskUid);
    }
    const current = await this.client.index(uid).getSettings();
    if (settingsMatch(settings, current)) return false;
    this.logger.log(`applying search settings to ${uid}`);
    await this.wait((await this.client.index(uid).updateSettings(settings)).taskUid, 600_000);
    return true;
  }

  /** Enqueues documents without waiting (reindex pipelines several batches). */
  async enqueueDocuments(uid: string, docs: object[], primaryKey = PRIMARY_KEY): Promise<number> {
    return (await this.client.index(uid).addDocuments(docs, { primaryKey })).taskUid;
  }

  /** Replaces `docs` and removes `deletes` in every index of `uids`; resolves once all tasks succeeded. */
  async push(uids: string[], docs: object[], deletes: string[], primaryKey = PRIMARY_KEY): Promise<void> {
    const tasks: number[] = [];
    for (const uid of uids) {
      const index = this.client.index(uid);
      if (docs.length) tasks.push((await index.addDocuments(docs, { primaryKey })).taskUid);
      if (deletes.length) tasks.push((await index.deleteDocuments(deletes)).taskUid);
    }
    try {
      for (const t of tasks) await this.wait(t);
    } finally {
      // Even a failed wait may have changed the index (the task can succeed later): caches drop what they hold.
      if (tasks.length) this.changes.changed();
    }
  }

  /** Every document's id and revision (drift checks). */
  async revisions(uid: string, onPage?: (seen: number, total: number) => void, primaryKey = PRIMARY_KEY): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const limit = 5000;
    for (let offset = 0; ; offset += limit) {
      const page = await this.client.index(uid).getDocuments<Record<string, string> & { revision: number }>({ fields: [primaryKey, 'revision'], limit, offset });
      for (const d of page.results) out.set(d[primaryKey], d.revision);
      onPage?.(out.size, page.total);
      if (page.results.length < limit) return out;
    }
  }

  /** The revisions of these documents only (absent ones are left out). */
  async revisionsOf(uid: string, slugs: string[], primaryKey = PRIMARY_KEY): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < slugs.length; i += 1000) {
      const ids = slugs.slice(i, i + 1000);
      const page = await this.client.index(uid).getDocuments<Record<string, string> & { revision: number }>({ ids, fields: [primaryKey, 'revision'], limit: ids.length });
      for (const d of page.results) out.set(d[primaryKey], d.revision);
    }
    return out;
  }

  async count(uid: string): Promise<number> {
    return (await this.client.index(uid).getStats()).numberOfDocuments;
  }

  /** Atomically exchanges the contents of two indexes. */
  async swap(a: string, b: string): Promise<void> {
    try {
      await this.wait((await this.client.swapIndexes([{ indexes: [a, b], rename: false }])).taskUid);
    } finally {
      this.changes.changed();
    }
  }

  async drop(uid: string): Promise<void> {
    await this.wait((await this.client.deleteIndex(uid)).taskUid);
  }

  /** Left-over build indexes of crashed reindexes. */
  async buildIndexes(live = this.liveUid): Promise<string[]> {
    const { results } = await this.client.getRawIndexes({ limit: 1000 });
    return results.map((i) => i.uid).filter((uid) => this.isBuildUid(uid, live));
  }
}
