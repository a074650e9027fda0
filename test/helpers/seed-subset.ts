import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDir } from '../../src/seed/seed-dir';

/**
 * A seed folder with the shipped vocabulary and references and only the named materials (the other
 * ones cost time and change nothing for the test). The caller removes it.
 */
export function seedSubset(slugs: Set<string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'biomat-seed-subset-'));
  cpSync(join(seedDir(), 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });
  cpSync(join(seedDir(), 'references'), join(dir, 'references'), { recursive: true });
  mkdirSync(join(dir, 'materials'));
  for (const file of readdirSync(join(seedDir(), 'materials')).filter((f) => f.endsWith('.json'))) {
    const rows = JSON.parse(readFileSync(join(seedDir(), 'materials', file), 'utf8')) as { slug: string }[];
    writeFileSync(join(dir, 'materials', file), JSON.stringify(rows.filter((m) => slugs.has(m.slug))));
  }
  return dir;
}
