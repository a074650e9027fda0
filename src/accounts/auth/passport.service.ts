import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { Authenticator } from 'passport';
import { Strategy as CustomStrategy } from 'passport-custom';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { Strategy as LocalStrategy } from 'passport-local';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuthService } from './auth.service';
import { AccessClaims, JWT_ALGORITHM } from './tokens.service';

/** An API key from `X-API-Key: bmh_...` or `Authorization: Bearer bmh_...`. */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  return /^Bearer (bmh_\S+)$/.exec(headers.authorization ?? '')?.[1];
}

type Done = (err: unknown, user?: unknown) => void;
const settle = (promise: Promise<unknown>, done: Done) =>
  void promise.then(
    (user) => done(null, user ?? false),
    (err) => done(err),
  );

export type StrategyName = 'jwt' | 'api-key' | 'local' | (string & {});

/**
 * The app's Passport: its own Authenticator, not the process-wide `passport` singleton, so that two
 * app instances in one process (tests, the lease handover) never use each other's strategies.
 *
 * - `jwt`: bearer access tokens, HS256 only (no `none`, no key confusion), issuer, audience and
 *   expiry checked; the subject is read afresh (a disabled user stops at once).
 * - `api-key`: `bmh_<id>_<secret>` keys with their scopes.
 * - `local`: email and password (POST /auth/login).
 * Other strategies (OpenID Connect) register through `use`.
 */
@Injectable()
export class PassportService {
  private readonly passport = new Authenticator();

  constructor(
    @InjectConfig() config: AppConfig,
    auth: AuthService,
    keys: ApiKeysService,
  ) {
    const jwtOptions = {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string, jsonwebtoken first tries to parse it as a PEM public key on every
      // verification and only then falls back to HMAC (2.4 s of CPU in a 90 s load bench profile).
      // passport-jwt hands it to jsonwebtoken unchanged; its types predate KeyObject support.
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      ignoreExpiration: false,
    };
    this.passport.use(
      'jwt',
      new JwtStrategy(jwtOptions, (claims: AccessClaims, done: Done) => {
        if (claims.typ !== 'access' || typeof claims.sub !== 'string') return done(null, false);
        settle(auth.principal(claims.sub, claims.org ?? null, 'session'), done);
      }),
    );
    this.passport.use(
      'api-key',
      new CustomStrategy((req, done) => {
        const presented = presentedApiKey((req as unknown as { headers: IncomingHttpHeaders }).headers);
        if (!presented) return done(null, false);
        settle(
          keys.authenticate(presented).then((key) => (key ? auth.principal(key.userId, key.organizationId, 'api-key', key.scopes) : null)),
          done,
        );
      }),
    );
    this.passport.use('local', new LocalStrategy({ usernameField: 'email', passwordField: 'password', session: false }, (email, password, done) => settle(auth.checkPassword(email, password), done as Done)));
  }

  use(name: string, strategy: Parameters<Authenticator['use']>[1]): void {
    this.passport.use(name, strategy);
  }

  /**
   * Runs the strategies in order until one succeeds; resolves with its user, or false when all
   * failed. Errors thrown by a strategy (problem+json ones included) reject.
   */
  authenticate(strategies: StrategyName[], req: unknown, res: unknown = {}): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const handler = this.passport.authenticate(strategies, { session: false }, (err: unknown, user: unknown) => (err ? reject(err) : resolve(user || false)));
      handler(req, res, (err?: unknown) => (err ? reject(err) : resolve(false)));
    });
  }
}
