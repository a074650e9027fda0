import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parse as parseQuery } from 'qs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppModule } from './app.module';
import { createRootLogger, PinoNestLogger } from './common/logging/logger';
import { PROBLEM_CONTENT_TYPE } from './common/problem/problem';
import { shapeProblem } from './common/problem/validation';
import { AppConfig } from './config/config.schema';
import { mountOpenApi } from './openapi';
import { LITERATURE_IMPORT_PATH } from './literature/literature.controller';
import { FORMAT_CONTENT_TYPES } from './literature/codecs';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const LITERATURE_CONTENT_TYPES = [...new Set(Object.values(FORMAT_CONTENT_TYPES))];

/** A text body, refused (413) past `limit` bytes. */
async function readText(payload: AsyncIterable<Buffer>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of payload) {
    total += chunk.length;
    if (total > limit) throw Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * helmet's security headers, computed once. They are the same for every response (no CSP nonces),
 * so helmet runs once at start against a recording response and requests get the recorded headers:
 * `@fastify/helmet` re-created helmet's middleware from its options on every request (~0.1 ms of
 * CPU each in a `bench:search` profile).
 */
export function helmetHeaders(production: boolean): Record<string, string> {
  const middleware = helmet({
    // HSTS and upgrade-insecure-requests would break plain-HTTP localhost in development.
    strictTransportSecurity: production,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        upgradeInsecureRequests: production ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let failure: unknown;
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => (failure = err));
  if (failure) throw failure;
  return headers;
}

/**
 * The security headers of JSON API answers (OWASP REST Security Cheat Sheet): nothing in them may
 * run or be framed, and their type is not to be sniffed. helmet's full set is for pages (the web
 * UI, the API docs); a dozen headers on every API answer cost ~7 µs each (header validation and
 * writing, load bench profile) for no protection a JSON body needs.
 */
export function apiSecurityHeaders(production: boolean): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    ...(production && { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }),
  };
}

export interface CreateAppOptions {
  /** Build the module graph without connecting to anything (used to write the OpenAPI spec). */
  preview?: boolean;
  /** Additional modules mounted beside the app's own (tests use this for probe routes). */
  extraModules?: Type[];
}

/** Builds the HTTP application; `main.ts`, the tests and the tools all start it this way. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const rootLogger = createRootLogger(config.log.level);
  const adapter = new FastifyAdapter({
    loggerInstance: rootLogger,
    // One line per request is written by our onResponse hook instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    requestIdHeader: false,
    // `filter[class]=a,b` and `range[x]=1..2` become objects; one level deep only, no prototype keys,
    // bounded counts. Anything deeper stays a literal key whose value validation then rejects.
    routerOptions: {
      querystringParser: (query: string) => parseQuery(query, { depth: 1, parameterLimit: 200, arrayLimit: 50, allowPrototypes: false, plainObjects: true, allowDots: false }),
    },
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.extraModules), adapter, {
    rawBody: true,
    bufferLogs: true,
    abortOnError: false,
    preview: options.preview ?? false,
    logger: new PinoNestLogger(rootLogger),
  });

  const fastify = app.getHttpAdapter().getInstance();
  // Vocabulary and catalogue imports take SKOS Turtle and CSV as text bodies.
  fastify.addContentTypeParser(['text/turtle', 'text/csv'], { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );
  // Literature files are streamed to the import (never buffered whole); elsewhere text/plain is read
  // as Fastify reads it by default.
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(LITERATURE_CONTENT_TYPES, (req, payload, done) => {
    if (req.url.split('?')[0] === LITERATURE_IMPORT_PATH) {
      (req as typeof req & { literatureBody?: unknown }).literatureBody = payload;
      done(null, undefined);
      return;
    }
    // Outside the import only text/plain is a body type (Fastify's default); the others stay 415.
    if (!/^text\/plain\b/i.test(String(req.headers['content-type'] ?? ''))) {
      done(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
      return;
    }
    readText(payload, config.http.bodyLimitBytes).then((text) => done(null, text), (err: Error) => done(err, undefined));
  });
  const pageHeaders = helmetHeaders(config.env === 'production');
  const apiHeaders = apiSecurityHeaders(config.env === 'production');
  const apiPrefix = `/${API_PREFIX}/`;
  // One synchronous hook for what every request needs (each hook, and each async one more so, costs
  // a step per request: the load bench's detail reads run at 11,000 req/s).
  fastify.addHook('onRequest', (request, reply, done) => {
    // Nest registers a form parser at init. A JSON API has no use for it, and accepting form posts
    // lets any web page send "simple" cross-site requests without a CORS preflight: refused up front.
    const type = request.headers['content-type'];
    if (type !== undefined && FORM_TYPES.test(type)) {
      const problem = { type: 'about:blank', title: 'Unsupported Media Type', status: 415, detail: 'Form posts are not accepted; send application/json.', instance: request.url.split('?')[0], requestId: request.id };
      reply.code(415).headers(apiHeaders).header('x-request-id', request.id).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
      return;
    }
    reply.headers(request.url.startsWith(apiPrefix) ? apiHeaders : pageHeaders).header('x-request-id', request.id);
    done();
  });
  // Hostile bodies stop where they are parsed, before any guard, Passport strategy, interceptor or
  // pipe reads them (the login guard reads the body; class-transformer overflowed on deep JSON).
  fastify.addHook('preValidation', (request, reply, done) => {
    const problem = request.body !== null && typeof request.body === 'object' ? shapeProblem(request.body) : null;
    if (!problem) {
      done();
      return;
    }
    const body = { type: '/problems/validation-error', title: 'Your request is not valid', status: 400, detail: `The body is not accepted: ${problem.path} ${problem.message}.`, instance: request.url.split('?')[0], requestId: request.id, errors: [problem] };
    reply.code(400).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  });
  if (rootLogger.isLevelEnabled('info')) {
    fastify.addHook('onResponse', (request, reply, done) => {
      request.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
      done();
    });
  }

  const origins = config.http.cors.origins;
  app.enableCors({
    origin: origins.includes('*') ? true : origins.length > 0 ? origins : false,
    credentials: !origins.includes('*'),
    exposedHeaders: ['x-request-id', 'retry-after', 'location', 'etag'],
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  if (config.docs.enabled) mountOpenApi(app);
  return app;
}
