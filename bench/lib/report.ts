/** The final summary: absolute figures, the targets with PASS/FAIL, CPU per step, and the machine. */
import type { InsertReport } from '../phases/setup';
import type { PublishFigures } from '../phases/publish-lag';
import type { ReindexFigures } from '../phases/reindex';
import type { ConcurrencyFigures, ConcurrencyOptions } from '../phases/concurrency';
import type { LatencyFigures, PassFigures } from '../phases/search-latency';
import type { CpuUsage } from './cpu';
import { int, LatencySummary, ms, rate, renderTable, seconds } from './stats';

export interface MachineFacts {
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  mongo: string;
  meilisearch: string;
  /** Commit of the code under test, "+ changes" when the work tree differs from it. */
  commit: string;
}

export interface BenchOptions {
  docs: number;
  queries: number;
  publishes: number;
  seed: number;
  /** Phase C stops starting new publishes after this many seconds. */
  publishBudgetS: number;
  pausedPass: boolean;
  concurrency: ConcurrencyOptions;
}

export interface BenchResults {
  options: BenchOptions;
  machine: MachineFacts;
  insert: InsertReport;
  reindex: ReindexFigures;
  latency: LatencyFigures;
  /** Phase D (absent when BENCH_CONC_ROUNDS=0). */
  concurrency?: ConcurrencyFigures;
  publish: PublishFigures;
  cpu: CpuUsage[];
  wallMs: number;
}

