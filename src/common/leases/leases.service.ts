import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { serializedWrite } from '../mongo/write-locks';
import { LEASE_MODEL, Lease } from './lease.schema';


/**
 * Leases in MongoDB: claimed and renewed with one conditional update, so that at most one
 * instance holds a name until it releases it or lets it expire. No TTL index (FerretDB v1 has
 * none); an expired lease is simply claimable.
 */
@Injectable()
export class LeasesService {
  /** Who this app instance is when it holds a lease (unique even for two instances in one process). */
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  constructor(@InjectModel(LEASE_MODEL) private readonly leases: Model<Lease>) {}

  /**
   * Claims `name` for `ttlMs` if it is free, expired or already ours; renews it in the last case.
   * Returns the expiry on success, null when someone else holds it.
   */
  async acquire(name: string, ttlMs: number, data?: Record<string, unknown>, holder = this.holder): Promise<Date | null> {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ttlMs);
    try {
      const lease = await serializedWrite('leases', name, () =>
        this.leases
          .findOneAndUpdate(
            { _id: name, $or: [{ holder }, { expiresAt: { $lte: now } }] },
            { $set: { holder, expiresAt, ...(data && { data }) }, ...(!data && { $setOnInsert: { data: {} } }) },
            { upsert: true, returnDocument: 'after' },
          )
          .lean<Lease>()
          .exec(),
      );
      return lease?.holder === holder ? expiresAt : null;
    } catch (err) {
      // Upsert raced with a live lease of another holder: the _id exists, so the insert fails.
      if ((err as { code?: number }).code === 11000) return null;
      throw err;
    }
  }

  /** Gives the lease up at once (no-op if it is not ours). */
  async release(name: string, holder = this.holder): Promise<void> {
    await serializedWrite('leases', name, () => this.leases.updateOne({ _id: name, holder }, { $set: { expiresAt: new Date(0), data: {} } }).exec());
  }

  /** The lease if it is currently held by anyone. */
  async current(name: string): Promise<Lease | null> {
    const lease = await this.leases.findById(name).lean<Lease>();
    return lease && new Date(lease.expiresAt).getTime() > Date.now() ? lease : null;
  }
}
