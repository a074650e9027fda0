import { Injectable } from '@nestjs/common';
import { bulkWriteInChunks } from '../common/mongo/bulk';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AUDIT_MODEL, AuditEvent } from './audit.schema';

export interface AuditView {
  id: string;
  action: string;
  actorId: string;
  at: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  diff: unknown[];
}

/** Append-only trail of domain actions (who, what, when, diff). */
@Injectable()
export class AuditService {
  constructor(@InjectModel(AUDIT_MODEL) private readonly events: Model<AuditEvent>) {}

  /** Idempotent: an event already stored (same id) is left as is. */
  async record(events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await bulkWriteInChunks(
      this.events,
      events.map((e) => ({ updateOne: { filter: { _id: e._id }, update: { $setOnInsert: e }, upsert: true } })),
    );
  }

  async list(entityType: string, entityId: string): Promise<AuditView[]> {
    const rows = await this.events.find({ entityType, entityId }).sort({ at: 1, _id: 1 }).lean<AuditEvent[]>();
    return rows.map((e) => ({
      id: e._id,
      action: e.action,
      actorId: e.actorId,
      at: new Date(e.at).toISOString(),
      fromState: e.fromState ?? null,
      toState: e.toState ?? null,
      comment: e.comment ?? null,
      diff: e.diff ?? [],
    }));
  }
}
