import type { ApiKeyScope } from '../api-keys/api-key.schema';
import type { MemberRole } from '../organizations/organization.schema';

/**
 * Global roles (admin, curator) are granted to users; researcher and supplier follow from the kind
 * of the organization the caller acts for (a supplier's staff are suppliers, everyone else in a
 * research institution, hospital or company is a researcher).
 */
export type Role = 'admin' | 'curator' | 'researcher' | 'supplier';

/** Who is calling. Set on the request by the global authentication guard. */
export interface Principal {
  id: string;
  roles: Role[];
  organizationId?: string;
  organizationRole?: MemberRole;
  name?: string;
  email?: string;
  /** How the caller signed in; API keys carry scopes, sessions may do everything their roles allow. */
  via?: 'session' | 'api-key' | 'system';
  scopes?: ApiKeyScope[];
}

export const SYSTEM_PRINCIPAL: Principal = { id: 'system', roles: ['admin', 'curator'], name: 'system', via: 'system' };

export const isCurator = (p: Principal): boolean => p.roles.includes('curator') || p.roles.includes('admin');
export const isAdmin = (p: Principal): boolean => p.roles.includes('admin');
