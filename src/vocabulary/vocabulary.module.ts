import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CONCEPT_MODEL, ConceptSchema, ConceptSchemeSchema, SCHEME_MODEL } from './concept.schema';
import { TERM_REQUEST_MODEL, TermRequestSchema } from './term-request.schema';
import { TermRequestsService } from './term-requests.service';
import { VocabularyController } from './vocabulary.controller';
import { VocabularyService } from './vocabulary.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CONCEPT_MODEL, schema: ConceptSchema },
      { name: SCHEME_MODEL, schema: ConceptSchemeSchema },
      { name: TERM_REQUEST_MODEL, schema: TermRequestSchema },
    ]),
  ],
  controllers: [VocabularyController],
  providers: [VocabularyService, TermRequestsService],
  exports: [VocabularyService],
})
export class VocabularyModule {}
