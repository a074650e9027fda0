import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CurationModule } from '../curation/curation.module';
import { LiteratureModule } from '../literature/literature.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { SeedService } from './seed.service';

@Module({
  imports: [VocabularyModule, CatalogueModule, CurationModule, LiteratureModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
