import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AUDIT_MODEL, AuditEventSchema } from './audit.schema';
import { AuditService } from './audit.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_MODEL, schema: AuditEventSchema }])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
