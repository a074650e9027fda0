import { Schema } from 'mongoose';

/**
 * One OpenID Connect login between the redirect to the provider and its callback, stored by the
 * SHA-256 of its `state` (the app keeps no server sessions; any instance may get the callback).
 * Deleted when the callback uses it; expired ones are swept by later logins.
 */
export interface OidcState {
  _id: string;
  provider: string;
  nonce: string;
  /** PKCE: the secret whose S256 hash went out as `code_challenge`. */
  codeVerifier: string;
  /** Where in the web UI to land after signing in (a path); null: the callback answers JSON. */
  next: string | null;
  expiresAt: Date;
}

export const OIDC_STATE_MODEL = 'OidcState';
export const OidcStateSchema = new Schema<OidcState>(
  {
    _id: { type: String, required: true },
    provider: { type: String, required: true },
    nonce: { type: String, required: true },
    codeVerifier: { type: String, required: true },
    next: { type: String, default: null },
    expiresAt: { type: Date, required: true, index: true },
  },
  { collection: 'oidc_states', versionKey: false },
);
