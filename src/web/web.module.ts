import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The built web UI (`npm run web:build` writes it); WEB_DIST overrides. */
export function webDistDir(): string {
  if (process.env.WEB_DIST) return process.env.WEB_DIST;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', 'index.html'))) return join(dir, 'web', 'dist');
    if (dirname(dir) === dir) return join(process.cwd(), 'web', 'dist');
  }
}

/** Paths that belong to the API and its docs: never answered with the UI's index.html. */
const SERVER_PATHS = /^\/(api|docs|health)(\/|$|\?)/;

/**
 * Serves the web UI at `/`: the hashed files of `web/dist/assets` (cached for a year) and
 * `index.html` for every other GET that is not an API, docs or health path, so that the UI's own
 * routes (`/materials/ti-6al-4v`, `/compare?...`) load on a reload or from a shared link. Unknown
 * `/api/...` routes still reach Nest's 404 problem+json.
 */
@Injectable()
export class WebStaticServer implements OnModuleInit {
  private readonly logger = new Logger('Web');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter || adapter.getType() !== 'fastify') return;
    const fastify = adapter.getInstance<FastifyInstance>();
    const root = webDistDir();
    const indexFile = join(root, 'index.html');
    if (!existsSync(indexFile)) {
      this.logger.warn(`web UI not built (${indexFile} missing): run \`npm run web:build\``);
      return;
    }
    const index = readFileSync(indexFile);
    void fastify.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      wildcard: false,
      index: false,
      immutable: true,
      maxAge: '365d',
    });
    const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url;
      if (SERVER_PATHS.test(path) || path.startsWith('/assets/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
    };
    fastify.get('/', sendIndex);
    fastify.get('/*', sendIndex);
  }
}

@Module({ providers: [WebStaticServer] })
export class WebModule {}
