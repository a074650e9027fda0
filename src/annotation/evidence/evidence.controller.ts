import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, RequirePermission } from '../../accounts/auth/auth.decorators';
import { Principal } from '../../accounts/auth/principal';
import { Answer, Problems } from '../../common/contract/contract';
import { SlugParam } from '../../common/http/params';
import { CurationRecordAnswer } from '../../curation/curation.responses';
import { CurationView } from '../../curation/curation.service';
import { EvidenceProposalDto, MaterialCandidatesQueryDto } from './evidence.dto';
import { EvidenceSummaryAnswer, MaterialCandidatesAnswer } from './evidence.responses';
import { EvidenceService } from './evidence.service';
import { EvidenceSummary } from './evidence-summary';
import { MaterialCandidate } from './material-candidates';

@ApiTags('literature')
@Controller('literature')
export class MaterialCandidatesController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get('material-candidates')
  @RequirePermission('literature:manage')
  @ApiOperation({ summary: 'Which published materials a Biomaterial mention may be about: those whose kw-materials-composition keywords hold the concept, best name, synonym, trade name or slug match of the text first (curators)' })
  @Answer(MaterialCandidatesAnswer)
  candidates(@Query() query: MaterialCandidatesQueryDto): Promise<{ items: MaterialCandidate[] }> {
    return this.evidence.candidates(query.conceptId, query.text);
  }
}

@ApiTags('curation')
@Controller('curation')
export class EvidenceProposalsController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('materials/:slug/evidence-proposals')
  @RequirePermission('literature:manage')
  @ApiOperation({
    summary: 'Propose a property value read from a publication (curators): it is added to the draft (or a new draft of the published record) with the publication as its reference, goes through review like any edit, and the publication is linked to the material',
  })
  @Answer(CurationRecordAnswer)
  @Problems(404, 409)
  propose(@Param('slug', SlugParam) slug: string, @Body() dto: EvidenceProposalDto, @CurrentPrincipal() by: Principal): Promise<CurationView> {
    return this.evidence.propose(slug, dto, by);
  }
}

@ApiTags('materials')
@Controller('materials')
@Public()
export class MaterialEvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get(':slug/evidence')
  @ApiOperation({ summary: "Evidence from reviewed literature: the outcomes, tissues, cells, species… that the material's reviewed publications are labelled with, each with its count and the literature search that finds those publications" })
  @Answer(EvidenceSummaryAnswer)
  @Problems(404)
  summary(@Param('slug', SlugParam) slug: string): Promise<EvidenceSummary> {
    return this.evidence.summary(slug);
  }
}
