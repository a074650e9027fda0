import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Injectable, PipeTransform } from '@nestjs/common';
import { validationProblem } from '../problem/problem';

/** Lowercase letters and digits in dash-separated words: material slugs, scheme ids, concept slugs. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Path segments that are slugs: lowercase letters, digits and single dashes, at most 120 characters. */
@Injectable()
export class SlugParam implements PipeTransform<string, string> {
  transform(value: string, meta: { data?: string }): string {
    if (typeof value !== 'string' || value.length > 120 || !SLUG.test(value)) {
      throw validationProblem([{ path: meta.data ?? 'path', message: 'must be a slug: lowercase letters, digits and dashes' }]);
    }
    return value;
  }
}

/** `?dryRun=true|false` of import endpoints (validate only, or write). */
export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun: 'true' | 'false' = 'false';
}
