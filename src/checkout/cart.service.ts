import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { hiddenNotFound } from '../accounts/access';
import { Principal } from '../accounts/auth/principal';
import { Organization } from '../accounts/organizations/organization.schema';
import { OrganizationsService } from '../accounts/organizations/organizations.service';
import { MaterialsService } from '../catalogue/materials.service';
import { updateIfMatches } from '../common/mongo/conditional-update';
import { serializedWrite } from '../common/mongo/write-locks';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { Offer, unitPriceFor } from '../marketplace/offers/offer.schema';
import { OffersService } from '../marketplace/offers/offers.service';
import { currencyDigits } from '../marketplace/orders/orders.service';
import { QuotesService } from '../marketplace/quotes/quotes.service';
import { QuoteRequest } from '../marketplace/quotes/quote-request.schema';
import { Cart, CART_MODEL, CartLine } from './cart.schema';

const MAX_LINES = 100;

export type LineProblemCode = 'offer-unavailable' | 'below-minimum' | 'over-stock' | 'price-changed' | 'not-shipped-to' | 'own-offer' | 'quote-unavailable';
export interface LineProblem {
  code: LineProblemCode;
  message: string;
}

export interface PricedCartLine {
  id: string;
  offerId: string;
  /** The accepted quote whose price and quantity this line orders, or null. */
  quoteId: string | null;
  materialSlug: string;
  materialName: string;
  title: string;
  sku: string;
  grade: string;
  packSize: { value: number; unit: string };
  supplier: { id: string; name: string; country: string };
  quantity: number;
  currency: string;
  unitPriceMinor: number | null;
  unitPriceMinorWhenAdded: number;
  lineNetMinor: number;
  priceTiers: { minQuantity: number; unitPriceMinor: number }[];
  minOrderQuantity: number;
  stockAvailable: number;
  leadTimeDays: number;
  problems: LineProblem[];
  /** Not in the answer: the offer and supplier behind the line. */
  offer: Offer | null;
  supplierOrg: Organization | null;
}

export interface CartView {
  organizationId: string;
  lines: Omit<PricedCartLine, 'offer' | 'supplierOrg'>[];
  suppliers: number;
  revision: number;
  updatedAt: string | null;
}

/** An amount in minor units in words of its currency (the minor-unit digits from Intl, as orders do). */
const money = (minor: number, currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** currencyDigits(currency));

/**
 * Carts: adding a line holds no stock (stock is allocated when checkout confirms); every read
 * prices each line at the tier its quantity reaches and says in plain words what stands in the way
 * of ordering it (offer withdrawn, below the minimum, more than the stock, price changed since it
 * was added, not shipped to the destination).
 */
@Injectable()
export class CartService {
  constructor(
    @InjectModel(CART_MODEL) private readonly carts: Model<Cart>,
    private readonly offers: OffersService,
    private readonly orgs: OrganizationsService,
    private readonly materials: MaterialsService,
    private readonly quotes: QuotesService,
  ) {}

  /** The organization whose cart the caller uses: the one they act for. */
  orgOf(by: Principal): string {
    if (!by.organizationId) throw new ProblemException(403, { type: 'no-organization', title: 'No organization', detail: 'Carts belong to organizations: join or create your institution first.' });
    return by.organizationId;
  }

  async raw(orgId: string): Promise<Cart> {
    return (await this.carts.findById(orgId).lean<Cart>()) ?? { _id: orgId, lines: [], revision: 0, updatedAt: null as unknown as Date };
  }

  async get(by: Principal, shipToCountry?: string): Promise<CartView> {
    const cart = await this.raw(this.orgOf(by));
    return this.view(cart, await this.price(cart, by, shipToCountry));
  }

  view(cart: Cart, lines: PricedCartLine[]): CartView {
    return {
      organizationId: cart._id,
      lines: lines.map(({ offer: _o, supplierOrg: _s, ...rest }) => rest),
      suppliers: new Set(lines.map((l) => `${l.supplier.id} ${l.currency}`)).size,
      revision: cart.revision,
      updatedAt: cart.updatedAt ? new Date(cart.updatedAt).toISOString() : null,
    };
  }

