/**
 * `npm run literature:import -- <file> [--format pubmed-xml|medline|ris|bibtex|csl-json] [--dry-run] [--report FILE]`:
 * imports a literature file (streamed from disk, a batch at a time) by the merge rule, with
 * progress; each record that could not be imported is listed with its position as it goes, and
 * `--report` writes every record's entry (position, status, id, errors) to FILE as NDJSON.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatOfFile } from '../src/literature/codecs';
import { LiteratureImportService } from '../src/literature/literature-import.service';
import { IMPORT_FORMATS, ImportFormat } from '../src/literature/publication.types';
import { withApp } from './cli-context';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--format' && args[i - 1] !== '--report');
const reportFile = args.includes('--report') ? args[args.indexOf('--report') + 1] : undefined;
const dryRun = args.includes('--dry-run');
const given = args.includes('--format') ? args[args.indexOf('--format') + 1] : undefined;
if (!file) {
  console.error(`usage: npm run literature:import -- <file> [--format ${IMPORT_FORMATS.join('|')}] [--dry-run] [--report FILE.ndjson]`);
  process.exit(2);
}
const format = (given ?? formatOfFile(file)) as ImportFormat | null;
if (!format || !IMPORT_FORMATS.includes(format)) {
  console.error(`--format is one of ${IMPORT_FORMATS.join(', ')} (the file name does not say which)`);
  process.exit(2);
}

void withApp(async (app) => {
  const size = statSync(file).size;
  const started = Date.now();
  const out = reportFile ? createWriteStream(reportFile) : null;
  const report = await app.get(LiteratureImportService).importStream(format, createReadStream(file), {
    dryRun,
    by: 'cli',
    file: basename(file),
    // Entries stream out a batch at a time (the report in memory keeps only the first ones).
    onRecords: async (results) => {
      for (const r of results) if (r.errors.length) process.stderr.write(`\n  #${r.position} ${r.status}${r.id ? ` ${r.id}` : ''}: ${r.errors.join('; ')}`);
      if (out && !out.write(results.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
    },
    onProgress: (read) => process.stderr.write(`\r[literature] ${read.toLocaleString('en')} records read (${((Date.now() - started) / 1000).toFixed(1)} s)`),
  });
  process.stderr.write('\n');
  if (out) {
    out.end();
    await once(out, 'finish');
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `[literature] ${dryRun ? 'dry run: ' : ''}${format} ${basename(file)} (${(size / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(1)} s: ${report.created} created, ${report.merged} merged, ${report.unchanged} unchanged, ${report.invalid} invalid, ${report.conflicts} conflicts${reportFile ? `; every record's entry in ${reportFile}` : ''}`,
  );
  if (report.invalid + report.conflicts > 0) process.exitCode = 1;
});
