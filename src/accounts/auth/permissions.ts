import type { ApiKeyScope } from '../api-keys/api-key.schema';
import type { Principal, Role } from './principal';

interface PermissionRule {
  /** Roles allowed (admin always is); empty: any signed-in caller. */
  roles: Role[];
  /** The API key scope it needs. */
  scope: ApiKeyScope;
  /** Only with a signed-in session, never with an API key (keys cannot mint keys or change accounts). */
  sessionOnly?: boolean;
  description: string;
}

/** Every permission a route can declare, and who holds it. The one table the global guard reads. */
export const PERMISSIONS = {
  'account:read': { roles: [], scope: 'read', description: 'read your own account' },
  'account:write': { roles: [], scope: 'write', sessionOnly: true, description: 'change your own account, organizations and invitations' },
  'api-keys:manage': { roles: [], scope: 'write', sessionOnly: true, description: 'create, list and revoke your API keys' },
  'organizations:read': { roles: [], scope: 'read', description: 'read organizations you belong to' },
  'organizations:manage': { roles: [], scope: 'write', sessionOnly: true, description: 'manage members and invitations of organizations you administer' },
  'curation:read': { roles: [], scope: 'read', description: "read drafts and proposals you may see (curators: all; others: their organization's)" },
  'curation:propose': { roles: ['curator', 'researcher', 'supplier'], scope: 'write', description: 'propose new materials and edits' },
  'curation:edit': { roles: ['curator'], scope: 'write', description: 'edit drafts and import materials' },
  'curation:review': { roles: ['curator'], scope: 'write', description: 'move records through the review workflow, read audit trails' },
  'literature:manage': { roles: ['curator'], scope: 'write', description: 'import, edit, link and retire publications' },
  'vocabulary:manage': { roles: ['curator'], scope: 'write', description: 'create, change and import concepts; decide term requests' },
  'vocabulary:request': { roles: [], scope: 'write', description: 'request new terms' },
  'vocabulary:requests:read': { roles: [], scope: 'read', description: 'read term requests (curators: all; others: their own)' },
  'offers:manage': { roles: ['supplier'], scope: 'write', description: "create and change your supplier organization's offers" },
  'offers:read-own': { roles: ['supplier'], scope: 'read', description: "list your supplier organization's offers in every state" },
  'orders:place': { roles: ['researcher'], scope: 'write', description: 'order from active offers (researchers)' },
  'orders:read': { roles: [], scope: 'read', description: 'read orders your organization placed or received' },
  'orders:act': { roles: [], scope: 'write', description: 'pay, cancel, ship, deliver or refund an order you are a side of' },
  'search:status': { roles: ['curator'], scope: 'read', description: 'compare MongoDB with the search index' },
  'admin:users': { roles: ['admin'], scope: 'write', sessionOnly: true, description: 'grant roles, disable users' },
  'admin:organizations': { roles: ['admin'], scope: 'write', sessionOnly: true, description: 'verify organizations' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

/** Why `principal` may not do `permission`, or null when it may. */
export function permissionDenied(principal: Principal, permission: Permission): string | null {
  const rule: PermissionRule = PERMISSIONS[permission];
  const viaKey = principal.via === 'api-key';
  if (viaKey && 'sessionOnly' in rule && rule.sessionOnly) return 'This action needs a signed-in session; API keys cannot do it.';
  if (viaKey && !(principal.scopes ?? []).includes(rule.scope)) return `This API key lacks the "${rule.scope}" scope.`;
  if (rule.roles.length && !principal.roles.includes('admin') && !rule.roles.some((r) => principal.roles.includes(r))) {
    return `This action requires the role ${rule.roles.join(' or ')}.`;
  }
  return null;
}
