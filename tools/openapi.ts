/**
 * Writes the OpenAPI document of the current code to openapi.json (committed, so that API changes
 * show in review); `--check` fails when the committed file is stale. Connects to nothing.
 */
import { join } from 'node:path';
import { writeOrCheck } from './generated-file';
import { previewOpenApiDocument } from './openapi-document';
import { repoRoot } from './services/paths';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const text = `${JSON.stringify(await previewOpenApiDocument(), null, 2)}\n`;
  writeOrCheck(join(repoRoot(), 'openapi.json'), text, check, { name: 'openapi.json (from the code)', command: 'npm run openapi' });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
