import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth/auth.decorators';
import { Answer, Problems } from '../common/contract/contract';
import { AnnotateDto } from './annotation.dto';
import { AnnotateResultAnswer } from './annotation.responses';
import { AnnotationService } from './annotation.service';
import type { AnnotateResult } from './engine';

@ApiTags('literature')
@Controller('literature')
export class AnnotationController {
  constructor(private readonly annotation: AnnotationService) {}

  @Post('annotate')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Find the key terms of a biomaterials text',
    description:
      'Entity mentions of 18 types (Biomaterial, Tissue, Cell, ResearchTechnique...), each with the vocabulary concept it names, abbreviations defined in the text, and quantities linked to property types and materials. Offsets are JavaScript string indices (UTF-16 code units) into `text` (or `title`, see `field`). Public, limited per client address; at most 100 kB per request.',
  })
  @Answer(AnnotateResultAnswer)
  @Problems(413, 429)
  annotate(@Body() dto: AnnotateDto, @Req() req: { ip: string }): Promise<AnnotateResult> {
    return this.annotation.annotate(dto, req.ip);
  }
}
