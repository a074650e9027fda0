import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CONCEPT_MODEL, ConceptSchema } from '../vocabulary/concept.schema';
import { AnnotationController } from './annotation.controller';
import { AnnotationService } from './annotation.service';

/** The annotation engine served over HTTP (issue #18); publication annotation jobs build on the service. */
@Module({
  imports: [MongooseModule.forFeature([{ name: CONCEPT_MODEL, schema: ConceptSchema }])],
  controllers: [AnnotationController],
  providers: [AnnotationService],
  exports: [AnnotationService],
})
export class AnnotationModule {}
