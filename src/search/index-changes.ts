import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { MeiliHttp } from './meili-http';

/** Without a read for this long, polling pauses (and caches must re-learn the baseline first). */
const IDLE_MS = 5000;

/**
 * When published data may have changed, for the caches in front of it (search results, material
 * details). Every change of published data ends in a Meilisearch task: a publish, retire or label
 * change is pushed by the sync worker, a reindex swaps indexes. So the signal is the uid of the
 * newest succeeded task, polled every `search.changePollMs` while someone reads, plus this
 * instance's own pushes, announced at once (`changed()`).
 *
 * A cache stores an answer only under the generation it read at the start of the request, and only
 * once the baseline is known: an answer computed from data older than a change is never kept past
 * the poll that sees the change (Elasticsearch's request cache works the same way, cleared on refresh).
 */
@Injectable()
export class IndexChanges implements OnApplicationShutdown {
  private readonly logger = new Logger(IndexChanges.name);
  private gen = 0;
  private lastTask: number | null | undefined;
  private lastRead = 0;
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  private readonly listeners: (() => void)[] = [];

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly http: MeiliHttp,
  ) {}

  /** The current generation, or null while answers must not be cached (baseline not known yet). */
  read(): number | null {
    this.lastRead = Date.now();
    this.ensurePolling();
    return this.lastTask === undefined ? null : this.gen;
  }

  /** Whether an answer read under `generation` may still be kept. */
  current(generation: number | null): generation is number {
    return generation !== null && generation === this.gen && this.lastTask !== undefined;
  }

  /** Published data changed (this instance pushed to the index, or saw a new task). */
  changed(): void {
    this.gen++;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private ensurePolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.config.search.changePollMs);
    this.timer.unref();
    void this.poll();
  }

  private poll(): Promise<void> {
    if (Date.now() - this.lastRead > IDLE_MS) {
      // Nobody reads: stop asking, forget the baseline (changes are no longer watched).
      clearInterval(this.timer);
      this.timer = undefined;
      this.forgetBaseline();
      return Promise.resolve();
    }
    this.polling ??= this.fetchNewest().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async fetchNewest(): Promise<void> {
    try {
      const { results } = await this.http.get<{ results: { uid: number }[] }>('/tasks?statuses=succeeded&limit=1');
      const newest = results[0]?.uid ?? null;
      if (this.lastTask !== undefined && newest !== this.lastTask) this.changed();
      this.lastTask = newest;
    } catch (err) {
      // Meilisearch unreachable: changes cannot be seen, so nothing may be served from a cache.
      if (this.lastTask !== undefined) this.logger.warn(`cannot watch the index for changes, caches off until it answers: ${(err as Error).message}`);
      this.forgetBaseline();
    }
  }

  private forgetBaseline(): void {
    if (this.lastTask === undefined) return;
    this.lastTask = undefined;
    this.changed();
  }
}
