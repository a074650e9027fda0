import { LRUCache } from 'lru-cache';
import { IndexChanges } from './index-changes';

export interface AnswerCacheOptions<V> {
  /** Total size the entries may take, in the unit of `sizeOf`. */
  maxSize: number;
  sizeOf: (value: V) => number;
  /** Life of an entry at most (a safety net: changes clear entries first). */
  ttlMs: number;
}

/**
 * Answers computed from published data (search results, material details), kept until that data
 * changes: every entry goes when IndexChanges sees a change (this instance's index writes at once,
 * other instances' within its poll), when this instance invalidates its key, or after `ttlMs`.
 * An answer computed across a change or a local write is not stored, and nothing is stored while
 * IndexChanges cannot watch the index. `basis` names what else an answer was built from (the
 * vocabulary map): an entry built on another basis is not served.
 */
export class AnswerCache<V extends NonNullable<unknown>> {
  private readonly entries: LRUCache<string, { value: V; basis: object }>;
  private writes = 0;

  constructor(
    private readonly changes: IndexChanges,
    options: AnswerCacheOptions<V>,
  ) {
    this.entries = new LRUCache({ maxSize: options.maxSize, sizeCalculation: (e) => Math.max(1, options.sizeOf(e.value)), ttl: options.ttlMs });
    changes.onChange(() => this.entries.clear());
  }

  async get(key: string, basis: object, compute: () => Promise<V>): Promise<V> {
    const generation = this.changes.read();
    const hit = generation === null ? undefined : this.entries.get(key);
    if (hit && hit.basis === basis) return hit.value;
    const writes = this.writes;
    const value = await compute();
    if (writes === this.writes && this.changes.current(generation)) this.entries.set(key, { value, basis });
    return value;
  }

  /** This instance is changing what `key` answers: drops it, and keeps answers read meanwhile out. */
  invalidate(key: string): void {
    this.writes++;
    this.entries.delete(key);
  }
}
