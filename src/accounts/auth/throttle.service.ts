import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { serializedWrite } from '../../common/mongo/write-locks';
import { ProblemException } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { THROTTLE_MODEL, ThrottleWindow } from './token.schema';

/**
 * Fixed-window attempt counters in MongoDB (shared by every instance): per client address and per
 * account, on login, registration and password reset. Over the limit: 429 with Retry-After, the
 * same answer whether or not the account exists.
 */
@Injectable()
export class ThrottleService {
  constructor(
    @InjectModel(THROTTLE_MODEL) private readonly windows: Model<ThrottleWindow>,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Counts one attempt for every key; throws 429 if any is over its limit. */
  async hit(action: string, keys: { ip: string; account?: string }): Promise<void> {
    const { windowS, perIp, perAccount } = this.config.auth.throttle;
    const checks: [string, number][] = [[`${action}:ip:${keys.ip}`, perIp]];
    if (keys.account) checks.push([`${action}:account:${keys.account}`, perAccount]);
    for (const [key, limit] of checks) {
      const { count, windowEndsAt } = await this.count(key, windowS);
      if (count > limit) {
        const retryAfter = Math.max(1, Math.ceil((windowEndsAt.getTime() - Date.now()) / 1000));
        throw new ProblemException(429, {
          type: 'too-many-attempts',
          title: 'Too many attempts',
          detail: `Try again in ${retryAfter} s.`,
          headers: { 'retry-after': String(retryAfter) },
        });
      }
    }
  }

  private count(key: string, windowS: number): Promise<ThrottleWindow> {
    return serializedWrite('throttle_windows', key, async () => {
      const now = new Date();
      const current = await this.windows.findById(key).lean<ThrottleWindow>();
      if (!current || current.windowEndsAt <= now) {
        const fresh = { _id: key, count: 1, windowEndsAt: new Date(now.getTime() + windowS * 1000) };
        await this.windows.replaceOne({ _id: key }, fresh, { upsert: true });
        return fresh;
      }
      const next = await this.windows.findOneAndUpdate({ _id: key }, { $inc: { count: 1 } }, { returnDocument: 'after' }).lean<ThrottleWindow>();
      return next ?? { ...current, count: current.count + 1 };
    });
  }
}
