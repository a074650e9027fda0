import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { InjectConfig } from '../../../config/config.module';
import { AppConfig } from '../../../config/config.schema';
import { AuthService } from '../auth.service';
import { Principal } from '../principal';
import { AccessClaims, JWT_ALGORITHM } from '../tokens.service';

/** Bearer access tokens: HS256 only (no `none`, no RS/HS confusion), issuer, audience and expiry checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      algorithms: [JWT_ALGORITHM],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<Principal | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    return (await this.auth.principal(claims.sub, claims.org ?? null, 'session')) ?? false;
  }
}
