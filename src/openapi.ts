import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { answerComponents, applyAnswers, problemDescription } from './common/contract/contract';

/** RFC 9457 problem details with our extension members; closed like every object of the API. */
const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'URI of the problem type; about:blank for plain HTTP errors' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string', description: 'Quote it when you report a problem' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' }, description: 'One entry per invalid field (400)' },
    checks: { $ref: '#/components/schemas/ReadinessChecks' },
    offerId: { type: 'string', description: 'The offer whose stock ran out (409 on orders)' },
    problems: {
      type: 'array',
      description: 'What stands in the way of checkout, per cart line (409 on checkout confirm)',
      items: { type: 'object', required: ['code', 'message', 'cartLineId'], properties: { code: { type: 'string' }, message: { type: 'string' }, cartLineId: { type: 'string', nullable: true } }, additionalProperties: false },
    },
    orders: {
      type: 'array',
      description: 'The totals now and the totals reviewed, per supplier order (409 when they changed since the preview)',
      items: { type: 'object', required: ['supplierOrgId', 'grossMinor', 'expectedGrossMinor'], properties: { supplierOrgId: { type: 'string' }, grossMinor: { type: 'integer' }, expectedGrossMinor: { type: 'integer', nullable: true } }, additionalProperties: false },
    },
    current: { $ref: '#/components/schemas/CurationRecord', description: 'The record as it is now (409 stale revision of a curation record): what changed meanwhile' },
  },
  additionalProperties: false,
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * The problem answers every operation of a kind can give, declared so that clients and the
 * contract checks know them: 400 and 500 everywhere; 401/403 where a credential is needed; 404
 * where a path names something; 413 where a body may be sent (every method but GET); 415 everywhere (form posts are refused). Others are declared per operation
 * with `@Problems(...)`.
 */
function commonProblems(path: string, method: string, op: { security?: unknown[]; requestBody?: unknown; parameters?: { in: string }[] }): number[] {
  // 415: form posts are refused before routing, whatever the operation (app.factory.ts).
  const statuses = [400, 415, 500];
  if (op.security && op.security.length > 0) statuses.push(401, 403);
  if (/\{[^}]+\}/.test(path)) statuses.push(404);
  if (op.requestBody || method !== 'get') statuses.push(413);
  return statuses;
}

/** The OpenAPI 3 document of the running routes: typed answers and problem+json on every operation. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  applyAnswers();
  const config = new DocumentBuilder()
    .setTitle('Biomat Hub API')
    .setDescription(
      'Curated biomaterials database and marketplace. Every answer is typed here; errors are RFC 9457 `application/problem+json` documents.',
    )
    .setVersion('1')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from POST /api/v1/auth/login (or an API key bmh_...)' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API key bmh_<id>_<secret> (POST /api/v1/api-keys)' }, 'api-key')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(answerComponents() as object), Problem: PROBLEM_SCHEMA } as never };
  const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = pathItem[method] as (Parameters<typeof commonProblems>[2] & { responses: Record<string, { description?: string; content?: unknown }> }) | undefined;
      if (!op) continue;
      for (const status of commonProblems(path, method, op)) op.responses[String(status)] ??= { description: problemDescription(status) };
      for (const [code, response] of Object.entries(op.responses)) {
        if (/^[45]/.test(code)) op.responses[code] = { ...response, description: response.description || problemDescription(Number(code)), content: problemContent };
      }
      delete op.responses.default;
    }
  }
  return document;
}

export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    customSiteTitle: 'Biomat Hub API',
  });
}
