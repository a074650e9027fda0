import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OIDC_STATE_MODEL, OidcStateSchema } from './oidc-state.schema';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

/** OpenID Connect sign-in; uses the accounts module's (global) Passport, users and tokens. */
@Module({
  imports: [MongooseModule.forFeature([{ name: OIDC_STATE_MODEL, schema: OidcStateSchema }])],
  controllers: [OidcController],
  providers: [OidcService],
})
export class OidcModule {}