  /** Each line priced now, with its problems. */
  async price(cart: Cart, by: Principal, shipToCountry?: string): Promise<PricedCartLine[]> {
    const offers = await Promise.all(cart.lines.map((l) => this.offers.byId(l.offerId)));
    const quotes = await Promise.all(cart.lines.map((l) => (l.quoteId ? this.quotes.raw(l.quoteId) : Promise.resolve(null))));
    const names = await this.materials.publishedNames(offers.filter(Boolean).map((o) => o!.materialSlug));
    const orgIds = [...new Set(offers.filter(Boolean).map((o) => o!.supplierOrgId))];
    const orgs = new Map((await Promise.all(orgIds.map((id) => this.orgs.byId(id)))).filter(Boolean).map((o) => [o!._id, o!]));
    return cart.lines.map((line, i) => {
      const offer = offers[i];
      const supplierOrg = offer ? (orgs.get(offer.supplierOrgId) ?? null) : null;
      const problems: LineProblem[] = [];
      const quote = quotes[i];
      let unit = offer && offer.state === 'active' ? unitPriceFor(offer.priceTiers, line.quantity) : null;
      if (line.quoteId) unit = quotedPrice(quote);
      if (!offer || offer.state !== 'active') problems.push({ code: 'offer-unavailable', message: 'The supplier no longer offers this: remove the line.' });
      else if (line.quoteId && unit === null) problems.push({ code: 'quote-unavailable', message: 'The quote for this line is no longer open (expired, withdrawn or ordered): remove the line or ask for a new quote.' });
      else {
        if (!line.quoteId && line.quantity < offer.minOrderQuantity) problems.push({ code: 'below-minimum', message: `The minimum order is ${offer.minOrderQuantity} pack(s).` });
        if (line.quantity > offer.stockAvailable) problems.push({ code: 'over-stock', message: offer.stockAvailable ? `Only ${offer.stockAvailable} pack(s) in stock.` : 'Out of stock.' });
        if (unit !== null && unit !== line.unitPriceMinorWhenAdded) {
          problems.push({ code: 'price-changed', message: `The price changed from ${money(line.unitPriceMinorWhenAdded, offer.currency)} to ${money(unit, offer.currency)} per pack since it was added.` });
        }
        if (shipToCountry && offer.shipsTo.length && !offer.shipsTo.includes(shipToCountry)) problems.push({ code: 'not-shipped-to', message: `The supplier does not ship this to ${shipToCountry}.` });
        if (by.organizationId && offer.supplierOrgId === by.organizationId) problems.push({ code: 'own-offer', message: 'This is your own organization\u2019s offer.' });
      }
      return {
        id: line.id,
        offerId: line.offerId,
        quoteId: line.quoteId ?? null,
        materialSlug: offer?.materialSlug ?? '',
        materialName: (offer && names.get(offer.materialSlug)) ?? offer?.title ?? 'Withdrawn offer',
        title: offer?.title ?? 'Withdrawn offer',
        sku: offer?.sku ?? '',
        grade: offer?.grade ?? '',
        packSize: offer?.packSize ?? { value: 0, unit: '' },
        supplier: { id: offer?.supplierOrgId ?? '', name: supplierOrg?.name ?? 'Unknown supplier', country: supplierOrg?.country ?? '' },
        quantity: line.quantity,
        currency: offer?.currency ?? 'EUR',
        unitPriceMinor: unit,
        unitPriceMinorWhenAdded: line.unitPriceMinorWhenAdded,
        lineNetMinor: (unit ?? 0) * line.quantity,
        priceTiers: offer?.priceTiers ?? [],
        minOrderQuantity: offer?.minOrderQuantity ?? 1,
        stockAvailable: offer?.stockAvailable ?? 0,
        leadTimeDays: offer?.leadTimeDays ?? 0,
        problems,
        offer,
        supplierOrg,
      };
    });
  }

