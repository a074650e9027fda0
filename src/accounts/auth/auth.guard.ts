import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingHttpHeaders } from 'node:http';
import { ProblemException } from '../../common/problem/problem';
import { PUBLIC_ROUTE, ROUTE_PERMISSION } from './auth.decorators';
import { PassportService, presentedApiKey } from './passport.service';
import { Permission, permissionDenied } from './permissions';
import { Principal } from './principal';

type AuthRequest = { headers: IncomingHttpHeaders; principal?: Principal };

const unauthenticated = (detail: string) =>
  new ProblemException(401, { type: 'unauthenticated', title: 'Sign-in required', detail, headers: { 'www-authenticate': 'Bearer' } });

/**
 * The global guard: deny by default. A route opens to anonymous callers only with @Public(); every
 * other route must declare its permission with @RequirePermission() (a route with neither is
 * refused, and a test walks every route to check none is). Credentials go through Passport: an
 * API key (`X-API-Key` or `Bearer bmh_...`) or a JWT access token. Credentials that do not verify
 * are refused even on public routes, so that clients learn that their token expired.
 */
@Injectable()
export class GlobalAuthGuard implements CanActivate {
  /** What each handler declares: decorators are fixed at start, so they are read once per handler. */
  private readonly declared = new WeakMap<object, WeakMap<object, { isPublic: boolean; permission?: Permission }>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly passport: PassportService,
  ) {}

  private declaration(context: ExecutionContext): { isPublic: boolean; permission?: Permission } {
    const [handler, controller] = [context.getHandler(), context.getClass()];
    let byHandler = this.declared.get(controller);
    if (!byHandler) this.declared.set(controller, (byHandler = new WeakMap()));
    let found = byHandler.get(handler);
    if (!found) {
      const targets = [handler, controller];
      found = {
        isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false,
        permission: this.reflector.getAllAndOverride<Permission | undefined>(ROUTE_PERMISSION, targets),
      };
      byHandler.set(handler, found);
    }
    return found;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { isPublic, permission } = this.declaration(context);
    const request = context.switchToHttp().getRequest<AuthRequest>();

    if (request.headers.authorization || presentedApiKey(request.headers)) {
      const principal = await this.passport.authenticate(['api-key', 'jwt'], request);
      if (!principal) throw unauthenticated('The access token or API key is invalid, expired or revoked.');
      request.principal = principal as Principal;
    }
    if (isPublic) return true;
    if (!permission) {
      throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail: 'This route declares no permission, so nobody may use it.' });
    }
    if (!request.principal) throw unauthenticated('Send a bearer access token (POST /api/v1/auth/login) or an API key (X-API-Key).');
    const denied = permissionDenied(request.principal, permission);
    if (denied) throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail: denied });
    return true;
  }
}
