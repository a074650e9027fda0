import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { LiteratureController, MaterialLiteratureController } from './literature.controller';
import { LiteratureImportService } from './literature-import.service';
import { LiteratureService } from './literature.service';
import { PUBLICATION_MODEL, PublicationRecordSchema } from './publication.schema';

/** Publication records, literature imports and citation exports (issue #17). */
@Module({
  imports: [MongooseModule.forFeature([{ name: PUBLICATION_MODEL, schema: PublicationRecordSchema }]), AuditModule, CatalogueModule],
  controllers: [LiteratureController, MaterialLiteratureController],
  providers: [LiteratureService, LiteratureImportService],
  exports: [LiteratureService, LiteratureImportService],
})
export class LiteratureModule {}
