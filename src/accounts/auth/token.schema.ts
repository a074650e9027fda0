import { Schema } from 'mongoose';

/** A refresh token, stored by its SHA-256. Each use replaces it with a new one of the same family. */
export interface RefreshToken {
  _id: string;
  family: string;
  userId: string;
  organizationId: string | null;
  expiresAt: Date;
  /** Set when it was exchanged: a second use is a replay, and revokes the family. */
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export const REFRESH_TOKEN_MODEL = 'RefreshToken';
export const RefreshTokenSchema = new Schema<RefreshToken>(
  {
    _id: { type: String, required: true },
    family: { type: String, required: true, index: true },
    userId: { type: String, required: true, index: true },
    organizationId: { type: String, default: null },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'refresh_tokens', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

export type EmailTokenPurpose = 'verify-email' | 'reset-password';

/** A single-use token mailed to a user, stored by its SHA-256. */
export interface EmailToken {
  _id: string;
  purpose: EmailTokenPurpose;
  userId: string;
  /** The address it was sent to (verification proves this one). */
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

export const EMAIL_TOKEN_MODEL = 'EmailToken';
export const EmailTokenSchema = new Schema<EmailToken>(
  {
    _id: { type: String, required: true },
    purpose: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    email: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { collection: 'email_tokens', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

/** Attempts counted per key (client address, account) in fixed windows. */
export interface ThrottleWindow {
  _id: string;
  count: number;
  windowEndsAt: Date;
}

export const THROTTLE_MODEL = 'ThrottleWindow';
export const ThrottleWindowSchema = new Schema<ThrottleWindow>(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    windowEndsAt: { type: Date, required: true },
  },
  { collection: 'throttle_windows', versionKey: false },
);
