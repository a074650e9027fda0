import { Schema } from 'mongoose';
import type { PostalAddress } from '../../accounts/organizations/organization.schema';
import type { VatRule } from '../../checkout/vat';

export type OrderState = 'allocating' | 'pending_payment' | 'paid' | 'shipped' | 'delivered' | 'cancelled' | 'refunded';
export type PaymentMethod = 'card' | 'invoice';
/** How far a payment got; webhooks only ever move it forward in this order (failed is a dead end before success). */
export type PaymentStatus = 'none' | 'processing' | 'failed' | 'succeeded' | 'refunded';
export const PAYMENT_RANK: Record<PaymentStatus, number> = { none: 0, processing: 1, failed: 2, succeeded: 3, refunded: 4 };

/** A line snapshots the offer as it was ordered: later offer edits never change an order. */
export interface OrderLine {
  offerId: string;
  sku: string;
  materialSlug: string;
  title: string;
  grade: string;
  packSize: { value: number; unit: string };
  quantity: number;
  unitPriceMinor: number;
  /** Net of the line (unit price times quantity). */
  lineTotalMinor: number;
  /** VAT of the line, rounded half up (checkout orders; 0 on older orders). */
  vatMinor?: number;
}

/** A side of an order as its documents show it: a snapshot taken at checkout. */
export interface OrderParty {
  orgId: string | null;
  name: string;
  vatNumber: string | null;
  address: PostalAddress | null;
}

/** The order's VAT: one rule and rate per order (one supplier, one destination). */
export interface OrderVat {
  rule: VatRule;
  rateBps: number;
  amountMinor: number;
  note: string | null;
}

export interface OrderEvent {
  at: Date;
  from: OrderState | null;
  to: OrderState;
  by: string;
  note?: string;
}

export interface Order {
  _id: string;
  buyerUserId: string;
  buyerOrgId: string | null;
  supplierOrgId: string;
  quoteId: string | null;
  lines: OrderLine[];
  currency: string;
  /** Gross: net plus VAT. */
  totalMinor: number;
  /** Net (before VAT); equals totalMinor on orders placed before checkout existed. */
  netMinor?: number;
  vat?: OrderVat | null;
  /** Sequential per supplier and year, gap-free (src/checkout/order-numbers.ts); the invoice number too. */
  number?: string | null;
  supplierParty?: OrderParty | null;
  buyerParty?: OrderParty | null;
  buyerName?: string | null;
  shipTo?: PostalAddress | null;
  billTo?: PostalAddress | null;
  poNumber?: string | null;
  /** Invoice: due this many days after the invoice date; card: null (pay now). */
  dueDays?: number | null;
  shipment?: { carrier: string; trackingNumber: string; at: Date } | null;
  deliveredAt?: Date | null;
  cancellation?: { reason: string; by: string; at: Date } | null;
  invoice?: { number: string; issuedAt: Date } | null;
  creditNote?: { number: string; issuedAt: Date } | null;
  /** The checkout that placed it; an order whose stock could not be held is abandoned (not listed). */
  checkoutId?: string | null;
  abandoned?: boolean;
  /** The platform's commission, taken as the Stripe application fee. */
  platformFeeMinor: number;
  paymentMethod: PaymentMethod;
  payment: { status: PaymentStatus; intentId: string | null; clientSecret: string | null; refundId: string | null };
  state: OrderState;
  /** Card: when an unpaid order gives its stock back. Invoice: the due date of the invoice. */
  payBy: Date;
  history: OrderEvent[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ORDER_MODEL = 'Order';
export const OrderSchema = new Schema<Order>(
  {
    _id: { type: String, required: true },
    buyerUserId: { type: String, required: true, index: true },
    buyerOrgId: { type: String, default: null, index: true },
    supplierOrgId: { type: String, required: true, index: true },
    quoteId: { type: String, default: null },
    lines: { type: Schema.Types.Mixed, required: true },
    currency: { type: String, required: true },
    totalMinor: { type: Number, required: true },
    platformFeeMinor: { type: Number, required: true },
    paymentMethod: { type: String, required: true },
    payment: { type: Schema.Types.Mixed, required: true },
    state: { type: String, required: true, index: true },
    payBy: { type: Date, required: true },
    netMinor: { type: Number },
    vat: { type: Schema.Types.Mixed, default: null },
    number: { type: String, default: null },
    supplierParty: { type: Schema.Types.Mixed, default: null },
    buyerParty: { type: Schema.Types.Mixed, default: null },
    buyerName: { type: String, default: null },
    shipTo: { type: Schema.Types.Mixed, default: null },
    billTo: { type: Schema.Types.Mixed, default: null },
    poNumber: { type: String, default: null },
    dueDays: { type: Number, default: null },
    shipment: { type: Schema.Types.Mixed, default: null },
    deliveredAt: { type: Date, default: null },
    cancellation: { type: Schema.Types.Mixed, default: null },
    invoice: { type: Schema.Types.Mixed, default: null },
    creditNote: { type: Schema.Types.Mixed, default: null },
    checkoutId: { type: String, default: null },
    abandoned: { type: Boolean, default: false },
    history: { type: Schema.Types.Mixed, default: [] },
    revision: { type: Number, default: 1 },
  },
  { collection: 'orders', timestamps: true, versionKey: false, minimize: false },
);
