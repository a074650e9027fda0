import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/config.schema';
import { hashPassword } from './auth/passwords';
import { OrganizationKind } from './organizations/organization.schema';
import { OrganizationsService } from './organizations/organizations.service';
import { GlobalRole } from './users/user.schema';
import { UsersService } from './users/users.service';

interface DemoFile {
  organizations: { id: string; name: string; kind: OrganizationKind; country: string }[];
  accounts: { id: string; email: string; name: string; roles: GlobalRole[]; organization: string; password: string }[];
}

/**
 * Creates the demo organizations and accounts of `seed/demo/accounts.json` if they are missing.
 * Development only: their passwords are public. Returns how many accounts were created.
 */
export async function seedDemoAccounts(seedDir: string, config: AppConfig, users: UsersService, orgs: OrganizationsService): Promise<number> {
  if (config.env === 'production') throw new Error('demo accounts are never created in production');
  const demo = JSON.parse(readFileSync(join(seedDir, 'demo', 'accounts.json'), 'utf8')) as DemoFile;
  let created = 0;
  for (const a of demo.accounts) {
    if (await users.byId(a.id)) continue;
    await users.create({ id: a.id, email: a.email, name: a.name, roles: a.roles, emailVerified: true, passwordHash: await hashPassword(a.password, config.auth.argon2) });
    created++;
  }
  for (const o of demo.organizations) {
    const members = demo.accounts.filter((a) => a.organization === o.id);
    if (!members.length) continue;
    if (!(await orgs.byId(o.id))) await orgs.create({ ...o, verified: true }, members[0].id);
    for (const m of members.slice(1)) await orgs.addMember(o.id, m.id, 'member');
  }
  return created;
}
