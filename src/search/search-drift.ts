import { SearchSource } from '../catalogue/materials.service';

export type DriftKind = 'missing' | 'extra' | 'stale';

/** What a record contributes to the comparison: its slug, whether it is listed, its search revision. */
export type RevisionSource = Pick<SearchSource, 'slug' | 'listed' | 'search'>;

/**
 * Compares MongoDB with an index, record by record: the index holds, per document, the
 * `search.revision` of the record it was built from, and every writer bumps that revision in the
 * same update as its change. So a listed record is in step when the index has it at its revision,
 * an unlisted one when the index does not have it. Records stream in (batches of a cursor); the
 * documents left over at the end belong to no record at all.
 *
 * - missing: listed, absent from the index;
 * - stale: listed, indexed at another revision;
 * - extra: in the index but not listed, or with no record at all.
 */
export class DriftTally {
  readonly found: Record<DriftKind, string[]> = { missing: [], extra: [], stale: [] };
  listed = 0;
  private readonly seen = new Set<string>();
  private finished = false;

  constructor(private readonly indexed: ReadonlyMap<string, number>) {}

  add(rows: Iterable<RevisionSource>): void {
    for (const r of rows) {
      this.seen.add(r.slug);
      if (r.listed) this.listed++;
      const kind = driftOf(r, this.indexed.get(r.slug));
      if (kind) this.found[kind].push(r.slug);
    }
  }

  /** Adds the documents that no record claimed; returns every drifted slug. */
  finish(): string[] {
    if (!this.finished) {
      for (const slug of this.indexed.keys()) if (!this.seen.has(slug)) this.found.extra.push(slug);
      this.finished = true;
    }
    return [...this.found.missing, ...this.found.stale, ...this.found.extra];
  }
}

/** How one record differs from its document (`indexedRevision` undefined: no document). */
export function driftOf(record: RevisionSource, indexedRevision: number | undefined): DriftKind | null {
  if (record.listed) {
    if (indexedRevision === undefined) return 'missing';
    return indexedRevision === record.search.revision ? null : 'stale';
  }
  return indexedRevision === undefined ? null : 'extra';
}
