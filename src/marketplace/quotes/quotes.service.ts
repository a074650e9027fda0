import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { hiddenNotFound } from '../../accounts/access';
import { Principal } from '../../accounts/auth/principal';
import { Page, skipOf } from '../../common/http/pagination';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException, validationProblem } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { OffersService } from '../offers/offers.service';
import { MaterialsService } from '../../catalogue/materials.service';
import { OrganizationsService } from '../../accounts/organizations/organizations.service';
import { UsersService } from '../../accounts/users/users.service';
import { DealMail, dealsFilter, sideOf } from '../parties';
import { OrdersService, OrderView } from '../orders/orders.service';
import { QUOTE_LIFECYCLE, QuoteAction, QuoteActor } from './quote.machine';
import { QUOTE_REQUEST_MODEL, QuoteRequest, QuoteState } from './quote-request.schema';
import { QuoteActionDto } from './quotes.dto';

export type QuoteRequestView = Omit<QuoteRequest, '_id'> & { id: string; availableActions: QuoteAction[] };

/** What a person reads instead of ids: the material, the offer, the organizations and the people of the thread. */
export interface QuoteNames {
  material: string;
  offerTitle: string;
  sku: string;
  buyer: string | null;
  buyerOrganization: string | null;
  supplier: string | null;
  /** userId -> name, for the authors of messages and steps. */
  people: Record<string, string>;
}
export type NamedQuoteRequest = QuoteRequestView & { names: QuoteNames; quoteTotalMinor: number | null };

const notFound = hiddenNotFound('Quote request');

/**
 * Quote requests (RFQ), the way labs buy: request, quote, counter, accept, order at the quoted
 * price. Only the two sides see a request; each transition is one conditional update from the
 * expected state; quotes past their validity expire by a scheduled job.
 */
