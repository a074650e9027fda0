import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { CurationController } from './curation.controller';
import { CurationService } from './curation.service';
import { MaterialImportService } from './import/material-import.service';

@Module({
  imports: [CatalogueModule, VocabularyModule, AuditModule],
  controllers: [CurationController],
  providers: [CurationService, MaterialImportService],
  exports: [CurationService, MaterialImportService],
})
export class CurationModule {}
