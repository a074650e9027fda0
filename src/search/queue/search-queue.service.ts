import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { bulkWriteInChunks, deleteEach } from '../../common/mongo/bulk';
import { SEARCH_CONCEPT_STATE_MODEL, SEARCH_HINT_MODEL, SearchConceptState, SearchHint } from './search-hint.schema';

export type ChangeKind = SearchHint['kind'];
/** Returns true when it takes care of the change itself (its worker holds the sync lease). */
type Listener = (kind: ChangeKind, ids: string[]) => boolean;

/** A hint id meaning "many changed: compare everything". */
export const ANY = '*';
const WILDCARD_ABOVE = 50;

/**
 * How writers tell the search sync worker that something changed, after their own update has bumped
 * the record's search revision: an in-process nudge when the worker of this instance holds the sync
 * lease (it reacts at once), otherwise a hint in MongoDB that the worker of another instance picks
 * up on its next poll (many changes at once leave one "compare everything" hint). Neither is needed
 * for correctness, the revisions are (the worker's periodic drift comparison finds what a lost hint
 * missed); both keep a publish searchable well under a second later.
 */
@Injectable()
export class SearchQueueService {
  private readonly logger = new Logger(SearchQueueService.name);
  private readonly listeners = new Set<Listener>();

  constructor(
    @InjectModel(SEARCH_HINT_MODEL) private readonly hints: Model<SearchHint>,
    @InjectModel(SEARCH_CONCEPT_STATE_MODEL) private readonly conceptStates: Model<SearchConceptState>,
  ) {}

  /** What the worker last applied per concept. */
  async appliedConcepts(): Promise<Map<string, SearchConceptState>> {
    const rows = await this.conceptStates.find({}).lean<SearchConceptState[]>();
    return new Map(rows.map((r) => [r._id, r]));
  }

  async recordConcepts(states: SearchConceptState[]): Promise<void> {
    await bulkWriteInChunks(
      this.conceptStates,
      states.map((s) => ({ updateOne: { filter: { _id: s._id }, update: { $set: { revision: s.revision, shown: s.shown } }, upsert: true } })),
    );
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Never throws: a lost hint only delays the document until the next full scan. */
  async changed(kind: ChangeKind, ids: string[]): Promise<void> {
    if (!ids.length) return;
    let handled = false;
    for (const l of this.listeners) handled = l(kind, ids) || handled;
    if (handled) return;
    const at = new Date();
    const hinted = ids.length > WILDCARD_ABOVE ? [ANY] : ids;
    try {
      await bulkWriteInChunks(
        this.hints,
        hinted.map((id) => ({ updateOne: { filter: { _id: `${kind}:${id}` }, update: { $set: { kind, id, at } }, upsert: true } })),
      );
    } catch (err) {
      this.logger.warn(`search hint for ${kind} ${ids.slice(0, 3).join(', ')} not written (${(err as Error).message}); the full scan will find it`);
    }
  }

  /** Hints of these kinds (each index's worker takes its own). */
  async take(limit: number, kinds: ChangeKind[] = ['material', 'concept']): Promise<SearchHint[]> {
    return this.hints.find({ kind: { $in: kinds } }).limit(limit).lean<SearchHint[]>();
  }

  /** Removes hints that were handled, unless a newer one replaced them meanwhile. */
  async done(hints: SearchHint[]): Promise<void> {
    if (!hints.length) return;
    await deleteEach(this.hints, hints.map((h) => ({ _id: h._id, at: h.at })));
  }
}
