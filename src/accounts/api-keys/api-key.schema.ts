import { Schema } from 'mongoose';

export type ApiKeyScope = 'read' | 'write';
export const API_KEY_SCOPES: ApiKeyScope[] = ['read', 'write'];

/** An API key for scripts: `bmh_<id>_<secret>`, stored as the SHA-256 of the secret. */
export interface ApiKey {
  _id: string;
  userId: string;
  organizationId: string | null;
  name: string;
  scopes: ApiKeyScope[];
  secretHash: string;
  createdAt: Date;
  /** Read from `api_key_usage`. */
  lastUsedAt?: Date | null;
  revokedAt: Date | null;
}

export interface ApiKeyUsage {
  _id: string;
  lastUsedAt: Date;
}

export const API_KEY_USAGE_MODEL = 'ApiKeyUsage';
export const ApiKeyUsageSchema = new Schema<ApiKeyUsage>({ _id: { type: String, required: true }, lastUsedAt: { type: Date, required: true } }, { collection: 'api_key_usage', versionKey: false });

export const API_KEY_MODEL = 'ApiKey';
export const ApiKeySchema = new Schema<ApiKey>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    organizationId: { type: String, default: null },
    name: { type: String, required: true },
    scopes: { type: [String], required: true },
    secretHash: { type: String, required: true },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'api_keys', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
