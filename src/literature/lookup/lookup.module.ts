import { Module } from '@nestjs/common';
import { LookupController } from './lookup.controller';
import { LookupService } from './lookup.service';

/** Reference lookup by DOI (Crossref) or PMID (NCBI E-utilities). */
@Module({ controllers: [LookupController], providers: [LookupService], exports: [LookupService] })
export class LookupModule {}
