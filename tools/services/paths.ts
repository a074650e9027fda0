import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this file holding package.json and tools/. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tools', 'ferretdb', 'go.mod'))) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the repository root above ${from}`);
  }
}

/** Where built helper binaries are kept between runs (`CACHE_DIR` overrides). */
export const cacheDir = (): string => process.env.CACHE_DIR || join(repoRoot(), '.cache');
