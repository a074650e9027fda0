import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

import { IndexChanges } from './index-changes';
import { MeiliHttp } from './meili-http';

export const MEILI_CLIENT = Symbol('MEILI_CLIENT');

/**
 * The official client, told not to accept compressed responses: with Brotli a search costs ~44 ms on
 * loopback against ~1.3 ms uncompressed (../shared/reference/meilisearch-notes.md).
 */
export function createMeiliClient(config: AppConfig['meilisearch']): Meilisearch {
  return new Meilisearch({
    host: config.host,
    apiKey: config.masterKey,
    timeout: config.timeoutMs,
    requestInit: { headers: { 'accept-encoding': 'identity' } },
    clientAgents: ['biomat-hub'],
  });
}

@Global()
@Module({
  providers: [
    { provide: MEILI_CLIENT, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createMeiliClient(c.meilisearch) },
    { provide: MeiliHttp, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new MeiliHttp(c.meilisearch) },
    IndexChanges,
  ],
  exports: [MEILI_CLIENT, MeiliHttp, IndexChanges],
})
export class MeilisearchModule implements OnApplicationShutdown {
  constructor(@Inject(MeiliHttp) private readonly http: MeiliHttp) {}

  async onApplicationShutdown(): Promise<void> {
    await this.http.close();
  }
}
