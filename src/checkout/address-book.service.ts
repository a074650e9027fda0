import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { hiddenNotFound } from '../accounts/access';
import { isAdmin, Principal } from '../accounts/auth/principal';
import { BillingSettings, BookAddress, DEFAULT_BILLING, Organization, ORGANIZATION_MODEL, PostalAddress } from '../accounts/organizations/organization.schema';
import { updateIfMatches } from '../common/mongo/conditional-update';
import { serializedWrite } from '../common/mongo/write-locks';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { BillingSettingsDto, CreateAddressDto, PostalAddressDto, UpdateAddressDto } from './checkout.dto';
import { checkVatNumber } from './vat';

const notFound = hiddenNotFound('Organization');
const MAX_ADDRESSES = 50;

export function postal(a: PostalAddressDto | PostalAddress): PostalAddress {
  return { recipient: a.recipient ?? null, organizationName: a.organizationName, lines: a.lines, postalCode: a.postalCode, city: a.city, region: a.region ?? null, country: a.country.toUpperCase() };
}

export interface BillingView extends BillingSettings {
  vatNumberCountry: string | null;
}

/**
 * The address book and billing settings of an organization, kept on its document: every change
 * is one conditional update at the revision read. Members read and add addresses (buyers need a
 * ship-to); owners and admins change billing settings.
 */
@Injectable()
export class AddressBookService {
  constructor(@InjectModel(ORGANIZATION_MODEL) private readonly orgs: Model<Organization>) {}

  async member(orgId: string, by: Principal): Promise<Organization> {
    const org = await this.orgs.findById(orgId).lean<Organization>();
    if (!org || !(isAdmin(by) || org.memberIds.includes(by.id))) throw notFound(orgId);
    return org;
  }

  private async manager(orgId: string, by: Principal): Promise<Organization> {
    const org = await this.member(orgId, by);
    const role = org.members.find((m) => m.userId === by.id)?.role;
    if (!isAdmin(by) && role !== 'owner' && role !== 'admin') throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail: 'Only owners and admins of the organization change its billing settings.' });
    return org;
  }

  private async write(org: Organization, update: Record<string, unknown>): Promise<Organization> {
    const next = await serializedWrite('organizations', org._id, () => updateIfMatches(this.orgs, org._id, { revision: org.revision }, { ...update, $inc: { revision: 1 } }));
    if (!next) throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'The organization changed while you edited it; try again.' });
    return next;
  }

  addresses(org: Organization): BookAddress[] {
    return org.addresses ?? [];
  }

  async list(orgId: string, by: Principal): Promise<BookAddress[]> {
    return this.addresses(await this.member(orgId, by));
  }

  async add(orgId: string, dto: CreateAddressDto, by: Principal): Promise<BookAddress> {
    const org = await this.member(orgId, by);
    if (this.addresses(org).length >= MAX_ADDRESSES) throw validationProblem([{ path: 'label', message: `an address book holds at most ${MAX_ADDRESSES} addresses` }]);
    const address: BookAddress = { id: randomUUID(), label: dto.label, ...postal(dto) };
    await this.write(org, { $set: { addresses: [...this.addresses(org), address] } });
    return address;
  }

  async update(orgId: string, addressId: string, dto: UpdateAddressDto, by: Principal): Promise<BookAddress> {
    const org = await this.member(orgId, by);
    const current = this.addresses(org).find((a) => a.id === addressId);
    if (!current) throw hiddenNotFound('Address')(addressId);
    const next: BookAddress = { ...current, ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)), ...(dto.country && { country: dto.country.toUpperCase() }) };
    await this.write(org, { $set: { addresses: this.addresses(org).map((a) => (a.id === addressId ? next : a)) } });
    return next;
  }

  async remove(orgId: string, addressId: string, by: Principal): Promise<void> {
    const org = await this.member(orgId, by);
    if (!this.addresses(org).some((a) => a.id === addressId)) throw hiddenNotFound('Address')(addressId);
    await this.write(org, { $set: { addresses: this.addresses(org).filter((a) => a.id !== addressId) } });
  }

  billingOf(org: Pick<Organization, 'billing'>): BillingSettings {
    return { ...DEFAULT_BILLING, ...(org.billing ?? {}) };
  }

  viewBilling(org: Pick<Organization, 'billing'>): BillingView {
    const billing = this.billingOf(org);
    return { ...billing, vatNumberCountry: billing.vatNumber ? checkVatNumber(billing.vatNumber).country : null };
  }

  async billing(orgId: string, by: Principal): Promise<BillingView> {
    return this.viewBilling(await this.member(orgId, by));
  }

  async setBilling(orgId: string, dto: BillingSettingsDto, by: Principal): Promise<BillingView> {
    const org = await this.manager(orgId, by);
    const next = this.billingOf(org);
    if (dto.vatNumber !== undefined) next.vatNumber = dto.vatNumber === null ? null : validVatNumber(dto.vatNumber, 'vatNumber');
    if (dto.legalAddress !== undefined) next.legalAddress = dto.legalAddress === null ? null : postal(dto.legalAddress);
    if (dto.requirePoForInvoice !== undefined) next.requirePoForInvoice = dto.requirePoForInvoice;
    if (dto.invoiceDueDays !== undefined) next.invoiceDueDays = dto.invoiceDueDays;
    return this.viewBilling(await this.write(org, { $set: { billing: next } }));
  }
}

/** A VAT number normalised, or a 400 at `path` saying plainly what is wrong. */
export function validVatNumber(input: string, path: string): string {
  const check = checkVatNumber(input);
  if (!check.valid) throw validationProblem([{ path, message: 'is not a valid EU VAT number (country prefix and digits, e.g. IT followed by 11 digits; the check digits must hold)' }]);
  return check.normalized;
}