export interface TargetCheck {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

/**
 * The targets: reindex >= 0.8 x direct; API p95 <= 1.3 x direct p95 + 2 ms and < 20 ms; lag p95 < 1 s;
 * at 50 connections API p95 <= 1.15 x direct p95 and API throughput >= 0.9 x direct.
 */
export function checkTargets(r: BenchResults): TargetCheck[] {
  return [
    { name: 'A reindex / direct throughput', measured: r.reindex.ratio.toFixed(2), limit: '>= 0.80', pass: r.reindex.ratio >= 0.8 },
    ...latencyTargets('B', r.latency.main),
    ...(r.concurrency ? concurrencyTargets(r.concurrency) : []),
    {
      name: 'C publish-to-searchable p95',
      measured: `${ms(r.publish.lag.p95)}${r.publish.timeouts ? ` (+${r.publish.timeouts} never indexed)` : ''}`,
      limit: '< 1,000 ms',
      pass: r.publish.lag.p95 < 1000 && r.publish.timeouts === 0,
    },
  ];
}

function latencyTargets(tag: string, b: PassFigures): TargetCheck[] {
  const allowed = 1.3 * b.direct.p95 + 2;
  return [
    { name: `${tag} API p95 vs direct p95`, measured: ms(b.api.p95), limit: `<= 1.3 x ${ms(b.direct.p95)} + 2 ms = ${ms(allowed)}`, pass: b.api.p95 <= allowed },
    { name: `${tag} API p95 absolute`, measured: ms(b.api.p95), limit: '< 20 ms', pass: b.api.p95 < 20 },
  ];
}

function concurrencyTargets(d: ConcurrencyFigures): TargetCheck[] {
  const at = `@${d.connections}, median of ${d.rounds}`;
  return [
    { name: `D API p95 / direct p95 ${at}`, measured: `${d.p95Ratio.toFixed(2)} (${ms(d.median.api.p95)} / ${ms(d.median.direct.p95)})`, limit: '<= 1.15', pass: d.p95Ratio <= 1.15 },
    { name: `D API / direct throughput ${at}`, measured: `${d.throughputRatio.toFixed(2)} (${int(d.median.api.rps)} / ${int(d.median.direct.rps)} req/s)`, limit: '>= 0.90', pass: d.throughputRatio >= 0.9 },
  ];
}

function concurrencyRows(d: ConcurrencyFigures): string[][] {
  const runs = (rs: ConcurrencyFigures['api']) => rs.map((r) => `${int(r.rps)} req/s p95 ${ms(r.latency.p95)} CPU ${r.cpuMsPerRequest.toFixed(2)} ms`).join('; ');
  return [
    [`D API @${d.connections} (median of ${d.rounds} x ${d.durationS} s)`, `${int(d.median.api.rps)} req/s, p50 ${ms(d.median.api.p50)} / p95 ${ms(d.median.api.p95)}`],
    [`D direct multi-search @${d.connections}`, `${int(d.median.direct.rps)} req/s, p50 ${ms(d.median.direct.p50)} / p95 ${ms(d.median.direct.p95)}`],
    ['D ratios API / direct', `p95 ${d.p95Ratio.toFixed(2)}, throughput ${d.throughputRatio.toFixed(2)}`],
    [
      'D CPU per request (this process + Meilisearch)',
      `API ${d.median.api.cpuMsPerRequest.toFixed(2)} ms, direct ${d.median.direct.cpuMsPerRequest.toFixed(2)} ms: direct / API ${d.cpuRatio.toFixed(2)} (the throughput ratio on cores of our own)`,
    ],
    ['D   rounds API', runs(d.api)],
    ['D   rounds direct', runs(d.direct)],
    ['D non-2xx / socket errors', `API ${d.api.reduce((n, r) => n + r.non2xx, 0)} / ${d.api.reduce((n, r) => n + r.errors, 0)}, direct ${d.direct.reduce((n, r) => n + r.non2xx, 0)} / ${d.direct.reduce((n, r) => n + r.errors, 0)}`],
  ];
}

const p3 = (s: LatencySummary) => `p50 ${ms(s.p50)} / p95 ${ms(s.p95)} / p99 ${ms(s.p99)}`;
const docsPerSecond = (docs: number, millis: number) => `${seconds(millis)} = ${int(rate(docs, millis))} docs/s`;

function passRows(tag: string, b: PassFigures): string[][] {
  return [
    [`B API latency${tag}`, p3(b.api)],
    [`B direct multi-search latency${tag}`, p3(b.direct)],
    [`B API minus direct, per request${tag}`, `p50 ${ms(b.overhead.p50)} / p95 ${ms(b.overhead.p95)}`],
    [`B Meilisearch processingTimeMs${tag}`, `p50 ${ms(b.meiliProcessing.p50)} / p95 ${ms(b.meiliProcessing.p95)}`],
  ];
}

function figuresTable(r: BenchResults): string {
  const { insert, reindex: a, latency: b, publish: c } = r;
  const phases = (['prepare', 'fill', 'catch-up', 'swap'] as const).map((p) => `${p} ${seconds(a.phaseMs[p] ?? NaN)}`).join(', ');
  return renderTable([
    ['figure', 'value'],
    ['setup: generate records (CPU)', docsPerSecond(insert.documents, insert.generateMs)],
    ['setup: insertMany, batches of 2,000', `${docsPerSecond(insert.documents, insert.insertMs)} (avg record ${int(insert.avgJsonBytes)} B JSON)`],
    ['A reindex (SearchAdminService)', docsPerSecond(a.documents, a.reindexMs)],
    ['A   reindex phases', phases],
    ['A MongoDB read alone (fill cursor)', docsPerSecond(a.documents, a.mongoReadMs)],
    ['A documentsFor() CPU, all records', ms(a.buildDocumentsMs)],
    ['A direct load, batches of 10,000', docsPerSecond(a.directDocuments, a.directMs)],
    ['A sync worker full drift comparison (once)', ms(a.driftScanMs)],
    ...passRows('', b.main),
    ['B Meilisearch queries per request', b.subQueries.toFixed(2)],
    ['B response size API / direct', `${int(b.main.avgApiBytes)} B / ${int(b.main.avgDirectBytes)} B`],
    ['B hit counts differing API vs direct', `${b.main.totalMismatches} of ${b.queries}`],
    ['B p95 ratio API / direct', (b.main.api.p95 / b.main.direct.p95).toFixed(2)],
    ...(b.workerPaused ? passRows(' [worker paused]', b.workerPaused) : []),
    ...(r.concurrency ? concurrencyRows(r.concurrency) : []),
    [
      'C publish -> searchable lag',
      `p50 ${ms(c.lag.p50)} / p95 ${ms(c.lag.p95)} / max ${ms(c.lag.max)} (n=${c.lag.n} of ${c.requested}${c.budgetExhausted ? ', time budget reached' : ''})`,
    ],
    ['C curation requests p50 / max', (['create', 'submit', 'publish'] as const).map((k) => `${k} ${ms(c[k].p50)} / ${ms(c[k].max)}`).join(', ')],
  ]);
}

function kindsTable(b: PassFigures): string {
  return renderTable([
    ['B by kind', 'n', 'API p50', 'API p95', 'direct p50', 'direct p95'],
    ...b.byKind.map((k) => [k.kind, String(k.n), ms(k.api.p50), ms(k.api.p95), ms(k.direct.p50), ms(k.direct.p95)]),
  ]);
}

/** CPU seconds per process during each step, and the share of one core that is (2 cores = 200 %). */
function cpuTable(steps: CpuUsage[]): string {
  const cell = (cpuSeconds: number, wallMs: number) => `${cpuSeconds.toFixed(1)} s (${Math.round((cpuSeconds / (wallMs / 1000)) * 100)} %)`;
  return renderTable([
    ['CPU during step', 'wall', 'node (app+bench)', 'ferretdb', 'meilisearch', 'other processes', 'FerretDB WAL after'],
    ...steps.map((s) => [
      s.label,
      seconds(s.wallMs),
      cell(s.node, s.wallMs),
      cell(s.ferretdb, s.wallMs),
      cell(s.meilisearch, s.wallMs),
      cell(s.others, s.wallMs),
      `${int(s.walMb)} MB`,
    ]),
  ]);
}

function targetsTable(r: BenchResults): string {
  const rows = checkTargets(r).map((t) => [t.name, t.measured, t.limit, t.pass ? 'PASS' : 'FAIL']);
  const paused = r.latency.workerPaused ? latencyTargets('B [worker paused, info]', r.latency.workerPaused).map((t) => [t.name, t.measured, t.limit, t.pass ? '(pass)' : '(fail)']) : [];
  return renderTable([['target', 'measured', 'limit', 'result'], ...rows, ...paused]);
}

export function renderReport(r: BenchResults): string {
  const { options: o, machine: m } = r;
  return [
    '',
    '==================== search benchmark summary ====================',
    `BENCH_DOCS=${o.docs} BENCH_QUERIES=${o.queries} BENCH_PUBLISHES=${o.publishes} BENCH_SEED=${o.seed} BENCH_PUBLISH_BUDGET_S=${o.publishBudgetS} BENCH_PAUSED_PASS=${o.pausedPass ? 1 : 0} BENCH_CONC_CONNECTIONS=${o.concurrency.connections} BENCH_CONC_S=${o.concurrency.durationS} BENCH_CONC_ROUNDS=${o.concurrency.rounds}`,
    `machine: node ${m.node}, ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB RAM; MongoDB API: ${m.mongo}; Meilisearch ${m.meilisearch}; code ${m.commit}`,
    '',
    figuresTable(r),
    '',
    kindsTable(r.latency.main),
    '',
    cpuTable(r.cpu),
    '',
    targetsTable(r),
    '',
    `wall time from start to the end of phase C (cleanup not included): ${seconds(r.wallMs)}`,
  ].join('\n');
}
