import { Schema } from 'mongoose';

export type GlobalRole = 'admin' | 'curator';
export const GLOBAL_ROLES: GlobalRole[] = ['admin', 'curator'];

/** An external identity linked to the account (OpenID Connect issuer and subject). */
export interface LinkedIdentity {
  issuer: string;
  subject: string;
  linkedAt: Date;
}

export interface User {
  _id: string;
  /** Normalised: trimmed, lowercased. Unique. */
  email: string;
  name: string;
  /** argon2id; null for accounts that only sign in through OpenID Connect. */
  passwordHash: string | null;
  roles: GlobalRole[];
  emailVerified: boolean;
  orcid: string | null;
  disabled: boolean;
  /** Consecutive failed logins and the lock they caused (progressive lockout). */
  failedLogins: number;
  lockedUntil: Date | null;
  identities: LinkedIdentity[];
  /** `<issuer> <subject>` of each identity: the lookup key of OIDC logins. */
  identityKeys: string[];
  /** Bumped by every write: conditional updates. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const USER_MODEL = 'User';

export const UserSchema = new Schema<User>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    passwordHash: { type: String, default: null },
    roles: { type: [String], default: [] },
    emailVerified: { type: Boolean, default: false },
    orcid: { type: String, default: null },
    disabled: { type: Boolean, default: false },
    failedLogins: { type: Number, default: 0 },
    lockedUntil: { type: Date, default: null },
    identities: { type: Schema.Types.Mixed, default: [] },
    identityKeys: { type: [String], default: [], index: true },
    revision: { type: Number, default: 1 },
  },
  { collection: 'users', timestamps: true, versionKey: false, minimize: false },
);

/** Trimmed and lowercased (the whole address: providers treat local parts case-insensitively in practice). */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
