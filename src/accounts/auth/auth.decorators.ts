import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Permission, PERMISSIONS } from './permissions';
import type { Principal } from './principal';

export const PUBLIC_ROUTE = 'auth:public';
export const ROUTE_PERMISSION = 'auth:permission';

/** Open to anonymous callers (a caller who sends credentials is still identified). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The permission a route needs (see permissions.ts). Every route carries this or @Public(); the
 * global guard refuses any other (deny by default).
 */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(ROUTE_PERMISSION, permission),
    ApiBearerAuth(),
    ApiSecurity('api-key'),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Needs permission ${permission}: ${PERMISSIONS[permission].description}` }),
  );

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
