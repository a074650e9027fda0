import type { OpenAPIObject } from '@nestjs/swagger';
import { previewOpenApiDocument } from './openapi-document';

type Json = Record<string, unknown>;
interface Operation {
  security?: unknown[];
  parameters?: { in: string }[];
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/** Every operation of the document, as `METHOD /path` with its object. */
function operations(doc: OpenAPIObject): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete', 'patch'] as const).filter((m) => item[m]).map((m) => [`${m.toUpperCase()} ${path}`, path, item[m] as unknown as Operation] as [string, string, Operation]),
  );
}

/** Component names reachable from a schema. */
function refsOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.add(v.replace('#/components/schemas/', ''));
      else refsOf(v, out);
    }
  }
  return out;
}

describe('openapi.json: the contract', () => {
  let doc: OpenAPIObject;
  beforeAll(async () => {
    doc = await previewOpenApiDocument();
  }, 60_000);

  it('gives every operation a typed success answer', () => {
    const untyped: string[] = [];
    for (const [name, , op] of operations(doc)) {
      const success = Object.entries(op.responses).filter(([code]) => /^[23]/.test(code));
      if (success.length === 0) untyped.push(`${name}: no 2xx/3xx answer`);
      for (const [code, response] of success) {
        if (code === '204' || code.startsWith('3')) continue;
        const schemas = Object.values(response.content ?? {}).map((c) => c.schema);
        if (schemas.length === 0 || schemas.some((s) => !s?.$ref)) untyped.push(`${name} ${code}: no schema from components`);
        for (const s of schemas) if (s?.$ref && !doc.components?.schemas?.[String(s.$ref).split('/').pop()!]) untyped.push(`${name} ${code}: ${String(s.$ref)} is missing`);
      }
    }
    expect(untyped).toEqual([]);
    expect(operations(doc).length).toBeGreaterThanOrEqual(78);
  });

  it('declares the problem answers of every operation with the shared problem+json schema, and no catch-all', () => {
    const missing: string[] = [];
    for (const [name, path, op] of operations(doc)) {
      const needed = [400, 415, 500];
      if (op.security?.length) needed.push(401, 403);
      if (path.includes('{')) needed.push(404);
      for (const status of needed) if (!op.responses[String(status)]) missing.push(`${name}: ${status}`);
      if (op.responses.default) missing.push(`${name}: has a default answer`);
      for (const [code, response] of Object.entries(op.responses)) {
        if (/^[45]/.test(code) && response.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/Problem') missing.push(`${name} ${code}: not the Problem schema`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('closes every object the answers can contain (no additionalProperties: true escape hatch)', () => {
    const schemas = doc.components!.schemas as Record<string, Json>;
    const reachable = new Set<string>();
    const queue = [...operations(doc).flatMap(([, , op]) => [...refsOf(Object.entries(op.responses).map(([, r]) => r.content))])];
    while (queue.length) {
      const name = queue.pop()!;
      if (reachable.has(name)) continue;
      reachable.add(name);
      queue.push(...refsOf(schemas[name]));
    }
    const open: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const s = node as Json;
      if (s.additionalProperties === true) open.push(`${at}: additionalProperties true`);
      if (s.type === 'object' && s.properties && s.additionalProperties === undefined) open.push(`${at}: object without additionalProperties`);
      for (const [k, v] of Object.entries(s)) walk(v, `${at}.${k}`);
    };
    for (const name of reachable) walk(schemas[name], name);
    expect(open).toEqual([]);
    expect(reachable.size).toBeGreaterThan(40);
  });

  it('documents the Stripe webhook as called by Stripe', () => {
    const webhook = doc.paths['/api/v1/payments/stripe/webhook']?.post as unknown as Json;
    expect(webhook?.['x-called-by']).toBe('Stripe');
  });
});
