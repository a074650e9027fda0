import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Matches, ValidateIf } from 'class-validator';
import { z } from 'zod';
import { RequirePermission } from '../../accounts/auth/auth.decorators';
import { Answer, named, Problems } from '../../common/contract/contract';
import { validationProblem } from '../../common/problem/problem';
import { LookedUpReference } from './lookup.parsers';
import { LookupService } from './lookup.service';

export class LookupDto {
  @ApiPropertyOptional({ example: '10.1016/j.biomaterials.2019.119000', description: 'A DOI (with or without https://doi.org/)' })
  @ValidateIf((_o, v) => v !== undefined)
  @Matches(/^(https?:\/\/(dx\.)?doi\.org\/)?10\.\d{4,9}\/\S{1,300}$/i, { message: 'doi must look like 10.xxxx/...' })
  doi?: string;

  @ApiPropertyOptional({ example: '31234567', description: 'A PubMed id' })
  @ValidateIf((_o, v) => v !== undefined)
  @Matches(/^\d{1,9}$/, { message: 'pmid must be digits' })
  pmid?: string;
}

const text = () => z.string().nullable();
export const LookedUpReferenceAnswer = named(
  'LookedUpReference',
  z.object({
    type: z.enum(['article', 'chapter', 'book']),
    title: z.string(),
    authors: z.array(z.string()),
    year: z.int().nullable(),
    container: text(),
    volume: text(),
    issue: text(),
    pages: text(),
    publisher: text(),
    doi: text(),
    pmid: text(),
    pmcid: text(),
    isbn: text(),
    url: text(),
  }),
  'A reference as the registry of its identifier holds it (Crossref for a DOI, PubMed for a PMID): not stored until a curator saves it',
);


@ApiTags('literature')
@Controller('literature/lookup')
export class LookupController {
  constructor(private readonly lookup: LookupService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('curation:propose')
  @ApiOperation({ summary: 'Complete a reference by DOI (Crossref) or PMID (PubMed): authors, year, title, journal, volume, pages, identifiers' })
  @Answer(LookedUpReferenceAnswer)
  @Problems(404, 503)
  async find(@Body() dto: LookupDto): Promise<LookedUpReference> {
    if (!!dto.doi === !!dto.pmid) throw validationProblem([{ path: 'doi', message: 'give either a DOI or a PMID' }]);
    return dto.doi ? this.lookup.byDoi(dto.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')) : this.lookup.byPmid(dto.pmid!);
  }
}
