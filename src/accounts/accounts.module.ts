import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { AdminController } from './admin.controller';
import { DirectoryService } from './directory.service';
import { API_KEY_MODEL, API_KEY_USAGE_MODEL, ApiKeySchema, ApiKeyUsageSchema } from './api-keys/api-key.schema';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { ExpiryJanitor } from './auth/expiry.janitor';
import { PassportService } from './auth/passport.service';
import { ThrottleService } from './auth/throttle.service';
import { EMAIL_TOKEN_MODEL, EmailTokenSchema, REFRESH_TOKEN_MODEL, RefreshTokenSchema, THROTTLE_MODEL, ThrottleWindowSchema } from './auth/token.schema';
import { TokensService } from './auth/tokens.service';
import { ORGANIZATION_MODEL, OrganizationSchema } from './organizations/organization.schema';
import { OrganizationsController } from './organizations/organizations.controller';
import { OrganizationsService } from './organizations/organizations.service';
import { MeController } from './users/me.controller';
import { USER_MODEL, UserSchema } from './users/user.schema';
import { UsersService } from './users/users.service';

/** Users, organizations and memberships, authentication (Passport) and API keys. Global: the auth guard and other features use its services. */
@Global()
@Module({
  imports: [
    JwtModule.register({}),
    MongooseModule.forFeature([
      { name: USER_MODEL, schema: UserSchema },
      { name: ORGANIZATION_MODEL, schema: OrganizationSchema },
      { name: REFRESH_TOKEN_MODEL, schema: RefreshTokenSchema },
      { name: EMAIL_TOKEN_MODEL, schema: EmailTokenSchema },
      { name: THROTTLE_MODEL, schema: ThrottleWindowSchema },
      { name: API_KEY_MODEL, schema: ApiKeySchema },
      { name: API_KEY_USAGE_MODEL, schema: ApiKeyUsageSchema },
    ]),
  ],
  controllers: [AuthController, MeController, OrganizationsController, ApiKeysController, AdminController],
  providers: [UsersService, OrganizationsService, DirectoryService, TokensService, AuthService, ThrottleService, ApiKeysService, PassportService, ExpiryJanitor],
  exports: [UsersService, OrganizationsService, DirectoryService, AuthService, TokensService, ApiKeysService, PassportService, ExpiryJanitor, ThrottleService],
})
export class AccountsModule {}
