import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { EutilsModule } from './eutils/eutils.module';
import { IMPORT_JOB_MODEL, IMPORT_RECORD_MODEL, ImportJobSchema, ImportRecordEntrySchema } from './jobs/import-job.schema';
import { ImportJobRunner } from './jobs/import-job.runner';
import { ImportJobsController } from './jobs/import-jobs.controller';
import { ImportJobsService } from './jobs/import-jobs.service';
import { LiteratureController, MaterialLiteratureController } from './literature.controller';
import { LiteratureImportService } from './literature-import.service';
import { LiteratureService } from './literature.service';
import { PUBLICATION_MODEL, PublicationRecordSchema } from './publication.schema';

/** Publication records, literature imports and citation exports (issue #17). */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: PUBLICATION_MODEL, schema: PublicationRecordSchema },
      { name: IMPORT_JOB_MODEL, schema: ImportJobSchema },
      { name: IMPORT_RECORD_MODEL, schema: ImportRecordEntrySchema },
    ]),
    AuditModule,
    CatalogueModule,
    EutilsModule,
  ],
  controllers: [LiteratureController, MaterialLiteratureController, ImportJobsController],
  providers: [LiteratureService, LiteratureImportService, ImportJobsService, ImportJobRunner],
  exports: [LiteratureService, LiteratureImportService, ImportJobRunner],
})
export class LiteratureModule {}
