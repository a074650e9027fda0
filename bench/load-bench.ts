/**
 * `npm run bench:load`: load benchmark of Biomat Hub with autocannon (issue #7).
 *
 *   setup     FerretDB + Meilisearch + stripe-mock in a temp folder; the app in a child Node process
 *             (bench/load/app-server.ts), which seeds the demo catalogue and waits for the index
 *   warm-up   LOAD_WARMUP_S of the mix at 10 connections (JIT, caches), then RSS "before"
 *   mix       search 70 % / material detail 20 % / PATCH /me 10 %, LOAD_DURATION_S at each of
 *             LOAD_CONNECTIONS, latency recorded per kind; RSS "after"
 *   passes    LOAD_PASS_S of each kind alone at the first connection count (throughput per kind)
 *   baseline  a bare Nest app on Fastify (bench/load/baseline-server.ts, same Node settings),
 *             LOAD_DURATION_S at the first connection count: the framework's own ceiling
 *
 * Options (environment): LOAD_DURATION_S (60), LOAD_CONNECTIONS ("50,200"), LOAD_PASS_S (20),
 * LOAD_WARMUP_S (5), LOAD_WRITERS (20 researcher accounts), LOAD_SEED (42), BENCH_KEEP_DATA=1,
 * BENCH_LOG_LEVEL (warn) for the app's log; LOAD_APP_NODE_ARGS (diagnostic: extra Node flags for the
 * app process only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"; figures then not comparable).
 */
import { ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Cleanup, envInt, runBench } from './lib/cli';
import { log } from './lib/log';
import { int, ms, renderTable } from './lib/stats';
import type { ChildMessage } from './load/protocol';
import { busiestOver, cpuWindow, CpuSplit, rssOf, serverPids, topProcesses } from './load/proc';
import { buildTraffic, drain, Kind, KINDS, RunFigures, runLoad, sequentialProbe } from './load/traffic';
import type { LatencySummary } from './lib/stats';
import { startServices } from './phases/setup';

const IDLE_S = 5;
const PROBE_N = 40;

interface Options {
  durationS: number;
  connections: number[];
  passS: number;
  warmupS: number;
  writers: number;
  seed: number;
}

function readOptions(): Options {
  const connections = (process.env.LOAD_CONNECTIONS || '50,200').split(',').map((c) => Number(c.trim()));
  if (!connections.length || connections.some((c) => !Number.isInteger(c) || c < 1)) throw new Error(`LOAD_CONNECTIONS must be whole numbers like "50,200"`);
  return {
    durationS: envInt('LOAD_DURATION_S', 60, 1),
    connections,
    passS: envInt('LOAD_PASS_S', 20, 1),
    warmupS: envInt('LOAD_WARMUP_S', 5, 0),
    writers: envInt('LOAD_WRITERS', 20, 1),
    seed: envInt('LOAD_SEED', 42, 0),
  };
}

