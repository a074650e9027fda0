import { ProblemException } from '../common/problem/problem';
import { isAdmin, isCurator, Principal } from './auth/principal';

/**
 * Object-level access, in one place. An object belongs to an organization (`ownerOrgId`) and
 * possibly a user (`ownerUserId`); a caller may see it when they act for that organization, are
 * that user, or (for curation objects) are a curator. Anyone else gets 404: they may not even learn
 * that it exists.
 */
export function canAccess(by: Principal, owner: { ownerOrgId?: string | null; ownerUserId?: string | null }, options: { curators?: boolean } = {}): boolean {
  if (isAdmin(by) || (options.curators && isCurator(by))) return true;
  if (owner.ownerUserId && owner.ownerUserId === by.id) return true;
  return !!owner.ownerOrgId && owner.ownerOrgId === by.organizationId;
}

export const hiddenNotFound =
  (what: string) =>
  (id: string): ProblemException =>
    new ProblemException(404, { type: 'not-found', title: `${what} not found`, detail: `No ${what.toLowerCase()} "${id}".` });

/** Throws 404 unless `by` may access the object. */
export function assertAccess(by: Principal, owner: { ownerOrgId?: string | null; ownerUserId?: string | null }, notFound: () => ProblemException, options: { curators?: boolean } = {}): void {
  if (!canAccess(by, owner, options)) throw notFound();
}

/** 403 for what a caller may see but not do. */
export function assertCan(allowed: boolean, detail: string): void {
  if (!allowed) throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail });
}
