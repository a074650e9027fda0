import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { IncomingHttpHeaders } from 'node:http';
import { Strategy } from 'passport-custom';
import { ApiKeysService } from '../../api-keys/api-keys.service';
import { AuthService } from '../auth.service';
import { Principal } from '../principal';

/** An API key from `X-API-Key: bmh_...` or `Authorization: Bearer bmh_...`. */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const bearer = /^Bearer (bmh_\S+)$/.exec(headers.authorization ?? '');
  return bearer?.[1];
}

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly auth: AuthService,
  ) {
    super();
  }

  async validate(req: { headers: IncomingHttpHeaders }): Promise<Principal | false> {
    const presented = presentedApiKey(req.headers);
    if (!presented) return false;
    const key = await this.keys.authenticate(presented);
    if (!key) return false;
    return (await this.auth.principal(key.userId, key.organizationId, 'api-key', key.scopes)) ?? false;
  }
}
