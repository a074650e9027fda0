import { Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { OrderNumbers } from '../../checkout/order-numbers';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { hiddenNotFound } from '../../accounts/access';
import { isAdmin, Principal } from '../../accounts/auth/principal';
import { OrganizationsService } from '../../accounts/organizations/organizations.service';
import { Page, skipOf } from '../../common/http/pagination';
import { serializedWrite } from '../../common/mongo/write-locks';
import { updateIfMatches } from '../../common/mongo/conditional-update';
import { ProblemException, validationProblem } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { PaymentsService } from '../../payments/payments.service';
import { DealMail, dealsFilter, sideOf } from '../parties';
import { Offer, unitPriceFor } from '../offers/offer.schema';
import { OffersService } from '../offers/offers.service';
import { ORDER_LIFECYCLE, OrderAction, OrderActor } from './order.machine';
import { Order, ORDER_MODEL, OrderLine, OrderState, PAYMENT_RANK, PaymentMethod, PaymentStatus } from './order.schema';

export type OrderView = Omit<Order, '_id' | 'payment' | 'checkoutId' | 'abandoned'> & {
  id: string;
  payment: { status: PaymentStatus; intentId: string | null; clientSecret?: string | null };
  availableActions: OrderAction[];
  /** Which side the caller is on (null for admins looking in). */
  side: 'buyer' | 'supplier' | null;
};

/** The document fields of an order, with what orders placed before checkout existed lack filled in. */
function documentFields(order: Order) {
  return {
    netMinor: order.netMinor ?? order.totalMinor,
    vat: order.vat ?? null,
    number: order.number ?? null,
    supplierParty: order.supplierParty ?? null,
    buyerParty: order.buyerParty ?? null,
    buyerName: order.buyerName ?? null,
    shipTo: order.shipTo ?? null,
    billTo: order.billTo ?? null,
    poNumber: order.poNumber ?? null,
    dueDays: order.dueDays ?? null,
    shipment: order.shipment ?? null,
    deliveredAt: order.deliveredAt ?? null,
    cancellation: order.cancellation ?? null,
    invoice: order.invoice ?? null,
    creditNote: order.creditNote ?? null,
    lines: order.lines.map((l) => ({ ...l, vatMinor: l.vatMinor ?? 0 })),
  };
}

/** An invoice order that shipped before payment and is not paid yet: nothing to refund. */
const unpaidInvoice = (order: Order) => order.paymentMethod === 'invoice' && order.state !== 'paid' && invoiceUnpaid(order);

/** Whether an invoice order can still be marked paid (it may have shipped already). */
const invoiceUnpaid = (order: Order) => order.paymentMethod === 'invoice' && order.payment.status !== 'succeeded' && order.payment.status !== 'refunded';

const notFound = hiddenNotFound('Order');
const STUCK_ALLOCATING_MS = 5 * 60_000;

/**
 * Orders: from active offers of one supplier (or an accepted quote). Stock is allocated line by line
 * with one conditional update each (never below zero); the order then waits for payment until
 * `payBy`. Card payments go through Stripe, and the webhook moves the order; invoice payments are
 * marked paid by the supplier. Every state change is one conditional update from the expected
 * state, so a late or repeated event changes nothing.
 */
@Injectable()
export class OrdersService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OrdersService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectModel(ORDER_MODEL) private readonly orders: Model<Order>,
    @InjectConfig() private readonly config: AppConfig,
    private readonly offers: OffersService,
    private readonly payments: PaymentsService,
    private readonly orgs: OrganizationsService,
    private readonly dealMail: DealMail,
    @Optional() private readonly numbers?: OrderNumbers,
  ) {}

  onModuleInit(): void {
    this.payments.on('payment_intent.succeeded', (e) => this.onIntent(e, 'succeeded'));
    this.payments.on('payment_intent.processing', (e) => this.onIntent(e, 'processing'));
    this.payments.on('payment_intent.payment_failed', (e) => this.onIntent(e, 'failed'));
    this.payments.on('charge.refunded', (e) => this.onRefunded(e));
    this.timer = setInterval(() => void this.expireUnpaid().catch((err: Error) => this.logger.warn(`order expiry failed: ${err.message}`)), 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  // ---- views and access -------------------------------------------------------------------------

  view(order: Order, by: Principal): OrderView {
    const { _id, payment, checkoutId: _checkout, abandoned: _abandoned, ...rest } = order;
    const side = sideOf(order, by);
    const actors: OrderActor[] = side ? [side] : [];
    const actions = ORDER_LIFECYCLE.available(order.state, actors).filter(
      (a) =>
        (a !== 'mark_paid' || order.paymentMethod === 'invoice') &&
        (a !== 'ship' || order.state !== 'pending_payment' || order.paymentMethod === 'invoice') &&
        (a !== 'refund' || !unpaidInvoice(order)),
    );
    // An invoice order that shipped before it was paid can still be marked paid (no state change).
    if (side === 'supplier' && ['shipped', 'delivered'].includes(order.state) && invoiceUnpaid(order)) actions.push('mark_paid');
    return {
      id: _id,
      ...rest,
      ...documentFields(order),
      payment: { status: payment.status, intentId: payment.intentId, ...(side === 'buyer' && { clientSecret: payment.clientSecret }) },
      availableActions: actions,
      side,
    };
  }

  /** The stored order (callers check access first). */
  async raw(id: string): Promise<Order> {
    const order = await this.orders.findById(id).lean<Order>();
    if (!order) throw notFound(id);
    return order;
  }

  async get(id: string, by: Principal): Promise<OrderView> {
    return this.view(await this.visible(id, by), by);
  }

  /** The order if the caller is on either side of it (or an admin); 404 otherwise. */
  private async visible(id: string, by: Principal): Promise<Order> {
    const order = await this.orders.findById(id).lean<Order>();
    if (!order || !(sideOf(order, by) || isAdmin(by))) throw notFound(id);
    return order;
  }

  async list(query: { page: number; perPage: number; side?: 'buying' | 'selling' }, by: Principal): Promise<Page<OrderView>> {
    const filter = { ...dealsFilter(query.side, by), abandoned: { $ne: true } };
    const [rows, total] = await Promise.all([
      this.orders.find(filter).sort({ createdAt: -1, _id: 1 }).skip(skipOf(query)).limit(query.perPage).lean<Order[]>(),
      this.orders.countDocuments(filter),
    ]);
    return { items: rows.map((o) => this.view(o, by)), total, page: query.page, perPage: query.perPage };
  }

  // ---- creation ---------------------------------------------------------------------------------

  /** Priced lines from active offers of one supplier, or a 400/409 naming what is wrong. */
  async price(lines: { offerId: string; quantity: number; unitPriceMinor?: number }[]): Promise<{ supplierOrgId: string; currency: string; lines: OrderLine[] }> {
    const offers: Offer[] = [];
    for (const [i, line] of lines.entries()) {
      const offer = await this.offers.byId(line.offerId);
      if (!offer || offer.state !== 'active') throw validationProblem([{ path: `lines[${i}].offerId`, message: 'no active offer with this id' }]);
      if (line.quantity < offer.minOrderQuantity) throw validationProblem([{ path: `lines[${i}].quantity`, message: `the minimum order is ${offer.minOrderQuantity}` }]);
      offers.push(offer);
    }
    if (new Set(lines.map((l) => l.offerId)).size !== lines.length) throw validationProblem([{ path: 'lines', message: 'each offer appears once' }]);
    const suppliers = new Set(offers.map((o) => o.supplierOrgId));
    if (suppliers.size > 1) throw validationProblem([{ path: 'lines', message: 'an order is placed with one supplier: split it' }]);
    const currencies = new Set(offers.map((o) => o.currency));
    if (currencies.size > 1) throw validationProblem([{ path: 'lines', message: 'offers in different currencies: order them separately' }]);
    return {
      supplierOrgId: offers[0].supplierOrgId,
      currency: offers[0].currency,
      lines: offers.map((o, i) => {
        const unit = lines[i].unitPriceMinor ?? unitPriceFor(o.priceTiers, lines[i].quantity)!;
        return { offerId: o._id, sku: o.sku, materialSlug: o.materialSlug, title: o.title, grade: o.grade, packSize: o.packSize, quantity: lines[i].quantity, unitPriceMinor: unit, lineTotalMinor: unit * lines[i].quantity };
      }),
    };
  }

  /**
   * Places an order: writes it (state allocating), allocates each line's stock, then confirms it
   * (pending_payment) and, for card payment, creates the PaymentIntent. Out of stock: the lines
   * already held are released, the order is cancelled, and the answer is 409.
   */
  async create(input: { lines: { offerId: string; quantity: number; unitPriceMinor?: number }[]; paymentMethod: PaymentMethod; quoteId?: string }, by: Principal): Promise<OrderView> {
    const priced = await this.price(input.lines);
    const total = priced.lines.reduce((sum, l) => sum + l.lineTotalMinor, 0);
    const now = new Date();
    const order: Order = {
      _id: randomUUID(),
      buyerUserId: by.id,
      buyerOrgId: by.organizationId ?? null,
      supplierOrgId: priced.supplierOrgId,
      quoteId: input.quoteId ?? null,
      lines: priced.lines,
      currency: priced.currency,
      totalMinor: total,
      platformFeeMinor: Math.round((total * this.config.marketplace.commissionBps) / 10_000),
      paymentMethod: input.paymentMethod,
      payment: { status: 'none', intentId: null, clientSecret: null, refundId: null },
      state: 'allocating',
      payBy: new Date(now.getTime() + this.config.marketplace.paymentWindowS * 1000),
      history: [{ at: now, from: null, to: 'allocating', by: by.id }],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.orders.create(order);
    for (const line of order.lines) {
      if (await this.offers.allocate(line.offerId, order._id, line.quantity)) continue;
      await this.releaseAll(order);
      await this.move(order._id, 'cancel', 'system', `out of stock: ${line.sku}`);
      throw new ProblemException(409, {
        type: 'out-of-stock',
        title: 'Out of stock',
        detail: `Not enough stock of ${line.sku} for ${line.quantity} pack(s); nothing was ordered.`,
        extensions: { offerId: line.offerId },
      });
    }
    let placed = await this.move(order._id, 'confirm', 'system');
    if (input.paymentMethod === 'card') placed = await this.ensureIntent(placed);
    await this.dealMail.toSupplier(placed, 'New order', `Order ${placed._id} for ${this.money(placed.totalMinor, placed.currency)} (${placed.lines.length} line(s)), payment by ${placed.paymentMethod}.`);
    return this.view(placed, by);
  }

  /** Creates the PaymentIntent of a card order if it has none yet (Stripe dedupes by our idempotency key). */
  async ensureIntent(order: Order): Promise<Order> {
    if (order.payment.intentId || order.paymentMethod !== 'card') return order;
    const supplier = await this.orgs.byId(order.supplierOrgId);
    const intent = await this.payments.createIntent({ orderId: order._id, amountMinor: order.totalMinor, currency: order.currency, destination: supplier?.stripeAccountId ?? null, feeMinor: order.platformFeeMinor });
    return (
      (await this.write(order._id, { 'payment.intentId': null }, { $set: { 'payment.intentId': intent.id, 'payment.clientSecret': intent.clientSecret } })) ??
      (await this.orders.findById(order._id).lean<Order>())!
    );
  }

  async pay(id: string, by: Principal): Promise<OrderView> {
    const order = await this.visible(id, by);
    if (sideOf(order, by) !== 'buyer') throw notFound(id);
    if (order.state !== 'pending_payment' || order.paymentMethod !== 'card') {
      throw new ProblemException(409, { type: 'not-payable', title: 'Not payable', detail: `The order is ${order.state}${order.paymentMethod === 'invoice' ? ' and paid by invoice' : ''}.` });
    }
    return this.view(await this.ensureIntent(order), by);
  }

  // ---- transitions ------------------------------------------------------------------------------

  /**
   * A user's action on an order they are a side of. Shipping records the carrier and tracking
   * number; a user's cancellation needs a reason; an invoice order ships before it is paid and is
   * marked paid when the money arrives (no state change then); a refund issues a credit note.
   */
  async act(id: string, action: OrderAction, by: Principal, note?: string, details: { carrier?: string; trackingNumber?: string; reason?: string } = {}): Promise<OrderView> {
    const order = await this.visible(id, by);
    const side = sideOf(order, by);
    if (!side) throw notFound(id);
    if (action === 'mark_paid' && order.paymentMethod !== 'invoice') {
      throw new ProblemException(409, { type: 'invalid-transition', title: 'Not possible', detail: 'Card payments are confirmed by the payment provider, not by hand.' });
    }
    if (action === 'ship' && order.state === 'pending_payment' && order.paymentMethod !== 'invoice') {
      throw new ProblemException(409, { type: 'invalid-transition', title: 'Not paid yet', detail: 'A card order ships once its payment has arrived.' });
    }
    if (action === 'mark_paid' && side === 'supplier' && ['shipped', 'delivered'].includes(order.state)) return this.view(await this.invoicePaid(order, by, note), by);
    if (action === 'refund' && unpaidInvoice(order)) throw new ProblemException(409, { type: 'invalid-transition', title: 'Not paid', detail: 'This invoice is not paid: there is nothing to refund. Cancel it with a credit note outside the platform, or mark it paid first.' });
    const reason = details.reason ?? note;
    if (action === 'cancel' && order.number && !reason?.trim()) throw validationProblem([{ path: 'reason', message: 'say why the order is cancelled' }]);
    if (action === 'refund' && order.paymentMethod === 'card' && order.payment.intentId) {
      const supplier = await this.orgs.byId(order.supplierOrgId);
      const refundId = await this.payments.refund(order._id, order.payment.intentId, !!supplier?.stripeAccountId);
      await this.write(order._id, {}, { $set: { 'payment.refundId': refundId } });
    }
    let moved = await this.move(order._id, action, side, action === 'cancel' ? reason : note, order.state);
    const now = new Date();
    if (action === 'cancel') {
      await this.releaseAll(moved);
      if (reason) moved = (await this.write(moved._id, {}, { $set: { cancellation: { reason, by: by.id, at: now } } })) ?? moved;
    }
    if (action === 'mark_paid') await this.afterPaid(moved);
    if (action === 'ship') {
      // An invoice order ships unpaid: its packs leave the stock now.
      for (const line of moved.lines) await this.offers.consume(line.offerId, moved._id);
      if (details.carrier || details.trackingNumber) {
        moved = (await this.write(moved._id, {}, { $set: { shipment: { carrier: details.carrier ?? '', trackingNumber: details.trackingNumber ?? '', at: now } } })) ?? moved;
      }
      const tracking = moved.shipment ? ` with ${moved.shipment.carrier}, tracking number ${moved.shipment.trackingNumber}` : '';
      await this.dealMail.toBuyer(moved, 'Your order has shipped', `Order ${moved.number ?? moved._id} has shipped${tracking}.`);
    }
    if (action === 'deliver') moved = (await this.write(moved._id, {}, { $set: { deliveredAt: now } })) ?? moved;
    if (action === 'refund' && moved.number && this.numbers) {
      const number = await this.numbers.claim(moved.supplierOrgId, now.getUTCFullYear(), 'credit-note', moved._id);
      moved = (await this.write(moved._id, {}, { $set: { creditNote: { number, issuedAt: now } } })) ?? moved;
    }
    return this.view(moved, by);
  }

  /** The supplier records that an invoice order which already shipped has been paid. */
  private async invoicePaid(order: Order, by: Principal, note?: string): Promise<Order> {
    if (!invoiceUnpaid(order)) throw new ProblemException(409, { type: 'invalid-transition', title: 'Already paid', detail: 'This invoice is already marked paid.' });
    const paid = await this.write(order._id, { state: order.state, 'payment.status': order.payment.status }, {
      $set: { 'payment.status': 'succeeded' },
      $push: { history: { at: new Date(), from: order.state, to: order.state, by: 'supplier', note: note ?? `invoice ${order.number ?? order._id} paid (recorded by ${by.name ?? by.id})` } },
    });
    if (!paid) throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'The order changed while you acted; reload it.' });
    return paid;
  }

  // ---- checkout ---------------------------------------------------------------------------------

  /**
   * Places the orders of one checkout, all or none: writes them (allocating), holds the stock of
   * every line of every order (one conditional update each), and only when all is held confirms
   * each order and gives it its number. If a line cannot be held, every pack held is released, the
   * orders are marked abandoned (never listed) and the answer is 409 naming the line.
   */
  async placeCheckout(docs: Order[], by: Principal): Promise<OrderView[]> {
    for (const doc of docs) await this.orders.create(doc);
    for (const doc of docs) {
      for (const line of doc.lines) {
        if (await this.offers.allocate(line.offerId, doc._id, line.quantity)) continue;
        for (const d of docs) {
          await this.releaseAll(d);
          await this.move(d._id, 'cancel', 'system', `checkout failed: not enough stock of ${line.sku}`).catch(() => null);
          await this.write(d._id, {}, { $set: { abandoned: true } });
        }
        throw new ProblemException(409, {
          type: 'out-of-stock',
          title: 'Out of stock',
          detail: `Not enough stock of ${line.title} (${line.sku}) for ${line.quantity} pack(s); nothing was ordered.`,
          extensions: { offerId: line.offerId },
        });
      }
    }
    const placed: Order[] = [];
    for (const doc of docs) {
      await this.move(doc._id, 'confirm', 'system');
      let order = await this.assignNumber(doc._id);
      if (order.paymentMethod === 'card') order = await this.ensureIntent(order);
      placed.push(order);
      const terms = order.paymentMethod === 'invoice' ? `invoice due in ${order.dueDays} days${order.poNumber ? `, PO ${order.poNumber}` : ''}` : 'card';
      await this.dealMail.toSupplier(order, `New order ${order.number}`, `Order ${order.number} from ${order.buyerParty?.name ?? 'a buyer'} for ${this.money(order.totalMinor, order.currency)} (${order.lines.length} line(s)), ${terms}.`);
    }
    return placed.map((o) => this.view(o, by));
  }

  /** Gives a confirmed order its number (and invoice) if it has none: idempotent, see OrderNumbers. */
  async assignNumber(id: string): Promise<Order> {
    const order = (await this.orders.findById(id).lean<Order>())!;
    if (order.number || !this.numbers) return order;
    const issuedAt = new Date();
    const number = await this.numbers.claim(order.supplierOrgId, new Date(order.createdAt).getUTCFullYear(), 'order', order._id);
    return (await this.write(id, { number: null }, { $set: { number, invoice: { number, issuedAt } } })) ?? (await this.orders.findById(id).lean<Order>())!;
  }

  /** Confirmed checkout orders whose number was lost to a crash get it from their claim. */
  async repairNumbers(): Promise<number> {
    const missing = await this.orders.find({ checkoutId: { $ne: null }, number: null, state: { $nin: ['allocating'] }, abandoned: { $ne: true } }).limit(500).lean<Order[]>();
    for (const o of missing) await this.assignNumber(o._id);
    return missing.length;
  }

  /**
   * Moves an order with one conditional update from its current state (or `from`), recording the
   * step. 409 if the transition is not allowed or the state moved meanwhile.
   */
  async move(id: string, action: OrderAction, actor: OrderActor, note?: string, from?: OrderState): Promise<Order> {
    const current = from ?? (await this.orders.findById(id).lean<Order>())?.state;
    if (!current) throw notFound(id);
    const check = ORDER_LIFECYCLE.check(current, action, [actor]);
    if (!check.ok) {
      const detail = check.reason === 'forbidden' ? `The ${actor} cannot ${action} an order.` : `Cannot ${action} an order that is ${current}${check.allowedFrom ? ` (only from ${check.allowedFrom.join(', ')})` : ''}.`;
      throw new ProblemException(check.reason === 'forbidden' ? 403 : 409, { type: 'invalid-transition', title: 'Not possible now', detail });
    }
    const moved = await this.write(id, { state: current }, { $set: { state: check.to }, $push: { history: { at: new Date(), from: current, to: check.to, by: actor, ...(note && { note }) } } });
    if (!moved) throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'The order changed while you acted; reload it.' });
    return moved;
  }

  private write(id: string, filter: Record<string, unknown>, update: Record<string, unknown>): Promise<Order | null> {
    return serializedWrite('orders', id, () => updateIfMatches(this.orders, id, filter, { ...update, $inc: { revision: 1 } }));
  }

  private async releaseAll(order: Order): Promise<void> {
    for (const line of order.lines) await this.offers.release(line.offerId, order._id);
  }

  private async afterPaid(order: Order): Promise<void> {
    for (const line of order.lines) await this.offers.consume(line.offerId, order._id);
    await this.dealMail.toBuyer(order, 'Payment received', `Order ${order._id} is paid (${this.money(order.totalMinor, order.currency)}).`);
    await this.dealMail.toSupplier(order, 'Order paid', `Order ${order._id} is paid; please ship it.`);
  }

  // ---- Stripe events ------------------------------------------------------------------------------

  /**
   * A PaymentIntent moved. The payment status only moves forward (a late `processing` after
   * `succeeded` changes nothing); success pays a pending order once; failure cancels it and gives
   * the stock back.
   */
  private async onIntent(event: Stripe.Event, status: PaymentStatus): Promise<void> {
    const intent = event.data.object as Stripe.PaymentIntent;
    const orderId = intent.metadata?.orderId;
    const order = orderId ? await this.orders.findById(orderId).lean<Order>() : null;
    if (!order) return;
    if (PAYMENT_RANK[status] <= PAYMENT_RANK[order.payment.status] || (status === 'failed' && order.payment.status === 'succeeded')) return;
    const lower = Object.entries(PAYMENT_RANK).filter(([, r]) => r < PAYMENT_RANK[status]).map(([s]) => s);
    const updated = await this.write(order._id, { 'payment.status': { $in: lower } }, { $set: { 'payment.status': status, 'payment.intentId': order.payment.intentId ?? intent.id } });
    if (!updated) return;
    if (status === 'succeeded' && updated.state === 'pending_payment') {
      const paid = await this.move(order._id, 'mark_paid', 'system', `payment ${intent.id}`, 'pending_payment').catch(() => null);
      if (paid) await this.afterPaid(paid);
    } else if (status === 'succeeded' && updated.state === 'cancelled') {
      // Paid after the order expired or was cancelled: its stock is gone, so the money goes back.
      const supplier = await this.orgs.byId(order.supplierOrgId);
      await this.payments.refund(order._id, intent.id, !!supplier?.stripeAccountId);
      this.logger.warn(`order ${order._id} was paid after it was cancelled; refunded`);
    } else if (status === 'failed' && updated.state === 'pending_payment') {
      const cancelled = await this.move(order._id, 'cancel', 'system', `payment failed: ${intent.last_payment_error?.message ?? 'declined'}`, 'pending_payment').catch(() => null);
      if (cancelled) await this.releaseAll(cancelled);
    }
  }

  private async onRefunded(event: Stripe.Event): Promise<void> {
    const charge = event.data.object as Stripe.Charge;
    const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    const order = intentId ? await this.orders.findOne({ 'payment.intentId': intentId }).lean<Order>() : null;
    if (!order || order.payment.status === 'refunded') return;
    await this.write(order._id, { 'payment.status': { $ne: 'refunded' } }, { $set: { 'payment.status': 'refunded' } });
    if (['paid', 'shipped', 'delivered'].includes(order.state)) await this.move(order._id, 'refund', 'system', `refund ${charge.id}`, order.state).catch(() => null);
  }

  // ---- jobs ---------------------------------------------------------------------------------------

  /** Unpaid orders past their deadline (and orders a crash left allocating) give their stock back. */
  async expireUnpaid(now = new Date()): Promise<number> {
    const due = await this.orders
      // A checkout invoice order (dueDays set) is a firm order: past its due date it is overdue, not cancelled.
      .find({ $or: [{ state: 'pending_payment', payBy: { $lt: now }, dueDays: null }, { state: 'allocating', createdAt: { $lt: new Date(now.getTime() - STUCK_ALLOCATING_MS) } }] })
      .limit(500)
      .lean<Order[]>();
    let expired = 0;
    for (const order of due) {
      const moved = await this.move(order._id, 'expire', 'system', 'payment window elapsed', order.state).catch(() => null);
      if (!moved) continue;
      await this.releaseAll(moved);
      // A checkout interrupted while it held stock placed nothing: its orders are not listed.
      if (moved.checkoutId && !moved.number) await this.write(moved._id, {}, { $set: { abandoned: true } });
      expired++;
    }
    await this.repairAllocations();
    await this.repairNumbers();
    return expired;
  }

  /**
   * Settles allocations whose order moved on without its stock step: a crash between cancelling
   * (or paying) an order and releasing (or consuming) its stock leaves the packs held forever
   * otherwise. Release and consume are once per order, so running this again changes nothing.
   */
  async repairAllocations(): Promise<number> {
    let repaired = 0;
    for (const offer of await this.offers.withAllocations()) {
      for (const a of offer.allocations) {
        const order = await this.orders.findById(a.orderId, { state: 1 }).lean<Pick<Order, 'state'>>();
        if (order && ['allocating', 'pending_payment'].includes(order.state)) continue;
        if (order && ['paid', 'shipped', 'delivered'].includes(order.state)) await this.offers.consume(offer._id, a.orderId);
        else await this.offers.release(offer._id, a.orderId);
        repaired++;
      }
    }
    if (repaired) this.logger.warn(`settled ${repaired} allocation(s) left behind by interrupted orders`);
    return repaired;
  }

  // ---- mail ---------------------------------------------------------------------------------------

  private money(minor: number, currency: string): string {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** currencyDigits(currency));
  }
}

/** Minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, KWD 3), from Intl. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
