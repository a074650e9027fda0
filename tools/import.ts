/**
 * `npm run import -- <file.csv|file.json> [--dry-run] [--mode replace]`: curators' bulk import from
 * the command line. Valid rows become drafts for review, merged into existing records by the merge
 * rule (or replacing them with `--mode replace`); each row's changes and bad rows are reported.
 */
import { readFileSync } from 'node:fs';
import { SYSTEM_PRINCIPAL } from '../src/accounts/auth/principal';
import { parseMaterialCsv } from '../src/curation/import/material-csv';
import { ImportInput, MaterialImportService } from '../src/curation/import/material-import.service';
import { withApp } from './cli-context';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--mode');
const dryRun = args.includes('--dry-run');
const mode = args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'merge';
if (mode !== 'merge' && mode !== 'replace') {
  console.error('--mode is merge (the default) or replace');
  process.exit(2);
}
if (!file) {
  console.error('usage: npm run import -- <materials.csv|materials.json> [--dry-run] [--mode merge|replace]');
  process.exit(2);
}

void withApp(async (app) => {
  const text = readFileSync(file, 'utf8');
  let inputs: ImportInput[];
  if (file.endsWith('.csv')) {
    const parsed = parseMaterialCsv(text);
    if (parsed.errors.length) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    inputs = parsed.rows.map((r) => ({ position: `line ${r.line}`, raw: r.material, preErrors: r.errors }));
  } else {
    const doc = JSON.parse(text) as unknown;
    const rows = Array.isArray(doc) ? doc : (doc as { materials: unknown[] }).materials;
    inputs = rows.map((raw, i) => ({ position: `[${i}]`, raw: raw as Record<string, unknown> }));
  }
  let last = 0;
  const report = await app.get(MaterialImportService).importRows(inputs, SYSTEM_PRINCIPAL, {
    dryRun,
    mode,
    onProgress: (done, total) => {
      if (done === total || Date.now() - last > 500) {
        last = Date.now();
        process.stdout.write(`\r[import] ${done}/${total} rows`);
      }
    },
  });
  process.stdout.write('\n');
  for (const row of report.rows) {
    if (row.errors.length) console.log(`  ${row.position} ${row.slug ?? ''}: ${row.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    for (const c of row.changes) console.log(`  ${row.position} ${row.slug}: ${c.kind === 'removed' ? 'REMOVES' : c.kind} ${c.label}: ${c.beforeText ?? ''}${c.kind === 'changed' ? ' -> ' : ''}${c.afterText ?? ''}`);
  }
  console.log(`[import]${dryRun ? ' dry run:' : ''} (${report.mode}) ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.invalid} invalid, ${report.failed} failed`);
});
