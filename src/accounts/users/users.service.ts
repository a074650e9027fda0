import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { Page, skipOf } from '../../common/http/pagination';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException } from '../../common/problem/problem';
import { GlobalRole, LinkedIdentity, normalizeEmail, User, USER_MODEL } from './user.schema';

export interface UserView {
  id: string;
  email: string;
  name: string;
  roles: GlobalRole[];
  emailVerified: boolean;
  orcid: string | null;
  disabled: boolean;
  identities: { issuer: string; subject: string }[];
  createdAt: string;
}

export const toUserView = (u: User): UserView => ({
  id: u._id,
  email: u.email,
  name: u.name,
  roles: u.roles,
  emailVerified: u.emailVerified,
  orcid: u.orcid,
  disabled: u.disabled,
  identities: (u.identities ?? []).map((i) => ({ issuer: i.issuer, subject: i.subject })),
  createdAt: new Date(u.createdAt).toISOString(),
});

export const identityKey = (issuer: string, subject: string) => `${issuer} ${subject}`;

/** Owns the `users` collection. Every write is one update of one document, serialised per user. */
@Injectable()
export class UsersService {
  constructor(@InjectModel(USER_MODEL) private readonly users: Model<User>) {}

  async byId(id: string): Promise<User | null> {
    return this.users.findById(id).lean<User>();
  }

  async byEmail(email: string): Promise<User | null> {
    return this.users.findOne({ email: normalizeEmail(email) }).lean<User>();
  }

  async byIdentity(issuer: string, subject: string): Promise<User | null> {
    return this.users.findOne({ identityKeys: identityKey(issuer, subject) }).lean<User>();
  }

  /** Creates a user; 409 if the email is taken (callers that must not reveal it catch this). */
  async create(input: { email: string; name: string; passwordHash: string | null; emailVerified?: boolean; roles?: GlobalRole[]; identity?: Omit<LinkedIdentity, 'linkedAt'>; id?: string }): Promise<User> {
    const identities = input.identity ? [{ ...input.identity, linkedAt: new Date() }] : [];
    try {
      const created = await this.users.create({
        _id: input.id ?? randomUUID(),
        email: normalizeEmail(input.email),
        name: input.name,
        passwordHash: input.passwordHash,
        roles: input.roles ?? [],
        emailVerified: input.emailVerified ?? false,
        identities,
        identityKeys: identities.map((i) => identityKey(i.issuer, i.subject)),
      });
      return created.toObject() as User;
    } catch (err) {
      if ((err as { code?: number }).code === 11000) throw new ProblemException(409, { type: 'email-taken', title: 'Email already registered' });
      throw err;
    }
  }

  /** One conditional update of one user (serialised per user: FerretDB updates are not atomic). */
  async update(id: string, update: Record<string, unknown>, filter: Record<string, unknown> = {}): Promise<User | null> {
    return serializedWrite('users', id, () =>
      updateIfMatches(this.users, id, filter, { ...update, $inc: { revision: 1 } }),
    );
  }

  async linkIdentity(id: string, identity: Omit<LinkedIdentity, 'linkedAt'>): Promise<User | null> {
    const key = identityKey(identity.issuer, identity.subject);
    return this.update(id, { $push: { identities: { ...identity, linkedAt: new Date() } }, $addToSet: { identityKeys: key } }, { identityKeys: { $ne: key } });
  }

  async list(page: { page: number; perPage: number }): Promise<Page<UserView>> {
    const [rows, total] = await Promise.all([
      this.users.find({}).sort({ email: 1 }).skip(skipOf(page)).limit(page.perPage).lean<User[]>(),
      this.users.countDocuments({}),
    ]);
    return { items: rows.map(toUserView), total, page: page.page, perPage: page.perPage };
  }
}
