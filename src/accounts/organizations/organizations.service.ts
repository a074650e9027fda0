import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { Page, skipOf } from '../../common/http/pagination';
import { mapLimit } from '../../common/mongo/bulk';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { MailService } from '../../notifications/mail.service';
import { assertCan, hiddenNotFound } from '../access';
import { isAdmin, Principal } from '../auth/principal';
import { randomToken, sha256 } from '../auth/secrets';
import { normalizeEmail } from '../users/user.schema';
import { UsersService } from '../users/users.service';
import { Member, MemberRole, Organization, ORGANIZATION_MODEL, OrganizationKind } from './organization.schema';

export interface OrganizationView {
  id: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  verified: boolean;
  /** Stripe Connect: onboarded and able to receive payouts. */
  payouts?: { onboarded: boolean; enabled: boolean };
  /** Only for members. */
  members?: { userId: string; name: string | null; email: string | null; role: MemberRole; since: string }[];
  invitations?: { id: string; email: string; role: MemberRole; expiresAt: string }[];
  createdAt: string;
}

const notFound = hiddenNotFound('Organization');

/** Owns `organizations`: the organization, its members and its open invitations in one document. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectModel(ORGANIZATION_MODEL) private readonly orgs: Model<Organization>,
    @InjectConfig() private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly mail: MailService,
  ) {}

  /** `view` with the members' names and emails, for those who may see the members. */
  async present(org: Organization, by?: Principal): Promise<OrganizationView> {
    const insider = by && (isAdmin(by) || org.memberIds.includes(by.id));
    const people = new Map<string, { name: string; email: string }>();
    if (insider) {
      const users = await mapLimit(org.members, 4, (m) => this.users.byId(m.userId));
      for (const u of users) if (u) people.set(u._id, { name: u.name, email: u.email });
    }
    return this.view(org, by, people);
  }

  view(org: Organization, by?: Principal, people = new Map<string, { name: string; email: string }>()): OrganizationView {
    const insider = by && (isAdmin(by) || org.memberIds.includes(by.id));
    const manager = by && (isAdmin(by) || ['owner', 'admin'].includes(this.roleOf(org, by.id) ?? ''));
    return {
      id: org._id,
      name: org.name,
      kind: org.kind,
      country: org.country,
      verified: org.verified,
      ...(manager && { payouts: { onboarded: !!org.stripeAccountId, enabled: org.payoutsEnabled ?? false } }),
      ...(insider && {
        members: org.members.map((m) => ({ userId: m.userId, name: people.get(m.userId)?.name ?? null, email: people.get(m.userId)?.email ?? null, role: m.role, since: new Date(m.since).toISOString() })),
      }),
      ...(manager && { invitations: org.invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: new Date(i.expiresAt).toISOString() })) }),
      createdAt: new Date(org.createdAt).toISOString(),
    };
  }

  roleOf(org: Pick<Organization, 'members'>, userId: string): MemberRole | undefined {
    return org.members.find((m) => m.userId === userId)?.role;
  }

  async byId(id: string): Promise<Organization | null> {
    return this.orgs.findById(id).lean<Organization>();
  }

  /** The organization a user acts for: the one they joined first. */
  async primaryOf(userId: string): Promise<{ org: Organization; role: MemberRole } | null> {
    const orgs = await this.orgs.find({ memberIds: userId }).lean<Organization[]>();
    const withSince = orgs.map((org) => ({ org, member: org.members.find((m) => m.userId === userId)! })).filter((x) => x.member);
    withSince.sort((a, b) => new Date(a.member.since).getTime() - new Date(b.member.since).getTime() || a.org._id.localeCompare(b.org._id));
    return withSince[0] ? { org: withSince[0].org, role: withSince[0].member.role } : null;
  }

  async create(input: { name: string; kind: OrganizationKind; country: string; id?: string; verified?: boolean }, ownerId: string): Promise<Organization> {
    const created = await this.orgs.create({
      _id: input.id ?? randomUUID(),
      name: input.name,
      kind: input.kind,
      country: input.country.toUpperCase(),
      verified: input.verified ?? false,
      members: [{ userId: ownerId, role: 'owner', since: new Date() }],
      memberIds: [ownerId],
      invitations: [],
    });
    return created.toObject() as Organization;
  }

  /** Members see their organization; anyone else gets 404 (they may not know it exists). Admins see all. */
  async get(id: string, by: Principal): Promise<OrganizationView> {
    const org = await this.byId(id);
    if (!org || !(isAdmin(by) || org.memberIds.includes(by.id))) throw notFound(id);
    return this.present(org, by);
  }

  async mine(by: Principal): Promise<OrganizationView[]> {
    const orgs = await this.orgs.find({ memberIds: by.id }).sort({ name: 1 }).lean<Organization[]>();
    return Promise.all(orgs.map((o) => this.present(o, by)));
  }

  async list(page: { page: number; perPage: number }): Promise<Page<OrganizationView>> {
    const [rows, total] = await Promise.all([
      this.orgs.find({}).sort({ name: 1 }).skip(skipOf(page)).limit(page.perPage).lean<Organization[]>(),
      this.orgs.countDocuments({}),
    ]);
    return { items: rows.map((o) => this.view(o)), total, page: page.page, perPage: page.perPage };
  }

  /** Loads an organization the caller administers (owner or admin member, or a platform admin). */
  private async managed(id: string, by: Principal): Promise<Organization> {
    const org = await this.byId(id);
    if (!org || !(isAdmin(by) || org.memberIds.includes(by.id))) throw notFound(id);
    assertCan(isAdmin(by) || ['owner', 'admin'].includes(this.roleOf(org, by.id) ?? ''), 'Only owners and admins of the organization can do this.');
    return org;
  }

  /** One conditional update on the organization at the revision read (409 if it changed meanwhile). */
  private async write(org: Organization, update: Record<string, unknown>): Promise<Organization> {
    const next = await serializedWrite('organizations', org._id, () =>
      updateIfMatches(this.orgs, org._id, { revision: org.revision }, { ...update, $inc: { revision: 1 } }),
    );
    if (!next) throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'The organization changed while you edited it; try again.' });
    return next;
  }

  async invite(id: string, input: { email: string; role: MemberRole }, by: Principal): Promise<OrganizationView> {
    const org = await this.managed(id, by);
    assertCan(input.role !== 'owner' || isAdmin(by) || this.roleOf(org, by.id) === 'owner', 'Only owners can invite owners.');
    const email = normalizeEmail(input.email);
    const token = randomToken();
    const invitation = { id: randomUUID(), email, role: input.role, tokenHash: sha256(token), invitedBy: by.id, expiresAt: new Date(Date.now() + this.config.auth.invitationTtlS * 1000) };
    const next = await this.write(org, { $set: { invitations: [...org.invitations.filter((i) => i.email !== email), invitation] } });
    await this.mail.send({
      to: email,
      subject: `Invitation to join ${org.name} on Biomat Hub`,
      text: `You are invited to join ${org.name} as ${input.role}.\n\nInvitation token: ${token}\n\nSign in (or register with this address), then open:\n${this.config.publicUrl}/invitations/accept?token=${token}\n`,
    });
    return this.present(next, by);
  }

  /** The signed-in user accepts an invitation sent to their (verified) address. */
  async accept(token: string, by: Principal): Promise<OrganizationView> {
    const user = by.email ? await this.users.byEmail(by.email) : null;
    const hash = sha256(token);
    const org = await this.orgs.findOne({ 'invitations.tokenHash': hash }).lean<Organization>();
    const invitation = org?.invitations.find((i) => i.tokenHash === hash);
    if (!org || !invitation || new Date(invitation.expiresAt) <= new Date() || !user || user.email !== invitation.email) {
      throw new ProblemException(400, { type: 'invalid-invitation', title: 'Invalid invitation', detail: 'This invitation is unknown, expired, or for another address.' });
    }
    if (!user.emailVerified) throw new ProblemException(403, { type: 'email-not-verified', title: 'Email not verified', detail: 'Verify your email address first.' });
    const member: Member = { userId: user._id, role: invitation.role, since: new Date() };
    const members = [...org.members.filter((m) => m.userId !== user._id), member];
    const next = await this.write(org, { $set: { members, memberIds: members.map((m) => m.userId), invitations: org.invitations.filter((i) => i.id !== invitation.id) } });
    return this.present(next, by);
  }

  /** Adds a member directly (seeding, tests); invitations are the way in for users. */
  async addMember(id: string, userId: string, role: MemberRole): Promise<Organization> {
    const org = await this.byId(id);
    if (!org) throw notFound(id);
    if (org.memberIds.includes(userId)) return org;
    const members = [...org.members, { userId, role, since: new Date() }];
    return this.write(org, { $set: { members, memberIds: members.map((m) => m.userId) } });
  }

  async removeMember(id: string, userId: string, by: Principal): Promise<OrganizationView> {
    const org = await this.managed(id, by);
    const target = org.members.find((m) => m.userId === userId);
    if (!target) throw hiddenNotFound('Member')(userId);
    const owners = org.members.filter((m) => m.role === 'owner');
    if (target.role === 'owner' && owners.length === 1) throw new ProblemException(409, { type: 'last-owner', title: 'Last owner', detail: 'An organization keeps at least one owner.' });
    assertCan(target.role !== 'owner' || isAdmin(by) || this.roleOf(org, by.id) === 'owner', 'Only owners can remove owners.');
    const members = org.members.filter((m) => m.userId !== userId);
    return this.present(await this.write(org, { $set: { members, memberIds: members.map((m) => m.userId) } }), by);
  }

  /** Withdraws an open invitation (owners and admins): its link stops working. */
  async revokeInvitation(id: string, invitationId: string, by: Principal): Promise<OrganizationView> {
    const org = await this.managed(id, by);
    if (!org.invitations.some((i) => i.id === invitationId)) throw hiddenNotFound('Invitation')(invitationId);
    // The array is rewritten (FerretDB 1.24 ignores a $pull by part of an element).
    return this.present(await this.write(org, { $set: { invitations: org.invitations.filter((i) => i.id !== invitationId) } }), by);
  }

  /** Records the organization's Stripe Connect account (set once: onboarding reuses it). */
  async setStripeAccount(id: string, accountId: string): Promise<Organization | null> {
    return serializedWrite('organizations', id, () =>
      this.orgs.findOneAndUpdate({ _id: id, $or: [{ stripeAccountId: null }, { stripeAccountId: accountId }] }, { $set: { stripeAccountId: accountId }, $inc: { revision: 1 } }, { returnDocument: 'after' }).lean<Organization>().exec(),
    );
  }

  /** `account.updated`: whether the connected account can be paid out. */
  async setPayoutsEnabled(accountId: string, enabled: boolean): Promise<void> {
    const org = await this.orgs.findOne({ stripeAccountId: accountId }).lean<Organization>();
    if (!org || org.payoutsEnabled === enabled) return;
    await serializedWrite('organizations', org._id, () => this.orgs.updateOne({ _id: org._id, stripeAccountId: accountId }, { $set: { payoutsEnabled: enabled }, $inc: { revision: 1 } }).exec());
  }

  /** Loads an organization the caller administers, for payouts (owners and admins of the organization). */
  async managedForPayouts(id: string, by: Principal): Promise<Organization> {
    return this.managed(id, by);
  }

  async setVerified(id: string, verified: boolean, by: Principal): Promise<OrganizationView> {
    const org = await this.byId(id);
    if (!org) throw notFound(id);
    return this.present(await this.write(org, { $set: { verified } }), by);
  }
}
