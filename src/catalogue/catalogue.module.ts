import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditModule } from '../audit/audit.module';
import { VocabularyModule } from '../vocabulary/vocabulary.module';
import { CatalogueController } from './catalogue.controller';
import { MATERIAL_MODEL, MATERIAL_VERSION_MODEL, MaterialRecordSchema, MaterialVersionSchema } from './material.schema';
import { MaterialsService } from './materials.service';
import { ReferencePolicyService } from './references/reference-policy.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MATERIAL_MODEL, schema: MaterialRecordSchema },
      { name: MATERIAL_VERSION_MODEL, schema: MaterialVersionSchema },
    ]),
    VocabularyModule,
    AuditModule,
  ],
  controllers: [CatalogueController],
  providers: [MaterialsService, ReferencePolicyService],
  exports: [MaterialsService, ReferencePolicyService],
})
export class CatalogueModule {}
