import { z } from 'zod';
import { instant, named, pageOf } from '../common/contract/contract';
import { OFFER_ACTIONS } from './offers/offer.machine';

/** Response schemas of the marketplace: offers, quote requests, orders. */

const money = () => z.int().meta({ description: 'Integer minor units of the currency (cents for EUR)' });
const currency = () => z.string().regex(/^[A-Z]{3}$/).meta({ description: 'ISO 4217' });

export const PriceTierAnswer = named('PriceTier', z.object({ minQuantity: z.int().min(1), unitPriceMinor: money() }));

export const OfferAnswer = named(
  'Offer',
  z.object({
    id: z.string(),
    supplierOrgId: z.string(),
    sku: z.string(),
    materialSlug: z.string(),
    title: z.string(),
    grade: z.enum(['research', 'medical', 'implant']),
    form: z.string().nullable(),
    packSize: z.object({ value: z.number(), unit: z.string() }),
    currency: currency(),
    priceTiers: z.array(PriceTierAnswer),
    stockOnHand: z.int(),
    stockAllocated: z.int(),
    stockAvailable: z.int(),
    leadTimeDays: z.int(),
    minOrderQuantity: z.int(),
    certifications: z.array(z.string()),
    shipsTo: z.array(z.string()),
    sampleAvailable: z.boolean(),
    state: z.enum(['draft', 'active', 'paused', 'archived']),
    revision: z.int(),
    availableActions: z.array(z.enum(OFFER_ACTIONS as ['activate', 'pause', 'archive'])).optional().meta({ description: 'To the supplier owning the offer' }),
    createdAt: instant(),
    updatedAt: instant(),
  }),
  "A supplier's listing of a curated material",
);
export const OfferPageAnswer = pageOf('OfferPage', OfferAnswer);
export const OfferListAnswer = named('OfferList', z.array(OfferAnswer));

const orderState = z.enum(['allocating', 'pending_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']);
export const OrderAnswer = named(
  'Order',
  z.object({
    id: z.string(),
    buyerUserId: z.string(),
    buyerOrgId: z.string().nullable(),
    supplierOrgId: z.string(),
    quoteId: z.string().nullable(),
    lines: z.array(
      z.object({
        offerId: z.string(),
        sku: z.string(),
        materialSlug: z.string(),
        title: z.string(),
        grade: z.string(),
        packSize: z.object({ value: z.number(), unit: z.string() }),
        quantity: z.int(),
        unitPriceMinor: money(),
        lineTotalMinor: money(),
      }),
    ),
    currency: currency(),
    totalMinor: money(),
    platformFeeMinor: money(),
    paymentMethod: z.enum(['card', 'invoice']),
    payment: z.object({
      status: z.enum(['none', 'processing', 'failed', 'succeeded', 'refunded']),
      intentId: z.string().nullable(),
      clientSecret: z.string().nullish().meta({ description: 'To the buyer, for Stripe.js' }),
    }),
    state: orderState,
    payBy: instant(),
    history: z.array(z.object({ at: instant(), from: orderState.nullable(), to: orderState, by: z.string(), note: z.string().optional() })),
    revision: z.int(),
    availableActions: z.array(z.enum(['confirm', 'mark_paid', 'ship', 'deliver', 'cancel', 'refund', 'expire'])),
    createdAt: instant(),
    updatedAt: instant(),
  }),
);
export const OrderPageAnswer = pageOf('OrderPage', OrderAnswer);

const quoteState = z.enum(['requested', 'quoted', 'countered', 'accepted', 'ordered', 'declined', 'expired', 'withdrawn']);
export const QuoteRequestAnswer = named(
  'QuoteRequest',
  z.object({
    id: z.string(),
    buyerUserId: z.string(),
    buyerOrgId: z.string().nullable(),
    supplierOrgId: z.string(),
    offerId: z.string(),
    materialSlug: z.string(),
    currency: currency(),
    quantity: z.int(),
    state: quoteState,
    quote: z.object({ unitPriceMinor: money(), quantity: z.int(), currency: currency(), validUntil: instant() }).nullable(),
    counter: z.object({ unitPriceMinor: money().nullable(), quantity: z.int() }).nullable(),
    orderId: z.string().nullable(),
    messages: z.array(z.object({ at: instant(), by: z.string(), side: z.enum(['buyer', 'supplier']), text: z.string() })),
    history: z.array(z.object({ at: instant(), from: quoteState.nullable(), to: quoteState, by: z.string() })),
    revision: z.int(),
    availableActions: z.array(z.enum(['quote', 'counter', 'accept', 'order', 'decline', 'withdraw', 'expire'])),
    createdAt: instant(),
    updatedAt: instant(),
  }),
);
export const QuoteRequestPageAnswer = pageOf('QuoteRequestPage', QuoteRequestAnswer);

export const StripeWebhookAnswer = named('StripeWebhookReceipt', z.object({ received: z.literal(true), result: z.string() }));
