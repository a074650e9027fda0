import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal } from '../accounts/auth/principal';
import { BookAddress, Organization, PostalAddress } from '../accounts/organizations/organization.schema';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { Order, OrderParty, OrderVat } from '../marketplace/orders/order.schema';
import { OrdersService, OrderView } from '../marketplace/orders/orders.service';
import { QuotesService } from '../marketplace/quotes/quotes.service';
import { AddressBookService, validVatNumber } from './address-book.service';
import { CartService, LineProblem, PricedCartLine } from './cart.service';
import { CheckoutDto, ConfirmCheckoutDto } from './checkout.dto';
import { decideVat, lineVatMinor } from './vat';

export interface OrderPreview {
  supplier: { id: string; name: string; country: string; vatNumber: string | null };
  currency: string;
  lines: { cartLineId: string; offerId: string; sku: string; title: string; materialName: string; quantity: number; unitPriceMinor: number; netMinor: number; vatMinor: number }[];
  netMinor: number;
  vat: OrderVat;
  grossMinor: number;
  paymentTerms: { method: 'invoice' | 'card'; dueDays: number | null; text: string };
}

export interface CheckoutPreview {
  orders: OrderPreview[];
  totals: { currency: string; netMinor: number; vatMinor: number; grossMinor: number }[];
  shipTo: PostalAddress;
  billTo: PostalAddress;
  buyerVatNumber: string | null;
  poNumber: string | null;
  problems: (LineProblem & { cartLineId: string | null })[];
}

interface Computed {
  preview: CheckoutPreview;
  lines: PricedCartLine[];
  buyerOrg: Organization;
  shipTo: BookAddress;
  billTo: BookAddress;
}

const stripAddress = ({ id: _id, label: _label, ...rest }: BookAddress): PostalAddress => rest;

