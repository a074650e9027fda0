import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { randomToken, sha256 } from './secrets';
import { REFRESH_TOKEN_MODEL, RefreshToken } from './token.schema';

export const JWT_ALGORITHM = 'HS256' as const;

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

/** Claims of an access token. */
export interface AccessClaims {
  sub: string;
  org: string | null;
  typ: 'access';
  jti: string;
}

export const invalidRefresh = () =>
  new ProblemException(401, { type: 'invalid-refresh-token', title: 'Invalid refresh token', detail: 'Sign in again.', headers: { 'www-authenticate': 'Bearer' } });

/**
 * Access tokens: JWT, HS256 only, short-lived, iss/aud/exp checked by the JWT strategy. Refresh
 * tokens: random, stored by SHA-256, rotated on every use within a family; presenting one that was
 * already used (a stolen copy, or the thief's after the owner's) revokes the whole family.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectModel(REFRESH_TOKEN_MODEL) private readonly refresh: Model<RefreshToken>,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async issue(userId: string, organizationId: string | null, family: string = randomUUID()): Promise<TokenPair> {
    const { accessTtlS, refreshTtlS } = this.config.auth;
    const claims: AccessClaims = { sub: userId, org: organizationId, typ: 'access', jti: randomUUID() };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: JWT_ALGORITHM,
      secret: this.config.auth.jwtSecret,
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
      expiresIn: accessTtlS,
    });
    const refreshToken = randomToken();
    await this.refresh.create({ _id: sha256(refreshToken), family, userId, organizationId, expiresAt: new Date(Date.now() + refreshTtlS * 1000), usedAt: null, revokedAt: null });
    return { tokenType: 'Bearer', accessToken, expiresIn: accessTtlS, refreshToken, refreshExpiresIn: refreshTtlS };
  }

  /**
   * Exchanges a refresh token for a new pair (same family). Marks it used with one conditional
   * update first, so two concurrent exchanges cannot both succeed; a token already used revokes
   * its family. `resolve` re-reads the account (null: disabled or gone).
   */
  async rotate(token: string, resolve: (userId: string) => Promise<{ organizationId: string | null } | null>): Promise<TokenPair> {
    const id = sha256(token);
    const now = new Date();
    const claimed = await serializedWrite('refresh_tokens', id, () =>
      updateIfMatches(this.refresh, id, { usedAt: null, revokedAt: null }, { $set: { usedAt: now } }),
    );
    if (!claimed) {
      const known = await this.refresh.findById(id).lean<RefreshToken>();
      if (known) await this.revokeFamily(known.family);
      throw invalidRefresh();
    }
    if (claimed.expiresAt <= now) throw invalidRefresh();
    // Re-read the account: a disabled or deleted user gets no new tokens; the organization is current.
    const account = await resolve(claimed.userId);
    if (!account) {
      await this.revokeFamily(claimed.family);
      throw invalidRefresh();
    }
    return this.issue(claimed.userId, account.organizationId, claimed.family);
  }

  /** Logout: the token's family stops working. Unknown tokens are ignored (logout is idempotent). */
  async revoke(token: string): Promise<void> {
    const known = await this.refresh.findById(sha256(token)).lean<RefreshToken>();
    if (known) await this.revokeFamily(known.family);
  }

  async revokeFamily(family: string): Promise<void> {
    await this.refresh.updateMany({ family, revokedAt: null }, { $set: { revokedAt: new Date() } });
  }

  /** Every session of a user (password reset, account disabled). */
  async revokeUser(userId: string): Promise<void> {
    await this.refresh.updateMany({ userId, revokedAt: null }, { $set: { revokedAt: new Date() } });
  }
}
