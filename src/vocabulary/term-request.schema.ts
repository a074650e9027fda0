import { Schema, Types } from 'mongoose';

export type TermRequestKind = 'concept' | 'synonym';
export type TermRequestStatus = 'pending' | 'accepted' | 'rejected';

export interface TermRequest {
  _id: Types.ObjectId;
  kind: TermRequestKind;
  scheme: string;
  label: string;
  lang: string;
  /** For a synonym: the concept that receives it. */
  conceptId?: string | null;
  labelType: 'alt' | 'hidden';
  broader?: string | null;
  definition?: string | null;
  note?: string | null;
  status: TermRequestStatus;
  requestedBy: string;
  decidedBy?: string | null;
  decidedAt?: Date | null;
  reason?: string | null;
  resultConceptId?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const TERM_REQUEST_MODEL = 'TermRequest';

export const TermRequestSchema = new Schema<TermRequest>(
  {
    kind: { type: String, required: true, enum: ['concept', 'synonym'] },
    scheme: { type: String, required: true },
    label: { type: String, required: true },
    lang: { type: String, required: true },
    conceptId: { type: String, default: null },
    labelType: { type: String, enum: ['alt', 'hidden'], default: 'alt' },
    broader: { type: String, default: null },
    definition: { type: String, default: null },
    note: { type: String, default: null },
    status: { type: String, required: true, enum: ['pending', 'accepted', 'rejected'], default: 'pending', index: true },
    requestedBy: { type: String, required: true, index: true },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    reason: { type: String, default: null },
    resultConceptId: { type: String, default: null },
  },
  { collection: 'term_requests', timestamps: true, versionKey: false },
);
