/**
 * Phase D: throughput and latency at BENCH_CONC_CONNECTIONS (50) connections, the API against the
 * very multi-searches its requests become sent straight to Meilisearch, answer cache off (as in
 * phase B). autocannon runs in a worker thread, the two targets alternate for BENCH_CONC_ROUNDS
 * rounds of BENCH_CONC_S seconds each, and the report takes the median round of each: on a shared
 * machine one round says little.
 */
import { cannon, CannonRequest, CannonResult } from '../load/cannon';
import { CpuMeter } from '../lib/cpu';
import { log } from '../lib/log';
import { ms } from '../lib/stats';
import type { PreparedQuery } from './search-latency';

export interface ConcurrencyOptions {
  connections: number;
  durationS: number;
  rounds: number;
}

/** A run and the CPU it cost: this process (app, when it is the target, plus autocannon) and Meilisearch, per response. */
export interface MeteredRun extends CannonResult {
  cpuMsPerRequest: number;
}

export interface ConcurrencyFigures extends ConcurrencyOptions {
  requests: number;
  api: MeteredRun[];
  direct: MeteredRun[];
  /** Medians over the rounds. */
  median: { api: Medians; direct: Medians };
  /** API p95 / direct p95, and API req/s / direct req/s (medians). */
  p95Ratio: number;
  throughputRatio: number;
  /**
   * Direct CPU per request / API CPU per request (medians): the throughput ratio to expect when the
   * two cores are ours alone and the path is CPU-bound. On a shared machine the measured req/s depend
   * on what other processes take meanwhile; the CPU a request costs much less.
   */
  cpuRatio: number;
}

interface Medians {
  rps: number;
  p50: number;
  p95: number;
  cpuMsPerRequest: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const medians = (runs: MeteredRun[]): Medians => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.latency.p50)),
  p95: median(runs.map((r) => r.latency.p95)),
  cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
});
const line = (r: MeteredRun) =>
  `${Math.round(r.rps)} req/s, p50 ${ms(r.latency.p50)}, p95 ${ms(r.latency.p95)}, CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request, non-2xx ${r.non2xx}, errors ${r.errors}`;

export async function runConcurrencyPhase(inputs: {
  apiUrl: string;
  meiliUrl: string;
  meiliKey: string;
  mix: PreparedQuery[];
  options: ConcurrencyOptions;
  cpu: CpuMeter;
}): Promise<ConcurrencyFigures> {
  const { connections, durationS, rounds } = inputs.options;
  const apiRequests: CannonRequest[] = inputs.mix.map((q) => ({ method: 'GET', path: q.apiPath }));
  const directRequests: CannonRequest[] = inputs.mix.map((q) => ({ method: 'POST', path: '/multi-search', body: q.directBody }));
  const api: MeteredRun[] = [];
  const direct: MeteredRun[] = [];
  let start = 0;
  for (let round = 1; round <= rounds; round++) {
    // Both targets of a round get the same slice of the mix.
    for (const target of ['api', 'direct'] as const) {
      const label = `D round ${round}/${rounds} ${target}`;
      const run = await inputs.cpu.measure(label, () =>
        cannon({
          url: target === 'api' ? inputs.apiUrl : inputs.meiliUrl,
          headers: target === 'api' ? {} : { authorization: `Bearer ${inputs.meiliKey}` },
          connections,
          durationS,
          requests: target === 'api' ? apiRequests : directRequests,
          start,
        }),
      );
      const step = inputs.cpu.steps[inputs.cpu.steps.length - 1];
      const result: MeteredRun = { ...run, cpuMsPerRequest: ((step.node + step.meilisearch) * 1000) / Math.max(1, run.latency.n) };
      if (result.non2xx || result.errors) log(`${label}: statuses ${JSON.stringify(result.statuses)}`);
      log(`${label}: ${line(result)}`);
      (target === 'api' ? api : direct).push(result);
    }
    start += Math.round(median(direct.map((r) => r.rps)) * durationS);
  }
  const m = { api: medians(api), direct: medians(direct) };
  const figures: ConcurrencyFigures = { connections, durationS, rounds, requests: inputs.mix.length, api, direct, median: m, p95Ratio: m.api.p95 / m.direct.p95, throughputRatio: m.api.rps / m.direct.rps, cpuRatio: m.direct.cpuMsPerRequest / m.api.cpuMsPerRequest };
  log(`D: medians: API ${Math.round(m.api.rps)} req/s p95 ${ms(m.api.p95)}; direct ${Math.round(m.direct.rps)} req/s p95 ${ms(m.direct.p95)}; p95 ratio ${figures.p95Ratio.toFixed(2)}, throughput ratio ${figures.throughputRatio.toFixed(2)}; CPU per request API ${m.api.cpuMsPerRequest.toFixed(2)} ms, direct ${m.direct.cpuMsPerRequest.toFixed(2)} ms (ratio ${figures.cpuRatio.toFixed(2)})`);
  return figures;
}
