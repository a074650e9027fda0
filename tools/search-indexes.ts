import type { INestApplicationContext } from '@nestjs/common';
import { PublicationsIndex } from '../src/literature/search/publications-index';
import { SearchIndexDefinition } from '../src/search/search-index-definition';
import { MaterialsIndex } from '../src/search/materials-index';

/** The search indexes a CLI works on: all, or the one named by `--index <name>`. */
export function searchIndexes(app: INestApplicationContext, argv: string[]): SearchIndexDefinition[] {
  const all: SearchIndexDefinition[] = [app.get(MaterialsIndex), app.get(PublicationsIndex)];
  const at = argv.indexOf('--index');
  if (at < 0) return all;
  const chosen = all.filter((d) => d.name === argv[at + 1]);
  if (!chosen.length) throw new Error(`--index must be one of ${all.map((d) => d.name).join(', ')}`);
  return chosen;
}
