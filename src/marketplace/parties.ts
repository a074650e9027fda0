import { Injectable, Logger } from '@nestjs/common';
import { Principal } from '../accounts/auth/principal';
import { OrganizationsService } from '../accounts/organizations/organizations.service';
import { UsersService } from '../accounts/users/users.service';
import { MailService } from '../notifications/mail.service';

/** An order or a quote request: something between a buyer (user, organization) and a supplier. */
export interface Deal {
  buyerUserId: string;
  buyerOrgId: string | null;
  supplierOrgId: string;
}

/** Which side of a deal the caller is on: the supplier's staff, the buyer or their organization, or neither. */
export function sideOf(deal: Deal, by: Principal): 'buyer' | 'supplier' | null {
  if (by.organizationId && by.organizationId === deal.supplierOrgId && by.roles.includes('supplier')) return 'supplier';
  if (deal.buyerUserId === by.id || (deal.buyerOrgId && by.organizationId === deal.buyerOrgId)) return 'buyer';
  return null;
}

/** The MongoDB filter of the deals the caller sees on one side (selling: their supplier organization's). */
export function dealsFilter(side: 'buying' | 'selling' | undefined, by: Principal): Record<string, unknown> {
  if (side === 'selling') return { supplierOrgId: by.roles.includes('supplier') ? (by.organizationId ?? '-') : '-' };
  return by.organizationId ? { $or: [{ buyerOrgId: by.organizationId }, { buyerUserId: by.id }] } : { buyerUserId: by.id };
}

/** Marketplace mails: to a deal's buyer, or to the owners and admins of its supplier. A failed mail is logged, never thrown. */
@Injectable()
export class DealMail {
  private readonly logger = new Logger(DealMail.name);

  constructor(
    private readonly orgs: OrganizationsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
  ) {}

  async toSupplier(deal: Deal, subject: string, text: string): Promise<void> {
    const org = await this.orgs.byId(deal.supplierOrgId);
    for (const m of org?.members.filter((x) => x.role !== 'member') ?? []) await this.toUser(m.userId, subject, text);
  }

  async toBuyer(deal: Deal, subject: string, text: string): Promise<void> {
    await this.toUser(deal.buyerUserId, subject, text);
  }

  private async toUser(userId: string, subject: string, text: string): Promise<void> {
    const user = await this.users.byId(userId);
    if (user) await this.mail.send({ to: user.email, subject: `Biomat Hub: ${subject}`, text }).catch((err: Error) => this.logger.warn(`mail to ${userId} failed: ${err.message}`));
  }
}
