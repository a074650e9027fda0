/**
 * Annotation engine bench (issue #18): quality on the hand-annotated evaluation set and speed.
 *   node -r @swc-node/register bench/annotation-bench.ts [--errors] [--fixtures DIR]
 * Loads the real vocabulary (seed/vocabulary/*.json, seed/mesh/descriptors.tsv) and every
 * test/fixtures/annotation/*.json array; prints P/R/F1 per type (strict and lenient), micro and
 * macro, quantities, and abstracts per second (single thread).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, buildDictionary } from '../src/annotation/engine';
import { GoldDoc, evaluate, formatReport } from '../src/annotation/engine/evaluate';
import { loadMeshNames, loadSeedConcepts } from '../src/annotation/seed-vocabulary';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const fixtures = args.includes('--fixtures') ? args[args.indexOf('--fixtures') + 1] : join(root, 'test', 'fixtures', 'annotation');

export function loadEvalSet(dir: string): GoldDoc[] {
  if (!existsSync(dir)) return [];
  const docs: GoldDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (Array.isArray(data)) docs.push(...data);
  }
  return docs;
}

function main() {
  let t = process.hrtime.bigint();
  const concepts = loadSeedConcepts(join(root, 'seed', 'vocabulary'));
  const mesh = loadMeshNames(join(root, 'seed', 'mesh', 'descriptors.tsv'));
  const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const dict = buildDictionary(concepts, mesh, 'seed');
  const compileMs = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(`vocabulary: ${concepts.length} concept entries, ${dict.stats.concepts} compiled, ${dict.stats.labels} labels, ${dict.stats.keys} keys; load ${loadMs.toFixed(0)} ms, compile ${compileMs.toFixed(0)} ms`);

  const docs = loadEvalSet(fixtures);
  if (!docs.length) {
    console.log(`no evaluation texts in ${fixtures}`);
  } else {
    const chars = docs.reduce((n, d) => n + d.text.length + (d.title?.length ?? 0), 0);
    console.log(`evaluation set: ${docs.length} texts, ${chars} characters, ${docs.reduce((n, d) => n + d.annotations.length + (d.titleAnnotations?.length ?? 0), 0)} gold spans, ${docs.reduce((n, d) => n + (d.quantities?.length ?? 0), 0)} gold quantities\n`);
    const report = evaluate(docs, (d) => annotate(dict, { text: d.text, title: d.title }));
    console.log(formatReport(report));
    if (args.includes('--errors')) {
      console.log('\nstrict mismatches:');
      for (const m of report.mismatches) console.log(`${m.doc} ${m.field} ${m.kind} ${m.type} [${m.start},${m.end}] ${JSON.stringify(m.text)}`);
    }
  }

  // Speed: abstracts of ~1,500 characters (the evaluation texts joined and cut at sentence ends), single thread.
  const pool = docs.length ? docs.map((d) => d.text).join(' ') : 'Porous hydroxyapatite (HA) scaffolds with a porosity of 70–90 % were seeded with MG-63 osteoblasts in vitro. '.repeat(200);
  const abstracts: string[] = [];
  for (let i = 0; i + 1500 <= pool.length && abstracts.length < 200; ) {
    let end = pool.indexOf('. ', i + 1400);
    if (end < 0 || end > i + 1700) end = i + 1500;
    abstracts.push(pool.slice(i, end + 1));
    i = end + 2;
  }
  if (!abstracts.length) abstracts.push(pool);
  for (const a of abstracts) annotate(dict, { text: a }); // warm-up
  const rounds = Math.max(1, Math.ceil(2000 / abstracts.length));
  t = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const a of abstracts) {
    annotate(dict, { text: a });
    n++;
  }
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  // CPU time of this process too: on a shared machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const meanLen = abstracts.reduce((x, a) => x + a.length, 0) / abstracts.length;
  console.log(`\nspeed: ${n} abstracts (mean ${meanLen.toFixed(0)} characters) in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} abstracts/s (one thread); ${cpuSecs.toFixed(2)} s of CPU = ${(n / cpuSecs).toFixed(0)} abstracts per CPU second`);
}

if (require.main === module) main();
