/**
 * Writes the OpenAPI document of the current code to openapi.json (committed, so that API changes
 * show in review); `--check` fails when the committed file is stale. Connects to nothing.
 */
import { join } from 'node:path';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config.loader';
import { buildOpenApiDocument } from '../src/openapi';
import { writeOrCheck } from './generated-file';
import { repoRoot } from './services/paths';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
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
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  const file = join(repoRoot(), 'openapi.json');
  writeOrCheck(file, text, check, { name: 'openapi.json (from the code)', command: 'npm run openapi' });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
