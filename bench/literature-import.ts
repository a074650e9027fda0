/**
 * Literature import bench (issue #17): generates a PubMed XML file of N invented records (default
 * 50,000: structured abstracts, six authors, MeSH headings each), imports it through the service
 * (streamed, batches of 500) into a database of its own, and prints records/s and peak RSS.
 *   npm run bench:literature -- [--records 50000] [--keep FILE] [--max-growth-mb MB [--max-retained-mb MB]] [--no-reimport]
 * `--max-growth-mb` fails (exit 1) when RSS grew more than that during the import, when the heap
 * after a full GC grew more than `--max-retained-mb` (default half of it), or when the report kept more entries than
 * `literature.reportRecords` (test/literature-memory.e2e-spec.ts runs it at 5,000 records).
 * Local servers are started in a temporary data directory unless MONGODB_URI is set.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiteratureImportService } from '../src/literature/literature-import.service';
import { inventedPubmedArticle as article, PUBMED_XML_HEAD, PUBMED_XML_TAIL } from '../test/fixtures/literature/invented-pubmed';
import { withApp } from '../tools/cli-context';

const args = process.argv.slice(2);
const N = args.includes('--records') ? Number(args[args.indexOf('--records') + 1]) : 50_000;
const work = mkdtempSync(join(tmpdir(), 'literature-bench-'));
const maxGrowthMb = args.includes('--max-growth-mb') ? Number(args[args.indexOf('--max-growth-mb') + 1]) : null;
const maxRetainedMb = args.includes('--max-retained-mb') ? Number(args[args.indexOf('--max-retained-mb') + 1]) : (maxGrowthMb ?? 0) / 2;
const file = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : join(work, 'pubmed.xml');
process.env.DATA_DIR ||= join(work, 'data');
process.env.LOG_LEVEL ||= 'warn';

async function generate(): Promise<void> {
  const out = createWriteStream(file);
  out.write(PUBMED_XML_HEAD);
  for (let i = 1; i <= N; i++) if (!out.write(article(i))) await once(out, 'drain');
  out.end(PUBMED_XML_TAIL);
  await once(out, 'finish');
}

void (async () => {
  let t = Date.now();
  await generate();
  const mb = statSync(file).size / 1024 / 1024;
  console.log(`generated ${N.toLocaleString('en')} records, ${mb.toFixed(1)} MB, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await withApp(async (app) => {
    const service = app.get(LiteratureImportService);
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    t = Date.now();
    // What the import holds on to: the heap after a full collection every 2,000 records (RSS also counts garbage not yet collected).
    const gc = (globalThis as { gc?: () => void }).gc;
    const heapBase = process.memoryUsage().heapUsed;
    let retained = 0;
    const onProgress = (n: number) => {
      if (gc && n % 2000 === 0) {
        gc();
        retained = Math.max(retained, process.memoryUsage().heapUsed - heapBase);
      }
      if (n % 10_000 === 0) process.stderr.write(`  ${n.toLocaleString('en')} read\n`);
    };
    const report = await service.importStream('pubmed-xml', createReadStream(file), { by: 'bench', file: 'bench.xml', onProgress });
    const seconds = (Date.now() - t) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`import: ${report.created.toLocaleString('en')} created, ${report.invalid} invalid, ${report.conflicts} conflicts in ${seconds.toFixed(1)} s = ${Math.round(N / seconds).toLocaleString('en')} records/s`);
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(`memory: RSS ${(baseline / 1024 / 1024).toFixed(0)} MB before, peak ${(peak / 1024 / 1024).toFixed(0)} MB during (+${growthMb.toFixed(0)} MB for a ${mb.toFixed(0)} MB file)`);
    console.log(`heap retained: at most +${(retained / 1024 / 1024).toFixed(0)} MB after a full GC (sampled every 2,000 records)`);
    console.log(`report: ${report.records.length.toLocaleString('en')} entries kept, ${report.recordsOmitted.toLocaleString('en')} left out (stored, paged at ${report.recordsUrl ?? '-'})`);
    if (maxGrowthMb !== null) {
      const kept = app.get(LiteratureImportService).reportLimit;
      const retainedMb = retained / 1024 / 1024;
      if (growthMb > maxGrowthMb || retainedMb > maxRetainedMb || report.records.length > kept || report.records.length + report.recordsOmitted !== N) {
        console.error(`FAIL: RSS grew ${growthMb.toFixed(0)} MB (bound ${maxGrowthMb} MB), heap retained ${retainedMb.toFixed(0)} MB (bound ${maxRetainedMb} MB), report kept ${report.records.length} of ${N} entries (bound ${kept})`);
        process.exitCode = 1;
      } else console.log(`bound kept: +${growthMb.toFixed(0)} MB <= ${maxGrowthMb} MB`);
    }
    if (args.includes('--no-reimport')) return;
    t = Date.now();
    const again = await service.importStream('pubmed-xml', createReadStream(file), { by: 'bench', file: 'bench.xml' });
    console.log(`re-import: ${again.unchanged.toLocaleString('en')} unchanged in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  });
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
})();
