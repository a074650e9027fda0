import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EMAIL_TOKEN_MODEL, EmailToken, REFRESH_TOKEN_MODEL, RefreshToken, THROTTLE_MODEL, ThrottleWindow } from './token.schema';

const HOUR = 3600_000;

/**
 * Deletes what has expired: throttle windows, refresh and email tokens. An explicit job because
 * FerretDB 1.x has no TTL indexes; every instance may run it (the deletes are idempotent). Refresh
 * tokens stay a day past expiry so that a late replay still finds (and revokes) its family.
 */
@Injectable()
export class ExpiryJanitor implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ExpiryJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectModel(THROTTLE_MODEL) private readonly windows: Model<ThrottleWindow>,
    @InjectModel(REFRESH_TOKEN_MODEL) private readonly refresh: Model<RefreshToken>,
    @InjectModel(EMAIL_TOKEN_MODEL) private readonly emailTokens: Model<EmailToken>,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep().catch((err: Error) => this.logger.warn(`expiry sweep failed: ${err.message}`)), HOUR);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(now = new Date()): Promise<{ windows: number; refreshTokens: number; emailTokens: number }> {
    const [windows, refreshTokens, emailTokens] = await Promise.all([
      this.windows.deleteMany({ windowEndsAt: { $lt: now } }),
      this.refresh.deleteMany({ expiresAt: { $lt: new Date(now.getTime() - 24 * HOUR) } }),
      this.emailTokens.deleteMany({ expiresAt: { $lt: now } }),
    ]);
    return { windows: windows.deletedCount, refreshTokens: refreshTokens.deletedCount, emailTokens: emailTokens.deletedCount };
  }
}
