import { permissionDenied, PERMISSIONS } from './permissions';
import { Principal } from './principal';

const session = (roles: Principal['roles']): Principal => ({ id: 'u', roles, via: 'session' });
const key = (roles: Principal['roles'], scopes: Principal['scopes']): Principal => ({ id: 'u', roles, via: 'api-key', scopes });

describe('permissionDenied', () => {
  it('lets any signed-in caller do what needs no role, and only the named roles (or admin) the rest', () => {
    expect(permissionDenied(session([]), 'account:read')).toBeNull();
    expect(permissionDenied(session(['researcher']), 'curation:review')).toMatch(/requires the role curator/);
    expect(permissionDenied(session(['curator']), 'curation:review')).toBeNull();
    expect(permissionDenied(session(['admin']), 'curation:review')).toBeNull();
    expect(permissionDenied(session(['curator']), 'admin:users')).toMatch(/admin/);
  });

  it('holds API keys to their scopes, and keeps them off session-only actions', () => {
    expect(permissionDenied(key(['researcher'], ['read']), 'curation:read')).toBeNull();
    expect(permissionDenied(key(['researcher'], ['read']), 'curation:propose')).toMatch(/lacks the "write" scope/);
    expect(permissionDenied(key(['researcher'], ['read', 'write']), 'curation:propose')).toBeNull();
    expect(permissionDenied(key(['admin'], ['read', 'write']), 'api-keys:manage')).toMatch(/signed-in session/);
    expect(permissionDenied(key(['admin'], ['read', 'write']), 'admin:users')).toMatch(/signed-in session/);
  });

  it('marks every write-scoped account or admin action session-only', () => {
    for (const [name, rule] of Object.entries(PERMISSIONS)) {
      if (name.startsWith('admin:') || name === 'api-keys:manage') expect({ name, sessionOnly: 'sessionOnly' in rule && rule.sessionOnly }).toEqual({ name, sessionOnly: true });
    }
  });
});
