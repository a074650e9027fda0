import { Schema } from 'mongoose';

export type QuoteState = 'requested' | 'quoted' | 'countered' | 'accepted' | 'ordered' | 'declined' | 'expired' | 'withdrawn';

export interface QuoteTerms {
  unitPriceMinor: number;
  quantity: number;
  currency: string;
  validUntil: Date;
}

export interface QuoteMessage {
  at: Date;
  by: string;
  side: 'buyer' | 'supplier';
  text: string;
}

/**
 * A quote request (RFQ) about one offer: the buyer asks, the supplier quotes, the buyer may counter,
 * the supplier quotes again, the buyer accepts and orders at the quoted price. One document holds
 * the current terms, the message thread and the history.
 */
export interface QuoteRequest {
  _id: string;
  buyerUserId: string;
  buyerOrgId: string | null;
  supplierOrgId: string;
  offerId: string;
  materialSlug: string;
  /** ISO 4217: the offer's currency when asked; quotes and counter-offers are in it. */
  currency: string;
  quantity: number;
  state: QuoteState;
  /** The supplier's latest quote. */
  quote: QuoteTerms | null;
  /** The buyer's latest counter-proposal. */
  counter: { unitPriceMinor: number | null; quantity: number } | null;
  orderId: string | null;
  messages: QuoteMessage[];
  history: { at: Date; from: QuoteState | null; to: QuoteState; by: string }[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const QUOTE_REQUEST_MODEL = 'QuoteRequest';
export const QuoteRequestSchema = new Schema<QuoteRequest>(
  {
    _id: { type: String, required: true },
    buyerUserId: { type: String, required: true, index: true },
    buyerOrgId: { type: String, default: null, index: true },
    supplierOrgId: { type: String, required: true, index: true },
    offerId: { type: String, required: true },
    materialSlug: { type: String, required: true },
    // Absent on requests made before it was recorded: the view falls back to the quote's, else EUR.
    currency: { type: String },
    quantity: { type: Number, required: true },
    state: { type: String, required: true, index: true },
    quote: { type: Schema.Types.Mixed, default: null },
    counter: { type: Schema.Types.Mixed, default: null },
    orderId: { type: String, default: null },
    messages: { type: Schema.Types.Mixed, default: [] },
    history: { type: Schema.Types.Mixed, default: [] },
    revision: { type: Number, default: 1 },
  },
  { collection: 'quote_requests', timestamps: true, versionKey: false, minimize: false },
);
