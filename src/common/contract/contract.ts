import { applyDecorators, HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * The response contract. Every 2xx answer of the API is a zod schema registered here under a
 * component name; `@Answer(schema)` declares it on a handler, and the OpenAPI document gets every
 * registered schema under `components.schemas` (JSON Schema, OpenAPI 3.0 dialect, objects closed
 * with `additionalProperties: false`). The UI's types and the Python client are generated from it,
 * and the e2e suite validates every real answer against it (test/helpers/contract.ts).
 */
export const answerRegistry = z.registry<{ id: string; description?: string }>();

/** Registers `schema` as the component `id` (names are what generated clients call the types). */
export function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  if (answerRegistry.has(schema)) return schema;
  (schema as z.ZodType).register(answerRegistry, { id, ...(description && { description }) });
  return schema;
}

/** `{ items, total, page, perPage }` of one item type: the shape of every list of the API. */
export const pageOf = <T extends z.ZodType>(id: string, item: T) =>
  named(
    id,
    z.object({
      items: z.array(item),
      total: z.int().min(0),
      page: z.int().min(1),
      perPage: z.int().min(1).max(100),
    }),
  );

/** ISO 8601 instants as the API writes them (`Date#toJSON`). */
export const instant = () => z.string().meta({ format: 'date-time', example: '2026-12-02T10:00:00.000Z' });
/** A language map `{ en: "...", it: "..." }`. */
export const languageMap = () => z.record(z.string(), z.string());
export const languageListMap = () => z.record(z.string(), z.array(z.string()));

interface PendingAnswer {
  target: object;
  key: string | symbol;
  descriptor: PropertyDescriptor;
  schema: z.ZodType | null;
  status?: number;
  description?: string;
  contentType?: string | string[];
}
const pending: PendingAnswer[] = [];

/**
 * Declares a handler's success answer: its schema (null for an empty answer) and, when it is not
 * Nest's default (201 for POST, 200 otherwise, or the handler's @HttpCode), its status. Applied
 * when the document is built, so that it reads @HttpCode whatever the order of the decorators.
 */
export function Answer(schema: z.ZodType | null, options: { status?: number; description?: string; contentType?: string | string[] } = {}): MethodDecorator {
  return (target, key, descriptor) => {
    pending.push({ target, key, descriptor, schema, ...options });
  };
}

/** The status Nest answers a handler with when it returns normally. */
function defaultStatus(handler: object): number {
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code !== undefined) return code;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK;
}

let applied = false;
/** Turns every @Answer into its Swagger response declaration (once, before the first document). */
export function applyAnswers(): void {
  if (applied) return;
  applied = true;
  for (const a of pending) {
    const status = a.status ?? defaultStatus(a.descriptor.value as object);
    const id = a.schema ? answerRegistry.get(a.schema)?.id : undefined;
    if (a.schema && !id) throw new Error(`@Answer on ${String(a.key)}: the schema is not registered with named()`);
    const types = [a.contentType ?? 'application/json'].flat();
    const content = id ? Object.fromEntries(types.map((type) => [type, { schema: { $ref: `#/components/schemas/${id}` } }])) : undefined;
    ApiResponse({ status, description: a.description ?? (id ? id : 'No content'), ...(content && { content }) } as never)(a.target, a.key, a.descriptor);
  }
}

/** The registered schemas as OpenAPI components, tidied for readers and generators. */
export function answerComponents(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(answerRegistry, {
    target: 'openapi-3.0',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  for (const schema of Object.values(schemas)) delete schema.$id;
  return tidy(schemas) as Record<string, unknown>;
}

/** Drops zod's safe-integer bounds and the long date-time pattern (the format says it). */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'minimum' && v === Number.MIN_SAFE_INTEGER) || (k === 'maximum' && v === Number.MAX_SAFE_INTEGER)) continue;
    if (k === 'pattern' && (node as { format?: string }).format === 'date-time') continue;
    out[k] = tidy(v);
  }
  // OpenAPI 3.0: a nullable enum lists null among its values.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  return out;
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid: errors[] names each field',
  401: 'Not signed in, or the token or API key is not valid',
  403: 'Signed in, but not allowed to do this',
  404: 'No such thing (or not visible to you)',
  409: 'Conflicts with the current state (a stale revision, a state that does not allow it, a duplicate)',
  412: 'The If-Match precondition failed',
  413: 'The body is too large',
  415: 'The content type is not accepted here',
  422: 'Understood but cannot be processed (e.g. an Idempotency-Key reused with another body)',
  429: 'Too many requests (Retry-After)',
  500: 'Unexpected failure: quote the requestId',
  502: 'An upstream service answered wrongly',
  503: 'A service this needs is unavailable (Retry-After)',
};
export const problemDescription = (status: number): string => PROBLEM_DESCRIPTIONS[status] ?? 'Problem details';

/** Declares problem answers an operation has beyond those every operation of its kind has (see openapi.ts). */
export const Problems = (...statuses: number[]): MethodDecorator & ClassDecorator =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: problemDescription(status) }))) as MethodDecorator & ClassDecorator;
