import { Schema } from 'mongoose';

export type OrganizationKind = 'supplier' | 'research_institution' | 'hospital' | 'company';
export const ORGANIZATION_KINDS: OrganizationKind[] = ['supplier', 'research_institution', 'hospital', 'company'];
export type MemberRole = 'owner' | 'admin' | 'member';
export const MEMBER_ROLES: MemberRole[] = ['owner', 'admin', 'member'];

export interface Member {
  userId: string;
  role: MemberRole;
  since: Date;
}

export interface Invitation {
  id: string;
  email: string;
  role: MemberRole;
  /** SHA-256 of the token mailed to the invitee. */
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
}

/**
 * An organization holds its members and open invitations: every membership change is one
 * conditional update of one document (no transactions on FerretDB).
 */
export interface Organization {
  _id: string;
  name: string;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Set by admins after checking the organization exists. */
  verified: boolean;
  /** Stripe Connect account (marketplace issue). */
  stripeAccountId: string | null;
  /** Stripe says the connected account can receive payouts (`account.updated`). */
  payoutsEnabled: boolean;
  members: Member[];
  /** `userId` of every member: the lookup key of "my organizations". */
  memberIds: string[];
  invitations: Invitation[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ORGANIZATION_MODEL = 'Organization';

export const OrganizationSchema = new Schema<Organization>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true },
    country: { type: String, required: true },
    verified: { type: Boolean, default: false },
    stripeAccountId: { type: String, default: null },
    payoutsEnabled: { type: Boolean, default: false },
    members: { type: Schema.Types.Mixed, default: [] },
    memberIds: { type: [String], default: [], index: true },
    invitations: { type: Schema.Types.Mixed, default: [] },
    revision: { type: Number, default: 1 },
  },
  { collection: 'organizations', timestamps: true, versionKey: false, minimize: false },
);
