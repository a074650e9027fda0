import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Meilisearch } from 'meilisearch';
import type { Connection } from 'mongoose';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { MEILI_CLIENT } from '../search/meilisearch.provider';

export type CheckStatus = 'up' | 'down';
export interface DependencyCheck {
  status: CheckStatus;
  latencyMs: number;
  error?: string;
}
export interface Readiness {
  ready: boolean;
  checks: { mongodb: DependencyCheck; meilisearch: DependencyCheck };
}

@Injectable()
export class HealthService {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async readiness(): Promise<Readiness> {
    const [mongodb, meilisearch] = await Promise.all([
      this.check(async () => {
        const db = this.connection.db;
        if (!db) throw new Error('not connected');
        await db.admin().ping();
      }),
      this.check(async () => {
        const health = await this.meili.health();
        if (health.status !== 'available') throw new Error(`status ${health.status}`);
      }),
    ]);
    return { ready: mongodb.status === 'up' && meilisearch.status === 'up', checks: { mongodb, meilisearch } };
  }

  private async check(probe: () => Promise<void>): Promise<DependencyCheck> {
    const started = performance.now();
    const timeoutMs = this.config.health.checkTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { status: 'down', latencyMs: Math.round(performance.now() - started), error: message.slice(0, 200) };
    } finally {
      clearTimeout(timer);
    }
  }
}
