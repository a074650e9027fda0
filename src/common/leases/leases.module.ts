import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { LEASE_MODEL, LeaseSchema } from './lease.schema';
import { LeasesService } from './leases.service';

@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: LEASE_MODEL, schema: LeaseSchema }])],
  providers: [LeasesService],
  exports: [LeasesService],
})
export class LeasesModule {}
