import { Schema } from 'mongoose';

export interface AuditEvent {
  /** Stable id from the outbox, so that writing an event twice stores it once. */
  _id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string;
  at: Date;
  /** RFC 6902 JSON Patch from the state before to the state after. */
  diff: unknown[];
  comment?: string | null;
  fromState?: string | null;
  toState?: string | null;
}

export const AUDIT_MODEL = 'AuditEvent';

export const AuditEventSchema = new Schema<AuditEvent>(
  {
    _id: { type: String, required: true },
    entityType: { type: String, required: true },
    entityId: { type: String, required: true },
    action: { type: String, required: true },
    actorId: { type: String, required: true },
    at: { type: Date, required: true },
    diff: { type: [Schema.Types.Mixed], default: [] },
    comment: { type: String, default: null },
    fromState: { type: String, default: null },
    toState: { type: String, default: null },
  },
  { collection: 'audit_events', versionKey: false },
);
AuditEventSchema.index({ entityType: 1, entityId: 1, at: 1 });
