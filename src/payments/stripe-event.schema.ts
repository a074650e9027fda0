import { Schema } from 'mongoose';

/** A Stripe event we received, under its id (unique): each is processed once. */
export interface StripeEventRecord {
  _id: string;
  type: string;
  status: 'processing' | 'done';
  createdAt: Date;
}

export const STRIPE_EVENT_MODEL = 'StripeEventRecord';
export const StripeEventSchema = new Schema<StripeEventRecord>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    status: { type: String, required: true },
  },
  { collection: 'stripe_events', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
