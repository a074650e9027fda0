import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { CurationController } from './curation.controller';
import { CurationService } from './curation.service';

@Module({
  imports: [CatalogueModule, VocabularyModule, AuditModule],
  controllers: [CurationController],
  providers: [CurationService],
  exports: [CurationService],
})
export class CurationModule {}
