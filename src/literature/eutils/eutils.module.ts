import { Module } from '@nestjs/common';
import { EutilsClient, NcbiRateLimiter } from './eutils.client';

/** NCBI E-utilities: the process-wide request limiter and the history-server client. */
@Module({ providers: [NcbiRateLimiter, EutilsClient], exports: [NcbiRateLimiter, EutilsClient] })
export class EutilsModule {}
