import { Module } from '@nestjs/common';
import { CatalogueModule } from '../../catalogue/catalogue.module';
import { SearchModule } from '../../search/search.module';
import { VocabularyModule } from '../../vocabulary/vocabulary.module';
import { LiteratureModule } from '../literature.module';
import { LiteratureSearchController } from './literature-search.controller';
import { LiteratureSearchService } from './literature-search.service';
import { PublicationSyncWorker } from './publication-sync.worker';
import { PublicationsIndex } from './publications-index';

/** The publications index: definition, sync worker and search API (issue #17). */
@Module({
  imports: [LiteratureModule, CatalogueModule, VocabularyModule, SearchModule],
  controllers: [LiteratureSearchController],
  providers: [PublicationsIndex, PublicationSyncWorker, LiteratureSearchService],
  exports: [PublicationsIndex, PublicationSyncWorker],
})
export class LiteratureSearchModule {}
