import { Module } from '@nestjs/common';
import { CatalogueModule } from '../../catalogue/catalogue.module';
import { CurationModule } from '../../curation/curation.module';
import { LiteratureModule } from '../../literature/literature.module';
import { VocabularyModule } from '../../vocabulary/vocabulary.module';
import { EvidenceProposalsController, MaterialCandidatesController, MaterialEvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

/** Evidence from literature into the catalogue (issue #18): material candidates, evidence proposals, the datasheet's summary. */
@Module({
  imports: [LiteratureModule, CatalogueModule, CurationModule, VocabularyModule],
  controllers: [MaterialCandidatesController, EvidenceProposalsController, MaterialEvidenceController],
  providers: [EvidenceService],
})
export class EvidenceModule {}
