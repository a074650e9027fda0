import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException, validationProblem } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { MailService } from '../../notifications/mail.service';
import { Organization, OrganizationKind } from '../organizations/organization.schema';
import { OrganizationsService } from '../organizations/organizations.service';
import { normalizeEmail, User } from '../users/user.schema';
import { UsersService } from '../users/users.service';
import { decoyHash, hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords';
import { Principal, Role } from './principal';
import { randomToken, sha256 } from './secrets';
import { EMAIL_TOKEN_MODEL, EmailToken, EmailTokenPurpose } from './token.schema';
import { TokenPair, TokensService } from './tokens.service';

export const badCredentials = () =>
  new ProblemException(401, { type: 'invalid-credentials', title: 'Sign-in failed', detail: 'The email or the password is wrong, or the account is locked for a while.' });

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  organization?: { name: string; kind: OrganizationKind; country: string };
}

/** The roles an organization's kind gives its members. */
export const rolesFromOrganization = (kind: OrganizationKind | undefined): Role[] => (!kind ? [] : kind === 'supplier' ? ['supplier'] : ['researcher']);

const PRINCIPAL_CACHE_MS = 2000;

/**
 * Accounts' security flows: registration, password login with progressive lockout, email
 * verification and password reset with single-use hashed tokens, and the principal every request
 * acts as. Answers never tell whether an email is registered.
 */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Cached principals by user, then by the organization acted for ('' for none). */
  private readonly principals = new Map<string, Map<string, { at: number; principal: Principal | null }>>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectModel(EMAIL_TOKEN_MODEL) private readonly emailTokens: Model<EmailToken>,
    private readonly users: UsersService,
    private readonly orgs: OrganizationsService,
    private readonly tokens: TokensService,
    private readonly mail: MailService,
  ) {}

  // ---- registration and email verification ---------------------------------------------------

  /** Creates the account (and its organization, owned by it) and mails a verification link. */
  async register(input: RegisterInput): Promise<void> {
    const email = normalizeEmail(input.email);
    const problem = passwordProblem(input.password, { email, name: input.name });
    if (problem) throw validationProblem([problem]);
    const existing = await this.users.byEmail(email);
    if (existing) {
      // Same answer as a fresh registration; the owner of the address hears about it.
      await this.mail.send({
        to: email,
        subject: 'Biomat Hub: someone tried to register with your address',
        text: `Somebody (perhaps you) tried to create a Biomat Hub account with ${email}, which already has one.\nIf you forgot your password, reset it at ${this.config.publicUrl}/reset-password.\n`,
      });
      return;
    }
    const passwordHash = await hashPassword(input.password, this.config.auth.argon2);
    let user: User;
    try {
      user = await this.users.create({ email, name: input.name, passwordHash });
    } catch (err) {
      if (err instanceof ProblemException && err.getStatus() === 409) return; // raced with another registration
      throw err;
    }
    if (input.organization) await this.orgs.create(input.organization, user._id);
    await this.sendEmailToken(user, 'verify-email');
  }

  async resendVerification(email: string): Promise<void> {
    const user = await this.users.byEmail(email);
    if (user && !user.emailVerified && !user.disabled) await this.sendEmailToken(user, 'verify-email');
  }

  async verifyEmail(token: string): Promise<void> {
    const used = await this.useEmailToken(token, 'verify-email');
    const user = await this.users.update(used.userId, { $set: { emailVerified: true } }, { email: used.email });
    if (!user) throw invalidToken();
    this.forget(user._id);
  }

  // ---- password reset ------------------------------------------------------------------------

  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.byEmail(email);
    if (user && !user.disabled) await this.sendEmailToken(user, 'reset-password');
  }

  /**
   * Sets the new password, verifies the address (the mail reached it), unlocks, and ends every
   * session. An account whose address was never verified drops its linked identities: one created
   * by an OpenID login with an address the provider did not vouch for may belong to someone else
   * (account pre-hijacking), and the mailbox owner is the one resetting now.
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const record = await this.emailTokens.findById(sha256(token)).lean<EmailToken>();
    const owner = record ? await this.users.byId(record.userId) : null;
    const problem = passwordProblem(password, { email: owner?.email, name: owner?.name });
    if (problem) throw validationProblem([problem]);
    const used = await this.useEmailToken(token, 'reset-password');
    const passwordHash = await hashPassword(password, this.config.auth.argon2);
    const unproven = owner && !owner.emailVerified ? { identities: [], identityKeys: [] } : {};
    const user = await this.users.update(used.userId, { $set: { passwordHash, emailVerified: true, failedLogins: 0, lockedUntil: null, ...unproven } });
    if (!user) throw invalidToken();
    await this.tokens.revokeUser(user._id);
    this.forget(user._id);
  }

  private async sendEmailToken(user: User, purpose: EmailTokenPurpose): Promise<void> {
    const token = randomToken();
    await this.emailTokens.create({ _id: sha256(token), purpose, userId: user._id, email: user.email, expiresAt: new Date(Date.now() + this.config.auth.emailTokenTtlS * 1000), usedAt: null });
    const hours = Math.round(this.config.auth.emailTokenTtlS / 360) / 10;
    const mail =
      purpose === 'verify-email'
        ? { subject: 'Biomat Hub: confirm your email address', text: `Welcome to Biomat Hub, ${user.name}.\n\nConfirm your address: ${this.config.publicUrl}/verify-email?token=${token}\nVerification token: ${token}\n\nThe link works once, for ${hours} h.\n` }
        : { subject: 'Biomat Hub: reset your password', text: `A password reset was requested for ${user.email}.\n\nChoose a new password: ${this.config.publicUrl}/reset-password?token=${token}\nReset token: ${token}\n\nThe link works once, for ${hours} h. If you did not ask for it, ignore this mail.\n` };
    await this.mail.send({ to: user.email, ...mail });
  }

  /** Marks a token used with one conditional update: it works once, before it expires. */
  private async useEmailToken(token: string, purpose: EmailTokenPurpose): Promise<EmailToken> {
    const id = sha256(token);
    const used = await serializedWrite('email_tokens', id, () =>
      updateIfMatches(this.emailTokens, id, { purpose, usedAt: null, expiresAt: { $gt: new Date() } }, { $set: { usedAt: new Date() } }),
    );
    if (!used) throw invalidToken();
    return used;
  }

  // ---- password login ------------------------------------------------------------------------

  /**
   * Checks a password. Unknown email, wrong password and locked account give the same 401 (a
   * decoy hash is verified for unknown emails, so timing tells nothing either). Each failure counts;
   * from `lockoutThreshold` failures on, the account locks for lockoutBaseS, doubling per further
   * failure up to lockoutMaxS.
   */
  async checkPassword(email: string, password: string): Promise<User> {
    const user = await this.users.byEmail(email);
    if (!user || !user.passwordHash) {
      await verifyPassword(await decoyHash(this.config.auth.argon2), password);
      throw badCredentials();
    }
    const now = new Date();
    const locked = user.lockedUntil && new Date(user.lockedUntil) > now;
    const ok = (await verifyPassword(user.passwordHash, password)) && !locked && !user.disabled;
    if (!ok) {
      if (!locked) await this.countFailure(user);
      throw badCredentials();
    }
    if (!user.emailVerified) {
      throw new ProblemException(403, { type: 'email-not-verified', title: 'Email not verified', detail: 'Confirm your email address first: open the link we mailed you, or ask for a new link.' });
    }
    const update: Record<string, unknown> = { failedLogins: 0, lockedUntil: null };
    if (needsRehash(user.passwordHash, this.config.auth.argon2)) update.passwordHash = await hashPassword(password, this.config.auth.argon2);
    if (user.failedLogins || user.lockedUntil || update.passwordHash) await this.users.update(user._id, { $set: update });
    return user;
  }

  private async countFailure(user: User): Promise<void> {
    const { lockoutThreshold, lockoutBaseS, lockoutMaxS } = this.config.auth;
    const failures = user.failedLogins + 1;
    const over = failures - lockoutThreshold;
    const lockedUntil = over >= 0 ? new Date(Date.now() + Math.min(lockoutMaxS, lockoutBaseS * 2 ** over) * 1000) : null;
    await this.users.update(user._id, { $set: { failedLogins: failures, lockedUntil } });
    if (over === 0) {
      this.logger.warn(`account ${user._id} locked after ${failures} failed logins`);
      await this.mail.send({
        to: user.email,
        subject: 'Biomat Hub: sign-in locked for a while',
        text: `There were ${failures} failed sign-ins to your account; it is locked for ${lockoutBaseS} s, longer if failures go on.\nIf this was not you, reset your password: ${this.config.publicUrl}/reset-password\n`,
      });
    }
  }

  /** Signs a checked user in: the organization they act for is their first. */
  async signIn(user: User): Promise<TokenPair> {
    const primary = await this.orgs.primaryOf(user._id);
    return this.tokens.issue(user._id, primary?.org._id ?? null);
  }

  refresh(token: string): Promise<TokenPair> {
    return this.tokens.rotate(token, async (userId) => {
      const user = await this.users.byId(userId);
      if (!user || user.disabled) return null;
      const primary = await this.orgs.primaryOf(userId);
      return { organizationId: primary?.org._id ?? null };
    });
  }

  logout(token: string): Promise<void> {
    return this.tokens.revoke(token);
  }

  // ---- the principal of a request ------------------------------------------------------------

  /**
   * Who a token's subject is, read afresh (cached for 2 s): a disabled user, a lost membership or a
   * new role takes effect at once, not when the access token expires. Null: the account is gone
   * or disabled.
   */
  async principal(userId: string, organizationId: string | null, via: Principal['via'], scopes?: Principal['scopes']): Promise<Principal | null> {
    const orgKey = organizationId ?? '';
    const hit = this.principals.get(userId)?.get(orgKey);
    let principal = hit && Date.now() - hit.at < PRINCIPAL_CACHE_MS ? hit.principal : undefined;
    if (principal === undefined) {
      principal = await this.loadPrincipal(userId, organizationId);
      if (this.principals.size >= 10_000) this.principals.clear();
      let byOrg = this.principals.get(userId);
      if (!byOrg) this.principals.set(userId, (byOrg = new Map()));
      byOrg.set(orgKey, { at: Date.now(), principal });
    }
    return principal && { ...principal, via, ...(scopes && { scopes }) };
  }

  private async loadPrincipal(userId: string, organizationId: string | null): Promise<Principal | null> {
    const user = await this.users.byId(userId);
    if (!user || user.disabled) return null;
    const org: Organization | null = organizationId ? await this.orgs.byId(organizationId) : null;
    const role = org ? this.orgs.roleOf(org, userId) : undefined;
    return {
      id: user._id,
      name: user.name,
      email: user.email,
      roles: [...user.roles, ...(role ? rolesFromOrganization(org!.kind) : [])],
      ...(org && role && { organizationId: org._id, organizationRole: role }),
    };
  }

  /** Drops cached principals of a user (after a change to the account). */
  forget(userId: string): void {
    this.principals.delete(userId);
  }

  /**
   * After the user edited their own profile (name, ORCID iD): cached principals take the new name
   * instead of being dropped, so the next request needs no database read. Roles, memberships and
   * the disabled flag are not editable there; changes to those call `forget`.
   */
  profileEdited(user: Pick<User, '_id' | 'name'>): void {
    for (const entry of this.principals.get(user._id)?.values() ?? []) {
      if (entry.principal) entry.principal = { ...entry.principal, name: user.name };
    }
  }
}

const invalidToken = () => new ProblemException(400, { type: 'invalid-token', title: 'Invalid or expired token', detail: 'This link was used already, has expired, or is unknown.' });
