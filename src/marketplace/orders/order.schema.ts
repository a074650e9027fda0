import { Schema } from 'mongoose';

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
  lineTotalMinor: number;
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
  totalMinor: number;
  /** The platform's commission, taken as the Stripe application fee. */
  platformFeeMinor: number;
  paymentMethod: PaymentMethod;
  payment: { status: PaymentStatus; intentId: string | null; clientSecret: string | null; refundId: string | null };
  state: OrderState;
  /** When an unpaid order gives its stock back. */
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
    history: { type: Schema.Types.Mixed, default: [] },
    revision: { type: Number, default: 1 },
  },
  { collection: 'orders', timestamps: true, versionKey: false, minimize: false },
);
