import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import Stripe from 'stripe';
import { ProblemException } from '../common/problem/problem';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { STRIPE_EVENT_MODEL, StripeEventRecord } from './stripe-event.schema';
import { STRIPE_CLIENT } from './stripe.provider';

export type StripeEventHandler = (event: Stripe.Event) => Promise<void>;

export interface IntentRequest {
  orderId: string;
  amountMinor: number;
  currency: string;
  /** The supplier's connected account, if onboarded: the payment goes there minus the fee. */
  destination: string | null;
  feeMinor: number;
}

/**
 * Stripe: PaymentIntents (idempotency key per order and amount, so a retry never creates a second
 * charge), refunds that reverse the transfer and the application fee, Connect Express onboarding,
 * and webhook events: signature checked on the raw body, each event id stored under a unique
 * index and handed once to the handler registered for its type.
 */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  private readonly handlers = new Map<string, StripeEventHandler>();

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe,
    @InjectConfig() private readonly config: AppConfig,
    @InjectModel(STRIPE_EVENT_MODEL) private readonly events: Model<StripeEventRecord>,
  ) {}

  async createIntent(req: IntentRequest): Promise<{ id: string; clientSecret: string | null }> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: req.amountMinor,
        currency: req.currency.toLowerCase(),
        automatic_payment_methods: { enabled: true },
        metadata: { orderId: req.orderId },
        ...(req.destination && { application_fee_amount: req.feeMinor, transfer_data: { destination: req.destination }, transfer_group: `order_${req.orderId}` }),
      },
      { idempotencyKey: `order-${req.orderId}-${req.amountMinor}-${req.currency}` },
    );
    return { id: intent.id, clientSecret: intent.client_secret };
  }

  /** Refunds a payment in full; the supplier's transfer and the platform fee are reversed too. */
  async refund(orderId: string, intentId: string, destination: boolean): Promise<string> {
    const refund = await this.stripe.refunds.create(
      { payment_intent: intentId, ...(destination && { reverse_transfer: true, refund_application_fee: true }), metadata: { orderId } },
      { idempotencyKey: `refund-${orderId}` },
    );
    return refund.id;
  }

  /** A Connect Express account for a supplier organization, and a link to finish onboarding. */
  async onboard(organizationId: string, existing: string | null, country: string): Promise<{ accountId: string; url: string }> {
    const accountId =
      existing ?? (await this.stripe.accounts.create({ type: 'express', country, metadata: { organizationId }, capabilities: { card_payments: { requested: true }, transfers: { requested: true } } }, { idempotencyKey: `onboard-${organizationId}` })).id;
    const base = this.config.publicUrl;
    const link = await this.stripe.accountLinks.create({ account: accountId, type: 'account_onboarding', refresh_url: `${base}/supplier/payouts?refresh=1`, return_url: `${base}/supplier/payouts?done=1` });
    return { accountId, url: link.url };
  }

  on(type: string, handler: StripeEventHandler): void {
    this.handlers.set(type, handler);
  }

  /** Verifies a webhook delivery; throws 400 (and changes nothing) unless the signature holds. */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const secret = this.config.stripe.webhookSecret;
    if (!secret) throw new ProblemException(503, { type: 'webhooks-not-configured', title: 'Webhooks not configured', detail: 'Set STRIPE_WEBHOOK_SECRET.' });
    if (!rawBody || !signature) throw badSignature('missing body or Stripe-Signature header');
    try {
      return this.stripe.webhooks.constructEvent(rawBody, signature, secret);
    } catch (err) {
      throw badSignature((err as Error).message);
    }
  }

  /**
   * Hands a verified event to its handler once. Claiming the id is an insert under the unique
   * `_id`; a delivery of an event being processed elsewhere gets 409 (Stripe retries later), one
   * already done gets 200. A failed handler frees the id so that Stripe's retry processes it.
   */
  async process(event: Stripe.Event): Promise<'processed' | 'duplicate' | 'ignored'> {
    try {
      await this.events.create({ _id: event.id, type: event.type, status: 'processing' });
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      const seen = await this.events.findById(event.id).lean<StripeEventRecord>();
      if (seen?.status === 'processing') throw new ProblemException(409, { type: 'event-in-progress', title: 'Event being processed', detail: 'Another delivery of this event is being processed.' });
      return 'duplicate';
    }
    const handler = this.handlers.get(event.type);
    try {
      if (handler) await handler(event);
    } catch (err) {
      await this.events.deleteOne({ _id: event.id, status: 'processing' });
      this.logger.error(`stripe event ${event.id} (${event.type}) failed: ${(err as Error).message}`);
      throw err;
    }
    await this.events.updateOne({ _id: event.id }, { $set: { status: 'done' } });
    return handler ? 'processed' : 'ignored';
  }
}

const badSignature = (why: string) => new ProblemException(400, { type: 'invalid-signature', title: 'Invalid webhook signature', detail: `Rejected: ${why}.` });
