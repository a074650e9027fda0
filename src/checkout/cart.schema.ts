import { Schema } from 'mongoose';

export interface CartLine {
  id: string;
  offerId: string;
  quantity: number;
  /** The unit price when the line was added or last changed: a later change is reported, never silently applied. */
  unitPriceMinorWhenAdded: number;
  /** An accepted quote this line orders at its price and quantity, or absent. */
  quoteId?: string | null;
  addedBy: string;
  addedAt: Date;
}

/**
 * The cart of a buyer organization (`_id` = its id), shared by its members: a lab orders
 * together, on the institution's account and purchase orders, and a colleague can finish what
 * another started. It lives on the server, so it survives sign-out and other devices.
 */
export interface Cart {
  _id: string;
  lines: CartLine[];
  revision: number;
  updatedAt: Date;
}

export const CART_MODEL = 'Cart';
export const CartSchema = new Schema<Cart>(
  { _id: { type: String, required: true }, lines: { type: Schema.Types.Mixed, default: [] }, revision: { type: Number, default: 1 }, updatedAt: { type: Date } },
  { collection: 'carts', versionKey: false, minimize: false },
);
