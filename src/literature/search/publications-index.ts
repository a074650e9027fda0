import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { MaterialsService } from '../../catalogue/materials.service';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { SearchIndexDefinition } from '../../search/search-index-definition';
import { VocabularyService } from '../../vocabulary/vocabulary.service';
import { LiteratureService, PublicationSearchRow } from '../literature.service';
import { PublicationDocument, toPublicationDocument } from './publication-document';
import { publicationSettings } from './publication-search-settings';

export const PUBLICATIONS_INDEX = 'publications';

/** The publications index: every record that is not retired, with linked materials' names and label facets. */
@Injectable()
export class PublicationsIndex implements SearchIndexDefinition<PublicationSearchRow> {
  readonly name = PUBLICATIONS_INDEX;
  readonly primaryKey = 'id';
  readonly hintKind = 'publication';
  readonly leases = { sync: 'search-sync-publications', reindex: 'search-reindex-publications' };

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly literature: LiteratureService,
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
  ) {}

  settings(): Promise<Settings> {
    return Promise.resolve(publicationSettings(this.config.search));
  }

  find(ids: string[]): Promise<PublicationSearchRow[]> {
    return this.literature.findForSearch(ids);
  }

  forEach(options: { listedOnly: boolean; content: boolean; batchSize: number }, each: (rows: PublicationSearchRow[]) => Promise<void>): Promise<void> {
    return this.literature.forEachForSearch(options, each);
  }

  async documents(rows: PublicationSearchRow[], requested: string[]): Promise<{ docs: PublicationDocument[]; deletes: string[] }> {
    const listed = rows.filter((r) => r.listed);
    const [index, names] = await Promise.all([this.vocabulary.index(), this.materials.publishedNames(listed.flatMap((r) => r.record.materials ?? []))]);
    const docs = listed.map((r) => toPublicationDocument(r.record, names, index));
    const deletes = rows.filter((r) => !r.listed).map((r) => r._id);
    const found = new Set(rows.map((r) => r._id));
    for (const id of requested) if (!found.has(id)) deletes.push(id);
    return { docs, deletes };
  }
}
