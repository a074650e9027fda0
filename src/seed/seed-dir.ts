import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's own seed/ folder (found from this file, whatever the working directory). */
export function repositorySeedDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'seed', 'FORMAT.md'))) return join(dir, 'seed');
    if (dirname(dir) === dir) return join(process.cwd(), 'seed');
  }
}

/** The seed folder to load (SEED_DIR overrides the repository's). */
export const seedDir = (): string => process.env.SEED_DIR || repositorySeedDir();