/**
 * Checkout: the cart split into one order per supplier (and currency), priced at the tiers that
 * apply now, VAT decided per order by `decideVat` (supplier country, ship-to country, buyer VAT
 * number) and rounded per line. The preview is what the buyer reviews; confirm recomputes it and
 * refuses (409, naming what changed) if a total differs from the one reviewed, then places the
 * orders all or none (OrdersService.placeCheckout) and empties the lines that became orders.
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly carts: CartService,
    private readonly book: AddressBookService,
    private readonly orders: OrdersService,
    private readonly quotes: QuotesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async preview(dto: CheckoutDto, by: Principal): Promise<CheckoutPreview> {
    return (await this.compute(dto, by)).preview;
  }

  private async compute(dto: CheckoutDto, by: Principal): Promise<Computed> {
    const orgId = this.carts.orgOf(by);
    const buyerOrg = await this.book.member(orgId, by);
    const addresses = this.book.addresses(buyerOrg);
    const shipTo = addresses.find((a) => a.id === dto.shipToAddressId);
    const billTo = addresses.find((a) => a.id === dto.billToAddressId);
    const errors = [
      ...(shipTo ? [] : [{ path: 'shipToAddressId', message: 'is not an address of your organization address book' }]),
      ...(billTo ? [] : [{ path: 'billToAddressId', message: 'is not an address of your organization address book' }]),
    ];
    const billing = this.book.billingOf(buyerOrg);
    const poNumber = dto.poNumber?.trim() || null;
    if (dto.paymentMethod === 'invoice' && billing.requirePoForInvoice && !poNumber) errors.push({ path: 'poNumber', message: 'your organization requires a purchase-order number when paying by invoice' });
    let buyerVatNumber: string | null = billing.vatNumber;
    if (dto.buyerVatNumber !== undefined) {
      try {
        buyerVatNumber = validVatNumber(dto.buyerVatNumber, 'buyerVatNumber');
      } catch {
        errors.push({ path: 'buyerVatNumber', message: 'is not a valid EU VAT number (country prefix and digits; the check digits must hold)' });
      }
    }
    if (errors.length) throw validationProblem(errors);
    const cart = await this.carts.raw(orgId);
    if (!cart.lines.length) throw new ProblemException(409, { type: 'empty-cart', title: 'Empty cart', detail: 'Your cart is empty: add offers before checking out.' });
    const lines = await this.carts.price(cart, by, shipTo!.country);
    const problems = lines.flatMap((l) => l.problems.map((p) => ({ ...p, cartLineId: l.id })));
    const groups = new Map<string, PricedCartLine[]>();
    for (const line of lines.filter((l) => l.offer && l.unitPriceMinor !== null)) {
      const key = `${line.supplier.id} ${line.currency}`;
      groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    const orders: OrderPreview[] = [];
    for (const group of groups.values()) {
      const supplierOrg = group[0].supplierOrg;
      const supplierBilling = supplierOrg ? this.book.billingOf(supplierOrg) : null;
      const decision = decideVat({ supplierCountry: supplierOrg?.country ?? '', shipToCountry: shipTo!.country, buyerVatNumber });
      const priced = group.map((l) => {
        const net = l.unitPriceMinor! * l.quantity;
        return { cartLineId: l.id, offerId: l.offerId, sku: l.sku, title: l.title, materialName: l.materialName, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor!, netMinor: net, vatMinor: lineVatMinor(net, decision.rateBps) };
      });
      const net = priced.reduce((s, l) => s + l.netMinor, 0);
      const vat = priced.reduce((s, l) => s + l.vatMinor, 0);
      const dueDays = dto.paymentMethod === 'invoice' ? (supplierBilling?.invoiceDueDays ?? 30) : null;
      orders.push({
        supplier: { id: group[0].supplier.id, name: group[0].supplier.name, country: group[0].supplier.country, vatNumber: supplierBilling?.vatNumber ?? null },
        currency: group[0].currency,
        lines: priced,
        netMinor: net,
        vat: { rule: decision.rule, rateBps: decision.rateBps, amountMinor: vat, note: decision.note },
        grossMinor: net + vat,
        paymentTerms: { method: dto.paymentMethod, dueDays, text: dueDays !== null ? `Invoice, due ${dueDays} days after the invoice date` : 'Card, paid now' },
      });
    }
    const totals = new Map<string, { currency: string; netMinor: number; vatMinor: number; grossMinor: number }>();
    for (const o of orders) {
      const t = totals.get(o.currency) ?? { currency: o.currency, netMinor: 0, vatMinor: 0, grossMinor: 0 };
      t.netMinor += o.netMinor;
      t.vatMinor += o.vat.amountMinor;
      t.grossMinor += o.grossMinor;
      totals.set(o.currency, t);
    }
    return {
      preview: { orders, totals: [...totals.values()], shipTo: stripAddress(shipTo!), billTo: stripAddress(billTo!), buyerVatNumber, poNumber, problems },
      lines,
      buyerOrg,
      shipTo: shipTo!,
      billTo: billTo!,
    };
  }

  async confirm(dto: ConfirmCheckoutDto, by: Principal): Promise<{ checkoutId: string; orders: OrderView[] }> {
    const { preview, lines, buyerOrg, shipTo, billTo } = await this.compute(dto, by);
    if (preview.problems.length) {
      throw new ProblemException(409, {
        type: 'checkout-problems',
        title: 'The cart needs your attention',
        detail: `Nothing was ordered: ${preview.problems.map((p) => p.message).join(' ')}`,
        extensions: { problems: preview.problems },
      });
    }
    const expected = new Map(dto.expectedTotals.map((t) => [t.supplierOrgId, t.grossMinor]));
    const changed = preview.orders.filter((o) => expected.get(o.supplier.id) !== o.grossMinor);
    const gone = dto.expectedTotals.filter((t) => !preview.orders.some((o) => o.supplier.id === t.supplierOrgId));
    if (changed.length || gone.length || expected.size !== preview.orders.length) {
      throw new ProblemException(409, {
        type: 'checkout-changed',
        title: 'Totals changed since your review',
        detail: `Nothing was ordered: the total of ${[...changed.map((o) => o.supplier.name), ...gone.map((g) => g.supplierOrgId)].join(', ') || 'your order'} changed since you reviewed it. Review the new totals and confirm again.`,
        extensions: { orders: preview.orders.map((o) => ({ supplierOrgId: o.supplier.id, grossMinor: o.grossMinor, expectedGrossMinor: expected.get(o.supplier.id) ?? null })) },
      });
    }
    const checkoutId = randomUUID();
    const now = new Date();
    const buyerBilling = this.book.billingOf(buyerOrg);
    const buyerParty: OrderParty = { orgId: buyerOrg._id, name: buyerOrg.name, vatNumber: preview.buyerVatNumber, address: buyerBilling.legalAddress ?? stripAddress(billTo) };
    const docs: Order[] = preview.orders.map((o) => {
      const supplierOrg = lines.find((l) => l.supplier.id === o.supplier.id)?.supplierOrg ?? null;
      const supplierParty: OrderParty = { orgId: o.supplier.id, name: o.supplier.name, vatNumber: o.supplier.vatNumber, address: supplierOrg ? this.book.billingOf(supplierOrg).legalAddress : null };
      const dueDays = o.paymentTerms.dueDays;
      return {
        _id: randomUUID(),
        buyerUserId: by.id,
        buyerOrgId: buyerOrg._id,
        supplierOrgId: o.supplier.id,
        lines: o.lines.map((l) => {
          const line = lines.find((x) => x.id === l.cartLineId)!;
          return { offerId: l.offerId, sku: l.sku, materialSlug: line.materialSlug, title: l.title, grade: line.grade, packSize: line.packSize, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, lineTotalMinor: l.netMinor, vatMinor: l.vatMinor };
        }),
        // The quote the order fulfils (when one line of it came from an accepted quote).
        quoteId: o.lines.map((l) => lines.find((x) => x.id === l.cartLineId)!.quoteId).find(Boolean) ?? null,
        currency: o.currency,
        totalMinor: o.grossMinor,
        netMinor: o.netMinor,
        vat: o.vat,
        platformFeeMinor: Math.round((o.netMinor * this.config.marketplace.commissionBps) / 10_000),
        paymentMethod: dto.paymentMethod,
        payment: { status: 'none', intentId: null, clientSecret: null, refundId: null },
        state: 'allocating',
        payBy: new Date(now.getTime() + (dueDays !== null ? dueDays * 86_400_000 : this.config.marketplace.paymentWindowS * 1000)),
        number: null,
        supplierParty,
        buyerParty,
        buyerName: by.name ?? null,
        shipTo: stripAddress(shipTo),
        billTo: stripAddress(billTo),
        poNumber: preview.poNumber,
        dueDays,
        shipment: null,
        deliveredAt: null,
        cancellation: null,
        invoice: null,
        creditNote: null,
        checkoutId,
        abandoned: false,
        history: [{ at: now, from: null, to: 'allocating', by: by.id }],
        revision: 1,
        createdAt: now,
        updatedAt: now,
      };
    });
    const placed = await this.orders.placeCheckout(docs, by);
    // Quoted lines: their quotes are ordered now.
    for (const line of lines.filter((l) => l.quoteId)) {
      const order = placed.find((o) => o.lines.some((ol) => ol.offerId === line.offerId));
      if (order) await this.quotes.markOrdered(line.quoteId!, order.id);
    }
    await this.carts.removeOrdered(buyerOrg._id, lines.map((l) => l.id));
    return { checkoutId, orders: placed };
  }
}
