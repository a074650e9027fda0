import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { updateIfMatches } from '../common/mongo/conditional-update';
import { serializedWrite } from '../common/mongo/write-locks';

/**
 * Document numbers, sequential and gap-free per supplier, year and kind (orders/invoices, credit
 * notes). One counter document per sequence holds the last number and every claim (number and the
 * document it went to). A claim is one conditional update from the last number read, so two
 * claims never get the same number and a failed one retries with the next; claiming again for a
 * document that already has a number answers that number, so a retry or a crash between claiming
 * and writing the number on the order never takes a second one.
 *
 * Why no gap: a number is claimed only for an order that is already confirmed (its stock held), so
 * every claimed number belongs to an order that stays a document (a cancelled order keeps its
 * number and shows as cancelled; a refund gets a credit note). A confirmed order whose number write
 * was lost is numbered again from its claim by `OrdersService.repairNumbers` (the expiry job).
 */
export type NumberKind = 'order' | 'credit-note';

interface Counter {
  _id: string;
  last: number;
  claims: { n: number; documentId: string }[];
}

export const ORDER_COUNTER_MODEL = 'OrderCounter';
export const OrderCounterSchema = new Schema<Counter>(
  { _id: { type: String, required: true }, last: { type: Number, required: true }, claims: { type: Schema.Types.Mixed, default: [] } },
  { collection: 'order_counters', versionKey: false, minimize: false },
);

export function formatNumber(kind: NumberKind, year: number, n: number): string {
  return `${kind === 'credit-note' ? 'CN-' : ''}${year}-${String(n).padStart(5, '0')}`;
}

@Injectable()
export class OrderNumbers {
  constructor(@InjectModel(ORDER_COUNTER_MODEL) private readonly counters: Model<Counter>) {}

  /** The number of `documentId` in its supplier's sequence of `year`: the next one, or the one it already has. */
  async claim(supplierOrgId: string, year: number, kind: NumberKind, documentId: string): Promise<string> {
    const id = `${supplierOrgId}:${year}:${kind}`;
    for (let attempt = 0; attempt < 1000; attempt++) {
      let counter = await this.counters.findById(id).lean<Counter>();
      if (!counter) {
        await this.counters.create({ _id: id, last: 0, claims: [] }).catch((err: { code?: number }) => {
          if (err.code !== 11000) throw err; // another claim created it first
        });
        counter = (await this.counters.findById(id).lean<Counter>())!;
      }
      const had = counter.claims.find((c) => c.documentId === documentId);
      if (had) return formatNumber(kind, year, had.n);
      const n = counter.last + 1;
      const next = await serializedWrite('order_counters', id, () =>
        updateIfMatches(this.counters, id, { last: counter.last }, { $set: { last: n }, $push: { claims: { n, documentId } } }),
      );
      if (next) return formatNumber(kind, year, n);
    }
    throw new Error(`could not claim a number in ${id}`);
  }
}
