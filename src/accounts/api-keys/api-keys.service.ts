import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomBytes } from 'node:crypto';
import { serializedWrite } from '../../common/mongo/write-locks';
import { hiddenNotFound } from '../access';
import { Principal } from '../auth/principal';
import { randomToken, sameSecret, sha256 } from '../auth/secrets';
import { API_KEY_MODEL, API_KEY_USAGE_MODEL, ApiKey, ApiKeyScope, ApiKeyUsage } from './api-key.schema';

export interface ApiKeyView {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  organizationId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const KEY_PATTERN = /^bmh_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
/** lastUsedAt is written at most this often per key: one write per request would load the database. */
const LAST_USED_RESOLUTION_MS = 60_000;

const view = (k: ApiKey): ApiKeyView => ({
  id: k._id,
  name: k.name,
  scopes: k.scopes,
  organizationId: k.organizationId,
  createdAt: new Date(k.createdAt).toISOString(),
  lastUsedAt: k.lastUsedAt ? new Date(k.lastUsedAt).toISOString() : null,
  revokedAt: k.revokedAt ? new Date(k.revokedAt).toISOString() : null,
});

/**
 * API keys for researchers' scripts: `bmh_<id>_<secret>`, shown once, stored as SHA-256 of the
 * secret. Uses are recorded in `api_key_usage`, not on the key: on FerretDB an update rewrites the
 * whole document, and a use recorded at the moment of a revocation could otherwise undo it.
 */
@Injectable()
export class ApiKeysService {
  /** When this process last recorded each key's use. */
  private readonly recentUse = new Map<string, number>();

  constructor(
    @InjectModel(API_KEY_MODEL) private readonly keys: Model<ApiKey>,
    @InjectModel(API_KEY_USAGE_MODEL) private readonly usage: Model<ApiKeyUsage>,
  ) {}

  /** The key acts for its creator and the organization they act for now. */
  async create(input: { name: string; scopes: ApiKeyScope[] }, by: Principal): Promise<ApiKeyView & { key: string }> {
    const id = randomBytes(8).toString('hex');
    const secret = randomToken();
    const created = await this.keys.create({ _id: id, userId: by.id, organizationId: by.organizationId ?? null, name: input.name, scopes: [...new Set(input.scopes)].sort(), secretHash: sha256(secret) });
    return { ...view(created.toObject() as ApiKey), key: `bmh_${id}_${secret}` };
  }

  async list(by: Principal): Promise<ApiKeyView[]> {
    const rows = await this.keys.find({ userId: by.id }).sort({ createdAt: -1 }).lean<ApiKey[]>();
    return Promise.all(rows.map(async (k) => view({ ...k, lastUsedAt: await this.lastUsed(k._id) })));
  }

  private async lastUsed(id: string): Promise<Date | null> {
    return (await this.usage.findById(id).lean<ApiKeyUsage>())?.lastUsedAt ?? null;
  }

  /** Revokes one of the caller's keys; someone else's is 404. Effective at once: every use reads the key. */
  async revoke(id: string, by: Principal): Promise<ApiKeyView> {
    const key = await this.keys.findById(id).lean<ApiKey>();
    if (!key || key.userId !== by.id) throw hiddenNotFound('API key')(id);
    if (!key.revokedAt) await serializedWrite('api_keys', id, () => this.keys.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: new Date() } }).exec());
    return view({ ...(await this.keys.findById(id).lean<ApiKey>())!, lastUsedAt: await this.lastUsed(id) });
  }

  /** The live key a presented string stands for, or null. Records the use. */
  async authenticate(presented: string): Promise<ApiKey | null> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) return null;
    const key = await this.keys.findById(match[1]).lean<ApiKey>();
    if (!key || key.revokedAt || !sameSecret(key.secretHash, sha256(match[2]))) return null;
    const now = Date.now();
    const last = this.recentUse.get(key._id) ?? 0;
    if (now - last > LAST_USED_RESOLUTION_MS) {
      this.recentUse.set(key._id, now);
      await serializedWrite('api_key_usage', key._id, () => this.usage.updateOne({ _id: key._id }, { $set: { lastUsedAt: new Date(now) } }, { upsert: true }).exec());
    }
    return key;
  }
}
