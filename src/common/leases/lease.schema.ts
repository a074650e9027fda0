import { Schema } from 'mongoose';

/** A named, expiring claim on a piece of background work (one holder at a time, across instances). */
export interface Lease {
  _id: string;
  holder: string;
  expiresAt: Date;
  /** What the holder wants other instances to know (e.g. the index a reindex is building). */
  data: Record<string, unknown>;
}

export const LEASE_MODEL = 'Lease';

export const LeaseSchema = new Schema<Lease>(
  {
    _id: { type: String, required: true },
    holder: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'leases', versionKey: false, minimize: false },
);
