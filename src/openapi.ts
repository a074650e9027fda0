import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

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
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
};

/** The OpenAPI 3 document of the running routes, with problem+json declared on every operation. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Biomat Hub API')
    .setDescription(
      'Curated biomaterials database and marketplace. Errors are RFC 9457 `application/problem+json` documents.',
    )
    .setVersion('1')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from POST /api/v1/auth/login (or an API key bmh_...)' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API key bmh_<id>_<secret> (POST /api/v1/api-keys)' }, 'api-key')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  const problemResponse = {
    description: 'Problem details',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const op of Object.values(pathItem)) {
      if (op && typeof op === 'object' && 'responses' in op) {
        const responses = (op as { responses: Record<string, unknown> }).responses;
        for (const [code, response] of Object.entries(responses)) {
          if (/^[45]/.test(code)) responses[code] = { ...problemResponse, ...(response as object), content: problemResponse.content };
        }
        responses['default'] ??= problemResponse;
      }
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
