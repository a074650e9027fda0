import { Injectable } from '@nestjs/common';
import { MaterialsService, SearchSource } from '../catalogue/materials.service';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { LeasesService } from '../common/leases/leases.service';
import { ConceptIndex, shownDigest, VocabularyService } from '../vocabulary/vocabulary.service';
import { SearchConceptState } from './queue/search-hint.schema';
import { conceptsOf, labelledConcepts } from './search-document';
import { SearchIndexService } from './search-index.service';
import { ANY, ChangeKind, SearchQueueService } from './queue/search-queue.service';
import { IndexSyncWorker, RoundExtra } from './index-sync.worker';
import { MaterialsIndex } from './materials-index';

export { documentsFor, REINDEX_LEASE, SYNC_LEASE } from './materials-index';

/** Every concept of `ids` and, transitively, everything narrower (a renamed parent changes its children's facet paths). */
export function withDescendants(ids: Iterable<string>, index: ConceptIndex): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of index.values()) for (const b of c.broader ?? []) children.set(b, [...(children.get(b) ?? []), c._id]);
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * Keeps the materials index in step with MongoDB: the shared IndexSyncWorker (revisions, lease,
 * nudges, hints, drift scans) over the MaterialsIndex definition, plus the vocabulary: a concept
 * whose label, hierarchy or numeric field changed re-pushes the materials that show it.
 */
@Injectable()
export class SearchSyncWorker extends IndexSyncWorker<SearchSource> {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
    indexes: SearchIndexService,
    queue: SearchQueueService,
    leases: LeasesService,
    definition: MaterialsIndex,
  ) {
    super(config, indexes, queue, leases, definition, ['material', 'concept']);
  }

  /** Concepts changed since last applied: settings (range fields come from the vocabulary) and the materials showing them. */
  protected override async extra(taken: Map<ChangeKind, Set<string>>, materialIds: Set<string>, fullScan: boolean): Promise<RoundExtra> {
    const conceptIds = taken.get('concept')!;
    const allConcepts = conceptIds.delete(ANY) || fullScan;
    const flagged = await this.vocabulary.searchDirty(allConcepts ? undefined : [...conceptIds]);
    const applied = flagged.length ? await this.queue.appliedConcepts() : new Map<string, SearchConceptState>();
    const conceptWork = flagged.filter((c) => c.revision > (applied.get(c.id)?.revision ?? 0));
    let conceptStates: SearchConceptState[] = [];
    if (conceptWork.length || this.settingsDue) {
      const index = await this.vocabulary.index({ fresh: true });
      await this.applySettings({ fresh: false });
      conceptStates = conceptWork.flatMap((c) => {
        const concept = index.get(c.id);
        return concept ? [{ _id: c.id, revision: c.revision, shown: shownDigest(concept) }] : [];
      });
      // Materials show a concept's label, hierarchy and numeric field: re-push them when one of
      // those changed since it was last applied (a new concept is shown by nobody yet).
      const relabelled = conceptStates.filter((s) => applied.has(s._id) && applied.get(s._id)!.shown !== s.shown).map((s) => s._id);
      if (relabelled.length) for (const id of await this.materialsShowing(relabelled, index)) materialIds.add(id);
    }
    // Concepts are done once the materials showing them are pushed.
    return { work: conceptWork.length, after: () => this.queue.recordConcepts(conceptStates) };
  }

  /** Ids of the listed materials that show any of `conceptIds` (or a narrower concept). */
  private async materialsShowing(conceptIds: string[], index: ConceptIndex): Promise<string[]> {
    const affected = withDescendants(conceptIds, index);
    const hit: string[] = [];
    await this.materials.forEachForSearch({ listedOnly: true, content: true, batchSize: 500 }, async (rows) => {
      for (const r of rows) {
        if (!r.published) continue;
        const shown = [...conceptsOf(r.published), ...labelledConcepts(r.published, index)];
        if (shown.some((id) => affected.has(id))) hit.push(r._id);
      }
    });
    return hit;
  }
}