  private async write(orgId: string, change: (cart: Cart) => CartLine[]): Promise<Cart> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const cart = await this.raw(orgId);
      const lines = change(cart);
      if (cart.revision === 0) {
        const created = await this.carts.create({ _id: orgId, lines, revision: 1, updatedAt: new Date() }).catch((err: { code?: number }) => {
          if (err.code === 11000) return null;
          throw err;
        });
        if (created) return created.toObject() as Cart;
        continue;
      }
      const next = await serializedWrite('carts', orgId, () => updateIfMatches(this.carts, orgId, { revision: cart.revision }, { $set: { lines, updatedAt: new Date() }, $inc: { revision: 1 } }));
      if (next) return next;
    }
    throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'Your cart changed in another window while you edited it; reload it.' });
  }

  async add(dto: { offerId: string; quantity: number; quoteId?: string }, by: Principal): Promise<CartView> {
    const orgId = this.orgOf(by);
    const offer = await this.offers.byId(dto.offerId);
    if (!offer || offer.state !== 'active') throw validationProblem([{ path: 'offerId', message: 'no active offer with this id' }]);
    if (offer.supplierOrgId === orgId) throw validationProblem([{ path: 'offerId', message: 'this is your own organization\u2019s offer' }]);
    if (dto.quoteId) {
      const quote = await this.quotes.forCart(dto.quoteId, by);
      if (quote.offerId !== offer._id) throw validationProblem([{ path: 'quoteId', message: 'this quote is for another offer' }]);
      // The quoted line replaces any line of the same offer: one line per offer, at the quoted price and quantity.
      const cart = await this.write(orgId, (c) => [
        ...c.lines.filter((l) => l.offerId !== offer._id),
        { id: randomUUID(), offerId: offer._id, quoteId: quote._id, quantity: quote.quote!.quantity, unitPriceMinorWhenAdded: quote.quote!.unitPriceMinor, addedBy: by.id, addedAt: new Date() },
      ]);
      return this.view(cart, await this.price(cart, by));
    }
    const unit = unitPriceFor(offer.priceTiers, dto.quantity) ?? unitPriceFor(offer.priceTiers, offer.minOrderQuantity)!;
    const cart = await this.write(orgId, (c) => {
      const existing = c.lines.find((l) => l.offerId === dto.offerId);
      if (existing?.quoteId) throw validationProblem([{ path: 'offerId', message: 'this offer is in the cart at a quoted price: remove that line first to buy at the list price' }]);
      if (existing) {
        const quantity = existing.quantity + dto.quantity;
        return c.lines.map((l) => (l === existing ? { ...l, quantity, unitPriceMinorWhenAdded: unitPriceFor(offer.priceTiers, quantity) ?? unit } : l));
      }
      if (c.lines.length >= MAX_LINES) throw validationProblem([{ path: 'offerId', message: `a cart holds at most ${MAX_LINES} lines` }]);
      return [...c.lines, { id: randomUUID(), offerId: dto.offerId, quantity: dto.quantity, unitPriceMinorWhenAdded: unit, addedBy: by.id, addedAt: new Date() }];
    });
    return this.view(cart, await this.price(cart, by));
  }

  async setQuantity(lineId: string, quantity: number, by: Principal): Promise<CartView> {
    const orgId = this.orgOf(by);
    const current = await this.raw(orgId);
    const line = current.lines.find((l) => l.id === lineId);
    if (!line) throw hiddenNotFound('Cart line')(lineId);
    if (line.quoteId) throw validationProblem([{ path: 'quantity', message: 'a quoted line orders the quoted quantity: ask the supplier for a new quote to change it' }]);
    const offer = await this.offers.byId(line.offerId);
    const unit = offer ? unitPriceFor(offer.priceTiers, quantity) : null;
    const cart = await this.write(orgId, (c) => {
      if (!c.lines.some((l) => l.id === lineId)) throw hiddenNotFound('Cart line')(lineId);
      // Choosing a quantity is accepting the price the buyer sees for it.
      return c.lines.map((l) => (l.id === lineId ? { ...l, quantity, unitPriceMinorWhenAdded: unit ?? l.unitPriceMinorWhenAdded } : l));
    });
    return this.view(cart, await this.price(cart, by));
  }

  async remove(lineId: string, by: Principal): Promise<CartView> {
    const orgId = this.orgOf(by);
    const cart = await this.write(orgId, (c) => {
      if (!c.lines.some((l) => l.id === lineId)) throw hiddenNotFound('Cart line')(lineId);
      return c.lines.filter((l) => l.id !== lineId);
    });
    return this.view(cart, await this.price(cart, by));
  }

  /** Removes the lines that became orders (lines added meanwhile stay). */
  async removeOrdered(orgId: string, lineIds: string[]): Promise<void> {
    const ids = new Set(lineIds);
    await this.write(orgId, (c) => c.lines.filter((l) => !ids.has(l.id)));
  }

  /** Accepts the current prices of every line (after the buyer saw a price change), answering the cart. */
  async acceptPrices(by: Principal): Promise<CartView> {
    const lines = await this.price(await this.raw(this.orgOf(by)), by);
    const prices = new Map(lines.filter((l) => l.unitPriceMinor !== null).map((l) => [l.id, l.unitPriceMinor!]));
    const cart = await this.write(this.orgOf(by), (c) => c.lines.map((l) => (prices.has(l.id) ? { ...l, unitPriceMinorWhenAdded: prices.get(l.id)! } : l)));
    return this.view(cart, await this.price(cart, by));
  }
}

/** The price of an accepted quote that is still valid, or null. */
function quotedPrice(quote: QuoteRequest | null): number | null {
  if (!quote || quote.state !== 'accepted' || !quote.quote || new Date(quote.quote.validUntil) <= new Date()) return null;
  return quote.quote.unitPriceMinor;
}
