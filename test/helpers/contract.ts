import Ajv, { ValidateFunction } from 'ajv';
import { appendFileSync } from 'node:fs';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The response contract, checked on every answer an e2e test app gives (whoever asked: Supertest,
 * fetch, the browser): the status must be declared for the operation, and a JSON body must match
 * the declared schema (closed objects: a field added, renamed or dropped without the spec fails).
 * A violation is recorded and the answer is replaced by a 500 naming it, so the test that caused it
 * fails where it happened; `expectNoContractViolations()` (run after every test file) fails a file
 * whose answers nobody looked at.
 */
export interface ContractViolation {
  method: string;
  url: string;
  route: string;
  status: number;
  message: string;
}

const violations: ContractViolation[] = [];
export const contractViolations = (): readonly ContractViolation[] => violations;
/** Empties the list and returns what it held (for tests of the checker itself). */
export const takeContractViolations = (): ContractViolation[] => violations.splice(0);

interface CompiledOperation {
  responses: Map<string, { json: ValidateFunction | null; types: string[] }>;
}

class ContractChecker {
  private readonly ajv: Ajv;
  private readonly operations = new Map<string, CompiledOperation>();

  constructor(private readonly document: OpenAPIObject) {
    this.ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi.json', components: nullableRefs(document.components ?? {}) });
  }

  private operation(method: string, path: string): CompiledOperation | null {
    const key = `${method} ${path}`;
    const cached = this.operations.get(key);
    if (cached) return cached;
    const op = (this.document.paths[path] as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }> | undefined)?.[method];
    if (!op?.responses) return null;
    const compiled: CompiledOperation = { responses: new Map() };
    for (const [status, response] of Object.entries(op.responses)) {
      const content = response.content ?? {};
      const jsonType = Object.keys(content).find((t) => /json/.test(t));
      const schema = jsonType ? content[jsonType].schema : undefined;
      compiled.responses.set(status, { json: schema ? this.ajv.compile(rebase(nullableRefs(schema))) : null, types: Object.keys(content) });
    }
    this.operations.set(key, compiled);
    return compiled;
  }

  /** Null when the answer keeps the contract, else what is wrong. */
  check(method: string, route: string, status: number, contentType: string | undefined, payload: unknown): string | null {
    const path = route.replace(/:(\w+)/g, '{$1}');
    const op = this.operation(method.toLowerCase(), path);
    if (!op) return `${method} ${path} is not an operation of openapi.json`;
    const declared = op.responses.get(String(status));
    if (!declared) return `status ${status} is not declared for ${method} ${path} (declared: ${[...op.responses.keys()].join(', ')})`;
    if (status === 204 || status === 304 || (status >= 300 && status < 400)) return null;
    const type = (contentType ?? '').split(';')[0].trim();
    if (declared.types.length > 0 && !declared.types.includes(type)) return `content type "${type}" is not declared for ${status} (declared: ${declared.types.join(', ')})`;
    // A route that answers JSON or text (citations: CSL-JSON, BibTeX, RIS) checks only its JSON bodies.
    if (!declared.json || (type !== '' && !/json/.test(type))) return null;
    let body: unknown;
    try {
      body = typeof payload === 'string' ? JSON.parse(payload) : Buffer.isBuffer(payload) ? JSON.parse(payload.toString('utf8')) : undefined;
    } catch {
      return `the ${status} body is not JSON`;
    }
    if (body === undefined) return null; // a stream: not buffered here
    if (declared.json(body)) return null;
    const e = declared.json.errors?.[0];
    return `the ${status} body does not match the schema: ${e?.instancePath || '(root)'} ${e?.message}${e?.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : ''}`;
  }
}

/** `#/components/...` refs inside a response schema point into the document registered as openapi.json. */
function rebase<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi.json#/components/')) as T;
}

/** OpenAPI 3.0's `{ nullable: true, allOf: [X] }` (no type beside it) as JSON Schema: X or null. */
function nullableRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(nullableRefs) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = nullableRefs(v);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] } as T;
  }
  return out as T;
}

/** Checks every answer of `fastify` against `document` (call before the app is ready). */
export function checkAnswersAgainst(fastify: FastifyInstance, document: OpenAPIObject): void {
  const checker = new ContractChecker(document);
  fastify.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: Error | null, payload?: unknown) => void) => {
    const route = request.routeOptions.url;
    const url = request.url.split('?')[0];
    const api = url.startsWith('/api/') || url === '/health' || url.startsWith('/health/');
    // Probe routes are the tests' own (test/helpers/probe.module.ts), outside the API.
    if (!api || !route || route.startsWith('/docs') || route.includes('*') || route.startsWith('/api/v1/__probe')) {
      done(null, payload);
      return;
    }
    let message: string | null;
    try {
      message = checker.check(request.method, route, reply.statusCode, String(reply.getHeader('content-type') ?? ''), payload);
    } catch (err) {
      message = `the contract check failed: ${(err as Error).message}`;
    }
    if (!message) {
      done(null, payload);
      return;
    }
    const violation = { method: request.method, url: request.url, route, status: reply.statusCode, message };
    violations.push(violation);
    if (process.env.CONTRACT_LOG) appendFileSync(process.env.CONTRACT_LOG, `${JSON.stringify(violation)}\n`);
    const problem = { type: '/problems/contract-violation', title: 'Answer breaks the API contract', status: 500, detail: message };
    reply.code(500).header('content-type', 'application/problem+json; charset=utf-8').header('x-contract-violation', message.slice(0, 200));
    done(null, JSON.stringify(problem));
  });
}
