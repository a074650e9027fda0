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

/** A postal address as an invoice or a parcel shows it. */
export interface PostalAddress {
  recipient: string | null;
  organizationName: string;
  /** Street, building, department: 1 to 3 lines. */
  lines: string[];
  postalCode: string;
  city: string;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** An entry of the organization's address book (ship-to and bill-to addresses of checkout). */
export interface BookAddress extends PostalAddress {
  id: string;
  label: string;
}

/** What invoices need of an organization: its legal address, VAT number and payment terms. */
export interface BillingSettings {
  legalAddress: PostalAddress | null;
  /** Normalised EU VAT number (checked for format and country), or null. */
  vatNumber: string | null;
  /** A buyer organization can require a purchase-order number on invoice payment. */
  requirePoForInvoice: boolean;
  /** A supplier's invoice terms: due this many days after the invoice date. */
  invoiceDueDays: number;
}

export const DEFAULT_BILLING: BillingSettings = { legalAddress: null, vatNumber: null, requirePoForInvoice: false, invoiceDueDays: 30 };

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
  addresses: BookAddress[];
  billing: BillingSettings;
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
    addresses: { type: Schema.Types.Mixed, default: [] },
    billing: { type: Schema.Types.Mixed, default: () => ({ ...DEFAULT_BILLING }) },
    revision: { type: Number, default: 1 },
  },
  { collection: 'organizations', timestamps: true, versionKey: false, minimize: false },
);
