import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { MarketplaceModule } from '../marketplace/marketplace.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { SearchAdminService } from './search-admin.service';
import { SearchIndexAdmin } from './index-admin';
import { MaterialsIndex } from './materials-index';
import { SearchIndexService } from './search-index.service';
import { SearchSyncWorker } from './search-sync.worker';
import { SearchController } from './search.controller';
import { SearchExportController } from './export/search-export.controller';
import { SearchExportService } from './export/search-export.service';
import { SearchService } from './search.service';

@Module({
  imports: [CatalogueModule, VocabularyModule, MarketplaceModule],
  controllers: [SearchController, SearchExportController],
  providers: [SearchIndexService, SearchService, SearchExportService, MaterialsIndex, SearchSyncWorker, SearchIndexAdmin, SearchAdminService],
  exports: [SearchAdminService, SearchSyncWorker, SearchIndexService, SearchIndexAdmin],
})
export class SearchModule {}
