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
    supplier: z.object({ id: z.string(), name: z.string(), country: z.string() }).optional().meta({ description: "The supplier organization (on a material's offer list)" }),
    createdAt: instant(),
    updatedAt: instant(),
  }),
  "A supplier's listing of a curated material",
);
export const OfferPageAnswer = pageOf('OfferPage', OfferAnswer);
export const OfferListAnswer = named('OfferList', z.array(OfferAnswer));

export const PostalAddressAnswer = named(
  'PostalAddress',
  z.object({
    recipient: z.string().nullable(),
    organizationName: z.string(),
    lines: z.array(z.string()).min(1).max(3),
    postalCode: z.string(),
    city: z.string(),
    region: z.string().nullable(),
    country: z.string().regex(/^[A-Z]{2}$/).meta({ description: 'ISO 3166-1 alpha-2' }),
  }),
);
const party = z.object({ orgId: z.string().nullable(), name: z.string(), vatNumber: z.string().nullable(), address: PostalAddressAnswer.nullable() });
export const VAT_RULES = ['domestic', 'reverse-charge', 'no-vat-number', 'export', 'outside-eu'] as const;
export const OrderVatAnswer = named(
  'OrderVat',
  z.object({
    rule: z.enum(VAT_RULES),
    rateBps: z.int().min(0).meta({ description: 'Rate in basis points (19 % = 1900)' }),
    amountMinor: money(),
    note: z.string().nullable().meta({ description: 'The sentence an exempt supply carries on the invoice (reverse charge, export)' }),
  }),
);

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
        lineTotalMinor: money().meta({ description: 'Net of the line' }),
        vatMinor: money().meta({ description: 'VAT of the line, rounded half up' }),
      }),
    ),
    currency: currency(),
    totalMinor: money().meta({ description: 'Gross: net plus VAT' }),
    netMinor: money(),
    vat: OrderVatAnswer.nullable(),
    number: z.string().nullable().meta({ description: 'Sequential per supplier and year, gap-free; the invoice number too' }),
    supplierParty: party.nullable(),
    buyerParty: party.nullable(),
    buyerName: z.string().nullable().meta({ description: 'The person who placed the order' }),
    shipTo: PostalAddressAnswer.nullable(),
    billTo: PostalAddressAnswer.nullable(),
    poNumber: z.string().nullable(),
    dueDays: z.int().nullable().meta({ description: 'Invoice: due this many days after the invoice date; card: null' }),
    shipment: z.object({ carrier: z.string(), trackingNumber: z.string(), at: instant() }).nullable(),
    deliveredAt: instant().nullable(),
    cancellation: z.object({ reason: z.string(), by: z.string(), at: instant() }).nullable(),
    invoice: z.object({ number: z.string(), issuedAt: instant() }).nullable(),
    creditNote: z.object({ number: z.string(), issuedAt: instant() }).nullable(),
    side: z.enum(['buyer', 'supplier']).nullable(),
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
    names: z.object({
      material: z.string(),
      offerTitle: z.string(),
      sku: z.string(),
      buyer: z.string().nullable(),
      buyerOrganization: z.string().nullable(),
      supplier: z.string().nullable(),
      people: z.record(z.string(), z.string()).meta({ description: 'userId -> name, for the authors of messages and steps' }),
    }),
    quoteTotalMinor: money().nullable().meta({ description: 'Quoted unit price times quoted quantity' }),
    createdAt: instant(),
    updatedAt: instant(),
  }),
);
export const QuoteRequestPageAnswer = pageOf('QuoteRequestPage', QuoteRequestAnswer);

export const StripeWebhookAnswer = named('StripeWebhookReceipt', z.object({ received: z.literal(true), result: z.string() }));
