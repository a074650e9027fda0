import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { MarketplaceModule } from '../marketplace/marketplace.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { SearchAdminService } from './search-admin.service';
import { SearchIndexService } from './search-index.service';
import { SearchSyncWorker } from './search-sync.worker';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [CatalogueModule, VocabularyModule, MarketplaceModule],
  controllers: [SearchController],
  providers: [SearchIndexService, SearchService, SearchSyncWorker, SearchAdminService],
  exports: [SearchAdminService, SearchSyncWorker, SearchIndexService],
})
export class SearchModule {}
