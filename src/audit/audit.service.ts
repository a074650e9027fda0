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

  /**
   * Appends events with fresh ids (bulk imports): one insert per 500, no lookup per event. An id
   * already stored is skipped (duplicate key errors are ignored), so a retried batch stays one event.
   */
  async append(events: AuditEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += 500) {
      try {
        await this.events.insertMany(events.slice(i, i + 500), { ordered: false, lean: true });
      } catch (err) {
        const writeErrors = (err as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
        if (!writeErrors || writeErrors.some((e) => (e.code ?? e.err?.code) !== 11000)) throw err;
      }
    }
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