/** Forks a server script with the same Node settings for all (swc register, no other flags). */
function forkServer(script: string, env: NodeJS.ProcessEnv, cleanup: Cleanup, name: string, readyTimeoutMs: number, extraNodeArgs: string[] = []): Promise<{ child: ChildProcess; ready: Extract<ChildMessage, { type: 'ready' }> }> {
  const child = fork(join(__dirname, 'load', script), [], { execArgv: ['-r', '@swc-node/register', ...extraNodeArgs], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  cleanup.add(`stop ${name}`, () => stopChild(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after ${readyTimeoutMs / 1000} s`)), readyTimeoutMs);
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'memory') return;
      clearTimeout(timer);
      if (m.type === 'ready') resolve({ child, ready: m });
      else reject(new Error(`${name} failed: ${m.error}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  if (child.connected) child.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

type Memory = Extract<ChildMessage, { type: 'memory' }>;

/** The app's memory after a forced full GC (asked over IPC; NaN figures if it does not answer in 10 s). */
function memoryAfterGc(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    const none: Memory = { type: 'memory', rssMb: NaN, heapUsedMb: NaN, heapTotalMb: NaN, externalMb: NaN };
    const timer = setTimeout(() => (child.off('message', on), resolve(none)), 10_000);
    const on = (m: ChildMessage) => {
      if (m.type !== 'memory') return;
      clearTimeout(timer);
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
    child.send({ type: 'memory' });
  });
}

interface Phase {
  run: RunFigures;
  cpu: CpuSplit;
  rssAfterMb: number;
}

interface Results {
  options: Options;
  materials: number;
  mix: Phase[];
  passes: Partial<Record<Kind, Phase>>;
  baseline: Phase;
  /** CPU over IDLE_S with the app up and no requests (background work: sync worker, leases...). */
  idle: CpuSplit;
  /** One request at a time, per kind: latency without queueing. */
  probe: Record<Kind, LatencySummary>;
  rss: { idleAfterSeed: number; before: number; afterMix: number; afterAll: number; peak: number };
  /** After a forced GC, read right after each RSS figure above (before, afterMix, afterAll). */
  gc: { before: Memory; afterMix: Memory; afterAll: Memory };
  busiest: string[];
  psSnapshot: string[];
  machine: string;
  wallS: number;
}

async function bench(options: Options, cleanup: Cleanup): Promise<Results> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'biomat-load-'));
  if (process.env.BENCH_KEEP_DATA === '1') log(`keeping ${dataDir} (BENCH_KEEP_DATA=1)`);
  else cleanup.add('remove data folder', () => rmSync(dataDir, { recursive: true, force: true }));
  const services = await startServices(dataDir);
  cleanup.add('stop local servers', () => services.stop());

  log('starting the app in a child process (seeds the demo catalogue, ~1 min)');
  const { child: app, ready } = await forkServer(
    'app-server.ts',
    { ...process.env, ...services.env, MEILI_INDEX_PREFIX: 'load_', LOAD_WRITERS: String(options.writers) },
    cleanup,
    'app',
    900_000,
    // A diagnostic only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"): the figures are then not comparable.
    (process.env.LOAD_APP_NODE_ARGS ?? '').split(' ').filter(Boolean),
  );
  const appPid = app.pid!;
  const servers = serverPids(dataDir);
  log(`app pid ${appPid}, ferretdb ${servers.ferretdb.join(',')}, meilisearch ${servers.meilisearch.join(',')}; ${ready.materials} materials`);
  const plannedS = options.warmupS + options.durationS * options.connections.length + options.passS * 3 + 30;
  if (plannedS > ready.accessTtlS * 0.9) log(`warning: the run (~${plannedS} s) is longer than the writers' token lifetime (${ready.accessTtlS} s): expect 401s`);

  const traffic = await buildTraffic(ready.url, ready.tokens, options.seed);
  const pids = { app: appPid, ...servers };
  const idleAfterSeed = rssOf(appPid).rssMb;
  log(`idle for ${IDLE_S} s (app up, no requests) to sample background load`);
  const idleWindow = cpuWindow(pids);
  await new Promise((r) => setTimeout(r, IDLE_S * 1000));
  const idle = idleWindow();
  log(`idle: app ${idle.app.toFixed(1)} s CPU, ferretdb ${idle.ferretdb.toFixed(1)} s, meilisearch ${idle.meilisearch.toFixed(1)} s, other processes ${idle.others.toFixed(1)} s over ${idle.wallS.toFixed(1)} s`);
  log(`sequential probe: ${PROBE_N} requests of each kind, one at a time`);
  const probe = await sequentialProbe(ready.url, traffic, PROBE_N, options.seed + 50);
  log(`sequential probe: ${KINDS.map((k) => `${k} p50 ${ms(probe[k].p50)} p95 ${ms(probe[k].p95)}`).join(', ')}`);

  if (options.warmupS > 0) {
    await runLoad({ label: 'warm-up', url: ready.url, connections: 10, durationS: options.warmupS, traffic, appPid, seed: options.seed + 100 });
    await drain(pids, 'warm-up');
  }
  const before = rssOf(appPid).rssMb;
  const gcBefore = await memoryAfterGc(app);
  log(`app RSS: ${before.toFixed(0)} MB before the measured runs (${idleAfterSeed.toFixed(0)} MB idle after the seed)`);

  const phase = async (work: () => Promise<RunFigures>): Promise<Phase> => {
    const window = cpuWindow(pids);
    const run = await work();
    const result = { run, cpu: window(), rssAfterMb: rssOf(appPid).rssMb };
    run.drainS = await drain(pids, run.label);
    return result;
  };

  const mix: Phase[] = [];
  let busiest: string[] = [];
  let psSnapshot: string[] = [];
  for (const [i, connections] of options.connections.entries()) {
    const label = `mix @${connections}`;
    // Who else is busy: a 2 s per-process CPU sample and a ps listing, taken mid-run of the first mix.
    const probe =
      i === 0
        ? (async () => {
            await new Promise((r) => setTimeout(r, (options.durationS * 1000) / 2));
            busiest = await busiestOver(2000, 8);
            psSnapshot = topProcesses(8);
            log(`${label}: busiest processes over 2 s mid-run:\n${busiest.map((l) => `    ${l}`).join('\n')}`);
          })()
        : Promise.resolve();
    mix.push(await phase(() => runLoad({ label, url: ready.url, connections, durationS: options.durationS, traffic, appPid, seed: options.seed + 1 + i })));
    await probe;
  }
  const afterMix = rssOf(appPid).rssMb;
  const gcAfterMix = await memoryAfterGc(app);
  log(`app memory after the mix: RSS ${afterMix.toFixed(0)} MB; after a forced GC: heap used ${gcAfterMix.heapUsedMb.toFixed(0)} MB (before the mix ${gcBefore.heapUsedMb.toFixed(0)} MB), RSS ${gcAfterMix.rssMb.toFixed(0)} MB`);

  const passes: Partial<Record<Kind, Phase>> = {};
  const c0 = options.connections[0];
  for (const kind of KINDS) {
    const only = { search: 0, detail: 0, write: 0, [kind]: 1 } as Record<Kind, number>;
    // Cumulative thresholds in drawRequest: search, then detail, then write.
    passes[kind] = await phase(() =>
      runLoad({ label: `${kind} only @${c0}`, url: ready.url, connections: c0, durationS: options.passS, traffic, mix: only, appPid, seed: options.seed + 10 }),
    );
  }
  const afterAll = rssOf(appPid);
  const gcAfterAll = await memoryAfterGc(app);

  // Baseline: the app stays up but idle; the bare app runs alone under the same load.
  log('starting the bare Nest baseline app');
  const { child: bare, ready: bareReady } = await forkServer('baseline-server.ts', { ...process.env, NODE_ENV: 'test' }, cleanup, 'baseline', 60_000);
  const bareWindow = cpuWindow({ app: bare.pid!, ferretdb: servers.ferretdb, meilisearch: servers.meilisearch });
  const bareRun = await runLoad({ label: `bare Nest baseline @${c0}`, url: bareReady.url, connections: c0, durationS: options.durationS, path: '/ping', appPid: bare.pid!, seed: 0 });
  const baseline: Phase = { run: bareRun, cpu: bareWindow(), rssAfterMb: 0 };
  baseline.rssAfterMb = rssOf(bare.pid!).rssMb;
  await stopChild(bare);

  return {
    options,
    materials: ready.materials,
    mix,
    passes,
    baseline,
    idle,
    probe,
    rss: { idleAfterSeed, before, afterMix, afterAll: afterAll.rssMb, peak: afterAll.peakMb },
    gc: { before: gcBefore, afterMix: gcAfterMix, afterAll: gcAfterAll },
    busiest,
    psSnapshot,
    machine: `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM`,
    wallS: (performance.now() - started) / 1000,
  };
}

const gcCells = (m: Memory) => [int(m.heapUsedMb), int(m.heapTotalMb), int(m.externalMb), int(m.rssMb)];
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const rps = (x: number | undefined) => (x === undefined ? 'n/a' : `${int(x)} req/s`);

function render(r: Results): string {
  const o = r.options;
  const c0 = o.connections[0];
  const base = r.baseline.run.rps;
  const mix0 = r.mix[0]?.run;
  const bad = (f: RunFigures) => f.errors + f.non2xx;
  const allRuns = [...r.mix.map((p) => p.run), ...Object.values(r.passes).map((p) => p!.run), r.baseline.run];
  const totalBad = allRuns.reduce((s, f) => s + bad(f), 0);
  const searchP95 = mix0?.byKind.search?.latency.p95 ?? NaN;
  const detailRatio = (r.passes.detail?.run.rps ?? NaN) / base;
  const searchRatio = (r.passes.search?.run.rps ?? NaN) / base;
  const growth = r.rss.afterMix / r.rss.before - 1;

  const runRows = allRuns.map((f) => [
    f.label,
    rps(f.rps),
    int(f.total),
    ms(f.latency.p50),
    ms(f.latency.p95),
    ms(f.latency.p99),
    ms(f.latency.max),
    `${f.errors} / ${f.timeouts} / ${f.non2xx}`,
    f.drainS === undefined ? '' : `${f.drainS.toFixed(0)} s`,
  ]);
  const kindRows = [...r.mix, ...Object.values(r.passes)].flatMap((p) =>
    KINDS.filter((k) => p!.run.byKind[k]).map((k) => {
      const f = p!.run.byKind[k]!;
      return [p!.run.label, k, rps(f.rps), int(f.n), ms(f.latency.p50), ms(f.latency.p95), ms(f.latency.p99), ms(f.latency.max), String(f.non2xx), String(f.unanswered)];
    }),
  );
  const probeRows = KINDS.map((k) => ['sequential, 1 connection', k, '', int(r.probe[k].n), ms(r.probe[k].p50), ms(r.probe[k].p95), ms(r.probe[k].p99), ms(r.probe[k].max), '0', '0']);
  const cpuCell = (s: number, wall: number) => `${s.toFixed(1)} s (${Math.round((s / wall) * 100)} %)`;
  const phases = [...r.mix, ...Object.values(r.passes), r.baseline] as Phase[];
  const idleRow = ['idle, no requests', `${r.idle.wallS.toFixed(1)} s`, cpuCell(r.idle.app, r.idle.wallS), cpuCell(r.idle.bench, r.idle.wallS), cpuCell(r.idle.ferretdb, r.idle.wallS), cpuCell(r.idle.meilisearch, r.idle.wallS), cpuCell(r.idle.others, r.idle.wallS), `${int(r.rss.idleAfterSeed)} MB`];
  const cpuRows = phases.map((p) => [
    p.run.label,
    `${p.cpu.wallS.toFixed(1)} s`,
    cpuCell(p.cpu.app, p.cpu.wallS),
    cpuCell(p.cpu.bench, p.cpu.wallS),
    cpuCell(p.cpu.ferretdb, p.cpu.wallS),
    cpuCell(p.cpu.meilisearch, p.cpu.wallS),
    cpuCell(p.cpu.others, p.cpu.wallS),
    `${int(p.rssAfterMb)} MB`,
  ]);
  const targets = [
    ['errors (socket errors + timeouts + non-2xx, all runs)', String(totalBad), '= 0', totalBad === 0],
    [`material detail / bare baseline (@${c0})`, `${rps(r.passes.detail?.run.rps)} / ${rps(base)} = ${pct(detailRatio)}`, '>= 40 %', detailRatio >= 0.4],
    [`search p95 in the mix @${c0}`, ms(searchP95), '< 50 ms', searchP95 < 50],
    ['app RSS growth over the mix runs', `${int(r.rss.before)} -> ${int(r.rss.afterMix)} MB = ${(growth * 100).toFixed(1)} %`, '< 20 %', growth < 0.2],
  ] as const;

  return [
    '',
    '==================== load benchmark summary ====================',
    `LOAD_DURATION_S=${o.durationS} LOAD_CONNECTIONS=${o.connections.join(',')} LOAD_PASS_S=${o.passS} LOAD_WARMUP_S=${o.warmupS} LOAD_WRITERS=${o.writers} LOAD_SEED=${o.seed}`,
    `machine: ${r.machine}; app in its own Node process (node -r @swc-node/register, NODE_ENV=test, LOG_LEVEL=warn), FerretDB, Meilisearch; ${r.materials} seeded materials`,
    'mix: search 70 % (2,000 rotating queries: text, facet filters, ranges, sorts) / material detail 20 % / PATCH /api/v1/me 10 % (researchers)',
    '',
    renderTable([['run', 'throughput', 'responses', 'p50', 'p95', 'p99', 'max', 'errors / timeouts / non-2xx', 'backlog drained in'], ...runRows]),
    '(backlog drained in: after autocannon stopped, how long the app and FerretDB stayed busy with requests queued in the app)',
    '',
    renderTable([['run', 'kind', 'throughput', 'n', 'p50', 'p95', 'p99', 'max', 'non-2xx', 'unanswered'], ...probeRows, ...kindRows]),
    '(unanswered: sent without a response by the end of the run: timed out after 10 s, or still in flight when it stopped)',
    '',
    renderTable([
      ['ratio to the bare Nest baseline', 'value'],
      [`search only @${c0} / baseline`, `${rps(r.passes.search?.run.rps)} / ${rps(base)} = ${pct(searchRatio)}`],
      [`detail only @${c0} / baseline`, `${rps(r.passes.detail?.run.rps)} / ${rps(base)} = ${pct(detailRatio)}`],
      [`write only @${c0} / baseline`, `${rps(r.passes.write?.run.rps)} / ${rps(base)} = ${pct((r.passes.write?.run.rps ?? NaN) / base)}`],
      [`whole mix @${c0} / baseline`, `${rps(mix0?.rps)} / ${rps(base)} = ${pct((mix0?.rps ?? NaN) / base)}`],
    ]),
    '',
    renderTable([
      ['app memory, MB', 'RSS (VmRSS)', 'then forced GC: heap used', 'heap total', 'external', 'RSS'],
      ['idle after seed', int(r.rss.idleAfterSeed), '', '', '', ''],
      ['before the mix (after warm-up)', int(r.rss.before), ...gcCells(r.gc.before)],
      ['after the mix runs', int(r.rss.afterMix), ...gcCells(r.gc.afterMix)],
      ['after the single-kind passes', int(r.rss.afterAll), ...gcCells(r.gc.afterAll)],
      ['peak (VmHWM)', int(r.rss.peak), '', '', '', ''],
      ['bare baseline app after its run', int(r.baseline.rssAfterMb), '', '', '', ''],
    ]),
    '',
    renderTable([['CPU during run (2 cores = 200 %)', 'wall', 'app', 'bench (autocannon)', 'ferretdb', 'meilisearch', 'other processes', 'server RSS after'], idleRow, ...cpuRows]),
    '',
    `busiest processes over 2 s in the middle of mix @${c0} (pid, % of one core, command):`,
    ...r.busiest.map((l) => `  ${l}`),
    'ps aux-like snapshot at that moment (%CPU is the lifetime average):',
    ...r.psSnapshot.map((l) => `  ${l}`),
    '',
    renderTable([['target', 'measured', 'limit', 'result'], ...targets.map(([n, m, l, pass]) => [n, m, l, pass ? 'PASS' : 'FAIL'])]),
    '',
    `wall time (setup + runs, cleanup not included): ${r.wallS.toFixed(1)} s`,
  ].join('\n');
}

const options = readOptions();
// Mongoose, timers or sockets of a half-closed app must not keep the process alive: runBench exits.
void runBench('load benchmark', options, async (cleanup) => render(await bench(options, cleanup)));
