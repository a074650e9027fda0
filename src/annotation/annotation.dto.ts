import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** Largest text (title + text, UTF-8 bytes) the public annotate endpoint takes: about 15 abstracts. */
export const ANNOTATE_MAX_BYTES = 100 * 1024;

export class AnnotateDto {
  @ApiProperty({ description: 'The text to annotate (an abstract, a paragraph). Offsets in the answer are JavaScript string indices into it.', maxLength: ANNOTATE_MAX_BYTES, minLength: 1 })
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(ANNOTATE_MAX_BYTES)
  text!: string;

  @ApiPropertyOptional({ description: 'An optional title, annotated with the text as one document (abbreviations defined in it hold in the text); its mentions carry field "title".', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  title?: string;
}
