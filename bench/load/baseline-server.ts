/**
 * The framework's own ceiling for `npm run bench:load`: a bare NestJS app on Fastify with one
 * controller returning static JSON, forked with the same Node settings as app-server.ts.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ChildMessage, ParentMessage } from './protocol';

@Controller()
class PingController {
  @Get('ping')
  ping(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [PingController] })
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), { logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  process.stdout.write(`[baseline] bare Nest app listening on ${url} (pid ${process.pid})\n`);
  const stop = () => void app.close().finally(() => process.exit(0));
  process.on('message', (m: ParentMessage) => m.type === 'stop' && stop());
  process.on('disconnect', stop);
  process.send?.({ type: 'ready', url, tokens: [], materials: 0, accessTtlS: 0 } satisfies ChildMessage);
}

main().catch((err) => {
  process.stderr.write(`[baseline] failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
