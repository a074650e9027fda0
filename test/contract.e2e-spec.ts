import Fastify from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { checkAnswersAgainst, takeContractViolations } from './helpers/contract';

/** The checker every e2e app runs (test/helpers/contract.ts), on a bare Fastify with a two-field contract. */
describe('Response contract checker', () => {
  const document = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/v1/things/{id}': {
        get: {
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
            '404': { description: 'no', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', required: ['id', 'label'], properties: { id: { type: 'string' }, label: { type: 'string' }, ref: { nullable: true, allOf: [{ $ref: '#/components/schemas/Ref' }] } }, additionalProperties: false },
        Ref: { type: 'object', required: ['key'], properties: { key: { type: 'string' } }, additionalProperties: false },
        Problem: { type: 'object', required: ['status'], properties: { status: { type: 'integer' } }, additionalProperties: false },
      },
    },
  } as unknown as OpenAPIObject;

  async function serve(answer: (id: string) => { status: number; body: unknown }) {
    const app = Fastify();
    checkAnswersAgainst(app, document);
    app.get('/api/v1/things/:id', async (req, reply) => {
      const { status, body } = answer((req.params as { id: string }).id);
      return reply.code(status).type(status >= 400 ? 'application/problem+json' : 'application/json').send(JSON.stringify(body));
    });
    await app.ready();
    return app;
  }

  afterEach(() => takeContractViolations());

  it('lets an answer that keeps the contract through unchanged, a nullable reference included', async () => {
    const app = await serve((id) => ({ status: 200, body: { id, label: 'Titanium', ref: null } }));
    const res = await app.inject({ method: 'GET', url: '/api/v1/things/a' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 'a', label: 'Titanium', ref: null });
    expect(takeContractViolations()).toEqual([]);
  });

  it('turns a renamed field into a 500 naming it, and records it', async () => {
    const app = await serve((id) => ({ status: 200, body: { id, name: 'Titanium' } }));
    const res = await app.inject({ method: 'GET', url: '/api/v1/things/a' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['x-contract-violation']).toMatch(/does not match the schema/);
    expect(takeContractViolations()).toEqual([expect.objectContaining({ route: '/api/v1/things/:id', status: 200 })]);
  });

  it('refuses an added field, a wrong type and an undeclared status', async () => {
    for (const [status, body, message] of [
      [200, { id: 'a', label: 'x', extra: 1 }, /additional properties.*"extra"/],
      [200, { id: 'a', label: 7 }, /must be string/],
      [409, { status: 409 }, /status 409 is not declared/],
    ] as const) {
      const app = await serve(() => ({ status, body }));
      const res = await app.inject({ method: 'GET', url: '/api/v1/things/a' });
      expect(res.statusCode).toBe(500);
      expect(takeContractViolations()[0].message).toMatch(message);
    }
  });
});
