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

export interface ConcurrencyFigures extends ConcurrencyOptions {
  requests: number;
  api: CannonResult[];
  direct: CannonResult[];
  /** Medians over the rounds. */
  median: { api: Medians; direct: Medians };
  /** API p95 / direct p95, and API req/s / direct req/s (medians). */
  p95Ratio: number;
  throughputRatio: number;
}

interface Medians {
  rps: number;
  p50: number;
  p95: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const medians = (runs: CannonResult[]): Medians => ({ rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.latency.p50)), p95: median(runs.map((r) => r.latency.p95)) });
const line = (r: CannonResult) => `${Math.round(r.rps)} req/s, p50 ${ms(r.latency.p50)}, p95 ${ms(r.latency.p95)}, non-2xx ${r.non2xx}, errors ${r.errors}`;

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
  const api: CannonResult[] = [];
  const direct: CannonResult[] = [];
  let start = 0;
  for (let round = 1; round <= rounds; round++) {
    // Both targets of a round get the same slice of the mix.
    for (const target of ['api', 'direct'] as const) {
      const label = `D round ${round}/${rounds} ${target}`;
      const result = await inputs.cpu.measure(label, () =>
        cannon({
          url: target === 'api' ? inputs.apiUrl : inputs.meiliUrl,
          headers: target === 'api' ? {} : { authorization: `Bearer ${inputs.meiliKey}` },
          connections,
          durationS,
          requests: target === 'api' ? apiRequests : directRequests,
          start,
        }),
      );
      if (result.non2xx || result.errors) log(`${label}: statuses ${JSON.stringify(result.statuses)}`);
      log(`${label}: ${line(result)}`);
      (target === 'api' ? api : direct).push(result);
    }
    start += Math.round(median(direct.map((r) => r.rps)) * durationS);
  }
  const m = { api: medians(api), direct: medians(direct) };
  const figures: ConcurrencyFigures = { connections, durationS, rounds, requests: inputs.mix.length, api, direct, median: m, p95Ratio: m.api.p95 / m.direct.p95, throughputRatio: m.api.rps / m.direct.rps };
  log(`D: medians: API ${Math.round(m.api.rps)} req/s p95 ${ms(m.api.p95)}; direct ${Math.round(m.direct.rps)} req/s p95 ${ms(m.direct.p95)}; p95 ratio ${figures.p95Ratio.toFixed(2)}, throughput ratio ${figures.throughputRatio.toFixed(2)}`);
  return figures;
}
