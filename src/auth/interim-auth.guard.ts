import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { ProblemException } from '../common/problem/problem';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { Principal, Role } from './principal';

const ROLES: Role[] = ['admin', 'curator', 'researcher', 'supplier'];

export function parseInterimTokens(spec: string | undefined): Map<string, Principal> {
  const tokens = new Map<string, Principal>();
  for (const entry of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [token, id, roles, organizationId] = entry.split(':');
    tokens.set(token, { id, roles: roles.split('+').filter((r): r is Role => ROLES.includes(r as Role)), organizationId });
  }
  return tokens;
}

/**
 * Deny by default: a route is open only when marked @Public(). Interim bearer tokens from
 * AUTH_TOKENS identify callers until the accounts issue replaces this guard with Passport.
 */
@Injectable()
export class InterimAuthGuard implements CanActivate {
  private readonly tokens: Map<string, Principal>;

  constructor(
    private readonly reflector: Reflector,
    @InjectConfig() config: AppConfig,
  ) {
    this.tokens = parseInterimTokens(config.auth.interimTokens);
  }

  private lookup(header: string | undefined): Principal | undefined {
    const match = /^Bearer ([A-Za-z0-9._~-]+)$/.exec(header ?? '');
    if (!match) return undefined;
    const given = Buffer.from(match[1]);
    for (const [token, principal] of this.tokens) {
      const known = Buffer.from(token);
      if (known.length === given.length && timingSafeEqual(known, given)) return principal;
    }
    return undefined;
  }

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const principal = this.lookup(request.headers.authorization);
    if (principal) request.principal = principal;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!principal) {
      throw new ProblemException(401, {
        type: 'unauthenticated',
        title: 'Sign-in required',
        detail: 'Send a valid bearer token in the Authorization header.',
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    const allowed = roles.length === 0 || roles.some((r) => principal.roles.includes(r)) || principal.roles.includes('admin');
    if (!allowed) {
      throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail: `This action requires the role ${roles.join(' or ')}.` });
    }
    return true;
  }
}