@Injectable()
export class QuotesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(QuotesService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectModel(QUOTE_REQUEST_MODEL) private readonly quotes: Model<QuoteRequest>,
    @InjectConfig() private readonly config: AppConfig,
    private readonly offers: OffersService,
    private readonly orders: OrdersService,
    private readonly dealMail: DealMail,
    private readonly materials: MaterialsService,
    private readonly orgs: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /** The view with names (material, offer, organizations, people) and the quoted total. */
  async present(v: QuoteRequestView): Promise<NamedQuoteRequest> {
    return (await this.presentAll([v]))[0];
  }

  async presentAll(views: QuoteRequestView[]): Promise<NamedQuoteRequest[]> {
    const material = await this.materials.publishedNames(views.map((v) => v.materialSlug));
    const cache = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
      if (!cache.has(key)) cache.set(key, load());
      return cache.get(key) as Promise<T>;
    };
    return Promise.all(
      views.map(async (v) => {
        const [offer, buyerOrg, supplierOrg] = await Promise.all([
          once(`offer ${v.offerId}`, () => this.offers.byId(v.offerId)),
          v.buyerOrgId ? once(`org ${v.buyerOrgId}`, () => this.orgs.byId(v.buyerOrgId!)) : Promise.resolve(null),
          once(`org ${v.supplierOrgId}`, () => this.orgs.byId(v.supplierOrgId)),
        ]);
        const ids = [...new Set([v.buyerUserId, ...v.messages.map((m) => m.by), ...v.history.map((h) => h.by)])];
        const users = await Promise.all(ids.map((id) => once(`user ${id}`, () => this.users.byId(id))));
        const people = Object.fromEntries(users.filter(Boolean).map((u) => [u!._id, u!.name]));
        return {
          ...v,
          names: {
            material: material.get(v.materialSlug) ?? offer?.title ?? v.materialSlug,
            offerTitle: offer?.title ?? 'Withdrawn offer',
            sku: offer?.sku ?? '',
            buyer: people[v.buyerUserId] ?? null,
            buyerOrganization: buyerOrg?.name ?? null,
            supplier: supplierOrg?.name ?? null,
            people,
          },
          quoteTotalMinor: v.quote ? v.quote.unitPriceMinor * v.quote.quantity : null,
        };
      }),
    );
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.expire().catch((err: Error) => this.logger.warn(`quote expiry failed: ${err.message}`)), 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  view(q: QuoteRequest, by: Principal): QuoteRequestView {
    const { _id, ...rest } = q;
    const side = sideOf(q, by);
    return { id: _id, ...rest, currency: currencyOf(q), availableActions: side ? QUOTE_LIFECYCLE.available(q.state, [side]) : [] };
  }

  private async visible(id: string, by: Principal): Promise<{ q: QuoteRequest; side: 'buyer' | 'supplier' }> {
    const q = await this.quotes.findById(id).lean<QuoteRequest>();
    const side = q && sideOf(q, by);
    if (!q || !side) throw notFound(id);
    return { q, side };
  }

  async get(id: string, by: Principal): Promise<QuoteRequestView> {
    return this.view((await this.visible(id, by)).q, by);
  }

  async list(query: { page: number; perPage: number; side?: 'buying' | 'selling' }, by: Principal): Promise<Page<QuoteRequestView>> {
    const filter = dealsFilter(query.side, by);
    const [rows, total] = await Promise.all([
      this.quotes.find(filter).sort({ updatedAt: -1, _id: 1 }).skip(skipOf(query)).limit(query.perPage).lean<QuoteRequest[]>(),
      this.quotes.countDocuments(filter),
    ]);
    return { items: rows.map((q) => this.view(q, by)), total, page: query.page, perPage: query.perPage };
  }

  async create(input: { offerId: string; quantity: number; message?: string }, by: Principal): Promise<QuoteRequestView> {
    const offer = await this.offers.byId(input.offerId);
    if (!offer || offer.state !== 'active') throw validationProblem([{ path: 'offerId', message: 'no active offer with this id' }]);
    const now = new Date();
    const q: QuoteRequest = {
      _id: randomUUID(),
      buyerUserId: by.id,
      buyerOrgId: by.organizationId ?? null,
      supplierOrgId: offer.supplierOrgId,
      offerId: offer._id,
      materialSlug: offer.materialSlug,
      currency: offer.currency,
      quantity: input.quantity,
      state: 'requested',
      quote: null,
      counter: null,
      orderId: null,
      messages: input.message ? [{ at: now, by: by.id, side: 'buyer', text: input.message }] : [],
      history: [{ at: now, from: null, to: 'requested', by: by.id }],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.quotes.create(q);
    await this.notifySupplier(q, 'New quote request', `A quote is requested for ${input.quantity} pack(s) of ${offer.title} (${offer.sku}).${input.message ? `\n\n"${input.message}"` : ''}`);
    return this.view(q, by);
  }

  async act(id: string, dto: QuoteActionDto, by: Principal): Promise<QuoteRequestView> {
    const { q, side } = await this.visible(id, by);
    const set: Record<string, unknown> = {};
    if (dto.action === 'quote') {
      if (dto.unitPriceMinor === undefined) throw validationProblem([{ path: 'unitPriceMinor', message: 'a quote names a unit price' }]);
      const offer = await this.offers.byId(q.offerId);
      const validUntil = dto.validUntil ? new Date(dto.validUntil) : new Date(Date.now() + this.config.marketplace.quoteValidityDays * 86_400_000);
      if (validUntil <= new Date()) throw validationProblem([{ path: 'validUntil', message: 'must be in the future' }]);
      set.quote = { unitPriceMinor: dto.unitPriceMinor, quantity: dto.quantity ?? q.counter?.quantity ?? q.quantity, currency: q.currency ?? offer?.currency ?? 'EUR', validUntil };
    } else if (dto.action === 'counter') {
      set.counter = { unitPriceMinor: dto.unitPriceMinor ?? null, quantity: dto.quantity ?? q.quote?.quantity ?? q.quantity };
    } else if (dto.action === 'accept' && q.quote && new Date(q.quote.validUntil) <= new Date()) {
      throw new ProblemException(409, { type: 'quote-expired', title: 'Quote expired', detail: 'Ask the supplier for a new quote.' });
    }
    const moved = await this.move(q, dto.action, side, by.id, set, dto.message);
    if (dto.action === 'quote') await this.notifyBuyer(moved, 'Quote received', `The supplier quoted ${moved.quote!.quantity} pack(s) at ${moved.quote!.unitPriceMinor} (minor units, ${moved.quote!.currency}) each, valid until ${new Date(moved.quote!.validUntil).toISOString().slice(0, 10)}.`);
    return this.view(moved, by);
  }

  /** Orders an accepted quote at its price; the request becomes `ordered` with the order's id. */
  async order(id: string, paymentMethod: 'card' | 'invoice', by: Principal): Promise<OrderView> {
    const { q, side } = await this.visible(id, by);
    const check = QUOTE_LIFECYCLE.check(q.state, 'order', [side]);
    if (!check.ok || !q.quote) throw new ProblemException(409, { type: 'invalid-transition', title: 'Not possible now', detail: `Only an accepted quote can be ordered (this one is ${q.state}).` });
    if (new Date(q.quote.validUntil) <= new Date()) throw new ProblemException(409, { type: 'quote-expired', title: 'Quote expired', detail: 'Ask the supplier for a new quote.' });
    // Claim the quote first, so that two order attempts cannot both order it.
    const claimed = await this.move(q, 'order', side, by.id, {});
    try {
      const order = await this.orders.create({ lines: [{ offerId: q.offerId, quantity: q.quote.quantity, unitPriceMinor: q.quote.unitPriceMinor }], paymentMethod, quoteId: q._id }, by);
      await this.write(q._id, { state: 'ordered' }, { $set: { orderId: order.id } });
      return order;
    } catch (err) {
      // Out of stock, or anything else: the quote stays accepted for another try.
      await this.write(claimed._id, { state: 'ordered', orderId: null }, { $set: { state: 'accepted' }, $push: { history: { at: new Date(), from: 'ordered', to: 'accepted', by: 'system' } } });
      throw err;
    }
  }

  /** An accepted, still valid quote of the caller's side, to put in the cart at its price (409 otherwise). */
  async forCart(id: string, by: Principal): Promise<QuoteRequest> {
    const { q, side } = await this.visible(id, by);
    if (side !== 'buyer') throw notFound(id);
    this.assertOrderable(q);
    return q;
  }

  /** The stored request (callers check access first), or null. */
  async raw(id: string): Promise<QuoteRequest | null> {
    return this.quotes.findById(id).lean<QuoteRequest>();
  }

  /** Whether a quote can still be ordered at its price; a plain-words 409 when not. */
  assertOrderable(q: QuoteRequest): void {
    if (q.state !== 'accepted' || !q.quote) throw new ProblemException(409, { type: 'invalid-transition', title: 'Not possible now', detail: `Only an accepted quote can be ordered (this one is ${q.state}).` });
    if (new Date(q.quote.validUntil) <= new Date()) throw new ProblemException(409, { type: 'quote-expired', title: 'Quote expired', detail: 'The quote expired: ask the supplier for a new quote.' });
  }

  /** Checkout placed an order with the quoted line: the quote is ordered (one conditional update from accepted). */
  async markOrdered(id: string, orderId: string): Promise<boolean> {
    const moved = await this.write(id, { state: 'accepted' }, { $set: { state: 'ordered', orderId }, $push: { history: { at: new Date(), from: 'accepted', to: 'ordered', by: 'system' } } });
    return !!moved;
  }

  async message(id: string, text: string, by: Principal): Promise<QuoteRequestView> {
    const { q, side } = await this.visible(id, by);
    const updated = await this.write(q._id, {}, { $push: { messages: { at: new Date(), by: by.id, side, text } } });
    if (!updated) throw notFound(id);
    if (side === 'buyer') await this.notifySupplier(updated, 'New message on a quote request', text);
    else await this.notifyBuyer(updated, 'New message on your quote request', text);
    return this.view(updated, by);
  }

  private async move(q: QuoteRequest, action: QuoteAction, actor: QuoteActor, by: string, set: Record<string, unknown>, message?: string): Promise<QuoteRequest> {
    const check = QUOTE_LIFECYCLE.check(q.state, action, [actor]);
    if (!check.ok) {
      const detail = check.reason === 'forbidden' ? `The ${actor} cannot ${action} a quote request.` : `Cannot ${action} a quote request that is ${q.state}${check.allowedFrom ? ` (only from ${check.allowedFrom.join(', ')})` : ''}.`;
      throw new ProblemException(check.reason === 'forbidden' ? 403 : 409, { type: 'invalid-transition', title: 'Not possible now', detail });
    }
    const push: Record<string, unknown> = { history: { at: new Date(), from: q.state, to: check.to, by } };
    if (message && actor !== 'system') push.messages = { at: new Date(), by, side: actor, text: message };
    const moved = await this.write(q._id, { state: q.state }, { $set: { state: check.to, ...set }, $push: push });
    if (!moved) throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'The quote request changed while you acted; reload it.' });
    return moved;
  }

  private write(id: string, filter: Record<string, unknown>, update: Record<string, unknown>): Promise<QuoteRequest | null> {
    return serializedWrite('quote_requests', id, () => updateIfMatches(this.quotes, id, filter, { ...update, $inc: { revision: 1 } }));
  }

  /** Quotes past their validity expire (an explicit job: no TTL indexes). */
  async expire(now = new Date()): Promise<number> {
    const due = await this.quotes.find({ state: { $in: ['quoted', 'accepted'] satisfies QuoteState[] }, 'quote.validUntil': { $lt: now } }).limit(500).lean<QuoteRequest[]>();
    let expired = 0;
    for (const q of due) if (await this.move(q, 'expire', 'system', 'system', {}).catch(() => null)) expired++;
    return expired;
  }

  private notifySupplier(q: QuoteRequest, subject: string, text: string): Promise<void> {
    return this.dealMail.toSupplier(q, subject, `${text}\n\nQuote request ${q._id}`);
  }

  private notifyBuyer(q: QuoteRequest, subject: string, text: string): Promise<void> {
    return this.dealMail.toBuyer(q, subject, `${text}\n\nQuote request ${q._id}`);
  }
}

/** The request's currency (requests made before it was recorded: their quote's, else EUR). */
function currencyOf(q: Pick<QuoteRequest, 'currency' | 'quote'>): string {
  return q.currency ?? q.quote?.currency ?? 'EUR';
}
