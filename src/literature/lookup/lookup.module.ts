import { Module } from '@nestjs/common';
import { EutilsModule } from '../eutils/eutils.module';
import { LookupController } from './lookup.controller';
import { LookupService } from './lookup.service';

/** Reference lookup by DOI (Crossref) or PMID (NCBI E-utilities). */
@Module({ imports: [EutilsModule], controllers: [LookupController], providers: [LookupService], exports: [LookupService] })
export class LookupModule {}
