import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { createHash } from 'node:crypto';
import { stableStringify } from '../stable-json';
import { ProblemDetails, ProblemException } from '../problem/problem';

function replayed(status: number, problem: ProblemDetails): ProblemException {
  const { type, title, detail, status: _status, requestId: _requestId, errors, ...extensions } = problem;
  return new ProblemException(status, { type: type.replace(/^\/problems\//, ''), title, detail, errors, extensions });
}

/** A request made with an `Idempotency-Key`, and once it completed, its answer. */
export interface IdempotencyRecord {
  /** `<scope> <caller> <key>` */
  _id: string;
  requestHash: string;
  status: number | null;
  body: unknown;
  createdAt: Date;
}

export const IDEMPOTENCY_MODEL = 'IdempotencyRecord';
export const IdempotencyRecordSchema = new Schema<IdempotencyRecord>(
  {
    _id: { type: String, required: true },
    requestHash: { type: String, required: true },
    status: { type: Number, default: null },
    body: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'idempotency_keys', timestamps: { createdAt: true, updatedAt: false }, versionKey: false, minimize: false },
);

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

export interface Answer<T> {
  status: number;
  body: T;
}

/**
 * `Idempotency-Key` on mutating marketplace endpoints: the first request with a key runs and its
 * answer is stored; a retry with the same key and body gets that answer again, without running
 * anything; the same key with another body is refused (422); a retry while the first is still
 * running is told to wait (409). Claiming a key is an insert under the unique `_id`: atomic on
 * every backend. A refusal (4xx) is stored like a success; an unexpected failure releases the key.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectModel(IDEMPOTENCY_MODEL) private readonly records: Model<IdempotencyRecord>) {}

  async run<T>(scope: string, caller: string, key: string | undefined, request: unknown, work: () => Promise<Answer<T>>): Promise<Answer<T>> {
    if (key === undefined) return work();
    if (!KEY.test(key)) {
      throw new ProblemException(400, { type: 'invalid-idempotency-key', title: 'Invalid Idempotency-Key', detail: 'Use 8 to 128 letters, digits, dots, dashes, underscores or colons (a UUID is ideal).' });
    }
    const id = `${scope} ${caller} ${key}`;
    const requestHash = createHash('sha256').update(stableStringify(request)).digest('base64url');
    try {
      await this.records.create({ _id: id, requestHash, status: null, body: null });
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      const first = await this.records.findById(id).lean<IdempotencyRecord>();
      if (!first) return this.run(scope, caller, key, request, work);
      if (first.requestHash !== requestHash) {
        throw new ProblemException(422, { type: 'idempotency-key-reused', title: 'Idempotency-Key reused', detail: 'This key was used for a different request; use a new key.' });
      }
      if (first.status === null) {
        throw new ProblemException(409, { type: 'request-in-progress', title: 'Request in progress', detail: 'The first request with this key is still running; retry in a moment.', headers: { 'retry-after': '1' } });
      }
      if (first.status >= 400) throw replayed(first.status, first.body as ProblemDetails);
      return { status: first.status, body: first.body as T };
    }
    let answer: Answer<T>;
    try {
      answer = await work();
    } catch (err) {
      // A refusal (4xx) is the answer to this request: a retry gets it again. Anything else frees the key.
      if (err instanceof ProblemException && err.getStatus() < 500) {
        await this.records.updateOne({ _id: id }, { $set: { status: err.getStatus(), body: err.problem } });
      } else {
        await this.records.deleteOne({ _id: id, status: null });
      }
      throw err;
    }
    await this.records.updateOne({ _id: id }, { $set: { status: answer.status, body: answer.body } });
    return answer;
  }
}
