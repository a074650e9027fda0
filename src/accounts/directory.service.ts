import { Injectable } from '@nestjs/common';
import { mapLimit } from '../common/mongo/bulk';
import { OrganizationsService } from './organizations/organizations.service';
import { UsersService } from './users/users.service';

/** Who someone is, in words, for answers that name people (audit trails, reviews, deals). */
export interface PersonRef {
  id: string;
  name: string;
}

const SYSTEM_NAMES: Record<string, string> = { seed: 'Biomat Hub seed data', system: 'Biomat Hub', bench: 'Benchmark' };
const TTL_MS = 60_000;

/**
 * Names of users and organizations by id, read by `_id` (FerretDB pushes only those down) and
 * cached for a minute: a list of 20 records names its people with at most a few reads.
 */
@Injectable()
export class DirectoryService {
  private readonly cache = new Map<string, { at: number; name: string }>();

  constructor(
    private readonly users: UsersService,
    private readonly orgs: OrganizationsService,
  ) {}

  private async names(kind: 'user' | 'org', ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const id of wanted) {
      const hit = this.cache.get(`${kind}:${id}`);
      if (SYSTEM_NAMES[id]) out.set(id, SYSTEM_NAMES[id]);
      else if (hit && Date.now() - hit.at < TTL_MS) out.set(id, hit.name);
      else missing.push(id);
    }
    await mapLimit(missing, 4, async (id) => {
      const found = kind === 'user' ? await this.users.byId(id) : await this.orgs.byId(id);
      const name = found?.name ?? (kind === 'user' ? 'A former user' : 'A former organization');
      this.cache.set(`${kind}:${id}`, { at: Date.now(), name });
      out.set(id, name);
    });
    if (this.cache.size > 10_000) this.cache.clear();
    return out;
  }

  userNames(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    return this.names('user', ids);
  }

  organizationNames(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    return this.names('org', ids);
  }

  /** A person's reference, or null for no id. */
  static ref(names: Map<string, string>, id: string | null | undefined): PersonRef | null {
    return id ? { id, name: names.get(id) ?? id } : null;
  }
}
