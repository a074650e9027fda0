export type Role = 'admin' | 'curator' | 'researcher' | 'supplier';

/** Who is calling. Set on the request by the authentication guard. */
export interface Principal {
  id: string;
  roles: Role[];
  organizationId?: string;
  name?: string;
}

export const SYSTEM_PRINCIPAL: Principal = { id: 'system', roles: ['admin', 'curator'], name: 'system' };

export const isCurator = (p: Principal): boolean => p.roles.includes('curator') || p.roles.includes('admin');
