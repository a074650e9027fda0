import type { OpenAPIObject } from '@nestjs/swagger';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config.loader';
import { buildOpenApiDocument } from '../src/openapi';

/** The OpenAPI document of the current code, from an app built without connecting to anything. */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      MONGODB_URI: 'mongodb://127.0.0.1:1/openapi',
      MEILI_HOST: 'http://127.0.0.1:1',
      MEILI_MASTER_KEY: 'openapi-generation-only',
      STRIPE_SECRET_KEY: 'sk_test_openapi',
      AUTH_JWT_SECRET: 'openapi-generation-only-0123456789abcdef',
    },
  });
  const app = await createApp(config, { preview: true });
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}
