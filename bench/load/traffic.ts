/**
 * The request mix of the load bench and the autocannon runs: each request is drawn in autocannon's
 * setupRequest (search 70 %, material detail 20 %, authenticated write 10 % by default), and its
 * latency is recorded per kind from autocannon's 'response' event (the client's context names the kind).
 */
import autocannon from 'autocannon';
import { KeepAliveClient } from '../lib/http-client';
import { log } from '../lib/log';
import { FILTER_FACETS, generateQueries, QueryVocabulary, RANGE_FIELDS, toQueryString } from '../lib/queries';
import { mulberry32, pick, Rng } from '../lib/random';
import { LatencySummary, summarize } from '../lib/stats';
import { cpuSecondsOf, rssOf } from './proc';

export type Kind = 'search' | 'detail' | 'write';
export const KINDS: Kind[] = ['search', 'detail', 'write'];

export interface Traffic {
  /** Query strings of GET /api/v1/search/materials. */
  searches: string[];
  slugs: string[];
  tokens: string[];
}

export type Mix = Record<Kind, number>;
export const DEFAULT_MIX: Mix = { search: 0.7, detail: 0.2, write: 0.1 };

export interface KindFigures {
  n: number;
  /** Requests of this kind sent without a response by the end (timed out, or in flight at the stop). */
  unanswered: number;
  non2xx: number;
  statuses: Record<string, number>;
  latency: LatencySummary;
  /** Responses per second of this kind. */
  rps: number;
}

export interface RunFigures {
  label: string;
  connections: number;
  durationS: number;
  /** Responses per second (all kinds), from autocannon's total over its measured duration. */
  rps: number;
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: LatencySummary;
  byKind: Partial<Record<Kind, KindFigures>>;
  /** Seconds the app and FerretDB stayed busy after the run (set by the caller). */
  drainS?: number;
}

/** What the seeded catalogue offers to draw requests from. */
export async function buildTraffic(url: string, tokens: string[], seed: number, count = 2000): Promise<Traffic> {
  const api = new KeepAliveClient(url);
  try {
    const items: { slug: string; name: string; synonyms: string[] }[] = [];
    for (let page = 1; ; page++) {
      const res = await api.json<{ items: { slug: string; name: string; synonyms: string[] }[]; total: number }>('GET', `/api/v1/materials?perPage=100&page=${page}`);
      items.push(...res.items);
      if (items.length >= res.total || res.items.length === 0) break;
    }
    const facets = await api.json<{ facetDistribution: Record<string, Record<string, number>>; facetStats: Record<string, { min: number; max: number }> }>(
      'GET',
      `/api/v1/search/materials?perPage=1&facets=${[...FILTER_FACETS, ...RANGE_FIELDS].join(',')}`,
    );
    const phrases = [...new Set(items.flatMap((m) => [m.name, ...(m.synonyms ?? [])]))];
    const words = [...new Set(phrases.flatMap((p) => p.split(/[\s,()/]+/)).filter((w) => w.length >= 3 && /\p{L}/u.test(w)))];
    const facetValues = Object.fromEntries(FILTER_FACETS.map((f) => [f, Object.keys(facets.facetDistribution[f] ?? {})]));
    const rangeValues = Object.fromEntries(
      RANGE_FIELDS.map((f) => {
        const s = facets.facetStats[f];
        return [f, s ? [s.min, (s.min + s.max) / 4, (s.min + s.max) / 2, s.max] : []];
      }),
    );
    const vocab: QueryVocabulary = { words, phrases, facetValues, rangeValues };
    const searches = generateQueries(mulberry32(seed), count, vocab).map(toQueryString);
    // Check the queries once: a 400 here would be a bench bug, not load.
    let bad = 0;
    for (const q of searches.slice(0, 200)) if ((await api.get(`/api/v1/search/materials?${q}`)).status !== 200) bad++;
    log(
      `traffic: ${items.length} slugs, ${searches.length} searches (${words.length} words, facets ${FILTER_FACETS.map((f) => `${f} ${facetValues[f].length}`).join(', ')}), ${tokens.length} writers; ${bad} of 200 sample searches not 200`,
    );
    if (bad) throw new Error(`${bad} of 200 generated searches were rejected: fix the query generator`);
    return { searches, slugs: items.map((m) => m.slug), tokens };
  } finally {
    api.close();
  }
}

interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

function drawRequest(rng: Rng, traffic: Traffic, mix: Mix, counter: { n: number }): { kind: Kind; req: Omit<Req, 'headers'> & { headers: Record<string, string> } } {
  const x = rng();
  if (x < mix.search) return { kind: 'search', req: { method: 'GET', path: `/api/v1/search/materials?${traffic.searches[counter.n++ % traffic.searches.length]}`, headers: {} } };
  if (x < mix.search + mix.detail) return { kind: 'detail', req: { method: 'GET', path: `/api/v1/materials/${encodeURIComponent(pick(rng, traffic.slugs))}`, headers: {} } };
  const i = Math.floor(rng() * traffic.tokens.length);
  return {
    kind: 'write',
    req: {
      method: 'PATCH',
      path: '/api/v1/me',
      headers: { authorization: `Bearer ${traffic.tokens[i]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Load writer ${i} #${counter.n++ % 1000}` }),
    },
  };
}

/** One autocannon run of `durationS` at `connections`, with progress every `everyS`. */
export async function runLoad(opts: {
  label: string;
  url: string;
  connections: number;
  durationS: number;
  traffic?: Traffic;
  mix?: Mix;
  /** Static GET path instead of a mix (the baseline). */
  path?: string;
  appPid: number;
  seed: number;
  everyS?: number;
}): Promise<RunFigures> {
  const samples: Record<Kind | 'all', number[]> = { search: [], detail: [], write: [], all: [] };
  const statuses: Record<Kind, Record<string, number>> = { search: {}, detail: {}, write: {} };
  const rng = mulberry32(opts.seed);
  const counter = { n: 0 };
  const sent: Record<Kind, number> = { search: 0, detail: 0, write: 0 };
  const { traffic, mix = DEFAULT_MIX } = opts;
  const requests = opts.path
    ? [{ method: 'GET' as const, path: opts.path, setupRequest: (req: Req, ctx: Record<string, unknown>) => ((ctx.kind = 'detail'), req) }]
    : [
        {
          setupRequest: (req: Req, ctx: Record<string, unknown>) => {
            const { kind, req: r } = drawRequest(rng, traffic!, mix, counter);
            ctx.kind = kind;
            sent[kind]++;
            return { ...req, ...r, body: r.body ?? Buffer.alloc(0) };
          },
        },
      ];

  log(`${opts.label}: ${opts.connections} connections for ${opts.durationS} s`);
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.durationS,
    pipelining: 1,
    timeout: 10,
    requests: requests as never,
  });
  instance.on('response', (client: { requestIterator: { context: { kind?: Kind } } }, status: number, _bytes: number, ms: number) => {
    const kind = client.requestIterator.context.kind ?? 'search';
    samples[kind].push(ms);
    samples.all.push(ms);
    const k = String(status);
    statuses[kind][k] = (statuses[kind][k] ?? 0) + 1;
  });
  let errors = 0;
  instance.on('reqError', () => errors++);

  const everyS = opts.everyS ?? 5;
  let lastCount = 0;
  const lastByKind: Record<Kind, number> = { search: 0, detail: 0, write: 0 };
  let lastCpu = cpuSecondsOf(opts.appPid);
  let lastAt = performance.now();
  const started = lastAt;
  const p95Of = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted.length ? `${Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)])}` : '-';
  };
  const timer = setInterval(() => {
    const now = performance.now();
    const count = samples.all.length;
    const cpu = cpuSecondsOf(opts.appPid);
    const dt = (now - lastAt) / 1000;
    const perKind = opts.path
      ? `p95 ${p95Of(samples.all.slice(lastCount))} ms`
      : `p95 ms ${KINDS.map((k) => `${k} ${p95Of(samples[k].slice(lastByKind[k]))} (n ${samples[k].length - lastByKind[k]})`).join(', ')}`;
    const non2xx = Object.values(statuses).reduce((s, byStatus) => s + Object.entries(byStatus).reduce((t, [code, n]) => t + (code.startsWith('2') ? 0 : n), 0), 0);
    log(
      `${opts.label}: ${((now - started) / 1000).toFixed(0)}/${opts.durationS} s, ${count} responses, ${Math.round((count - lastCount) / dt)} req/s now, ${perKind} now; non-2xx ${non2xx}, socket errors ${errors}; app CPU ${Math.round(((cpu - lastCpu) / dt) * 100)} %, RSS ${rssOf(opts.appPid).rssMb.toFixed(0)} MB`,
    );
    lastCount = count;
    for (const k of KINDS) lastByKind[k] = samples[k].length;
    lastCpu = cpu;
    lastAt = now;
  }, everyS * 1000);

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.on('done', resolve);
    instance.on('error', reject);
  }).finally(() => clearInterval(timer));

  const measuredS = result.duration > 0 ? result.duration : opts.durationS;
  const byKind: Partial<Record<Kind, KindFigures>> = {};
  for (const kind of KINDS) {
    if (!samples[kind].length && !sent[kind]) continue;
    const st = statuses[kind];
    byKind[kind] = {
      n: samples[kind].length,
      unanswered: Math.max(0, sent[kind] - samples[kind].length),
      non2xx: Object.entries(st).reduce((t, [code, n]) => t + (code.startsWith('2') ? 0 : n), 0),
      statuses: st,
      latency: summarize(samples[kind]),
      rps: samples[kind].length / measuredS,
    };
  }
  const figures: RunFigures = {
    label: opts.label,
    connections: opts.connections,
    durationS: measuredS,
    rps: samples.all.length / measuredS,
    total: samples.all.length,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latency: summarize(samples.all),
    byKind,
  };
  log(
    `${opts.label}: done: ${Math.round(figures.rps)} req/s, ${figures.total} responses, errors ${figures.errors} (timeouts ${figures.timeouts}), non-2xx ${figures.non2xx}; ` +
      KINDS.filter((k) => byKind[k])
        .map((k) => `${k} ${Math.round(byKind[k]!.rps)} req/s p95 ${byKind[k]!.latency.p95.toFixed(1)} ms (${byKind[k]!.unanswered} unanswered)`)
        .join(', '),
  );
  for (const kind of KINDS) {
    const bad = Object.entries(statuses[kind]).filter(([c]) => !c.startsWith('2'));
    if (bad.length) log(`${opts.label}:   ${kind} non-2xx statuses: ${bad.map(([c, n]) => `${c} x${n}`).join(', ')}`);
  }
  return figures;
}

/** `n` requests of each kind one after the other on one keep-alive socket: latency without queueing. */
export async function sequentialProbe(url: string, traffic: Traffic, n: number, seed: number): Promise<Record<Kind, LatencySummary>> {
  const api = new KeepAliveClient(url);
  const rng = mulberry32(seed);
  const counter = { n: 0 };
  const out = {} as Record<Kind, LatencySummary>;
  try {
    for (const kind of KINDS) {
      const only = { search: 0, detail: 0, write: 0, [kind]: 1 } as Mix;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const { req } = drawRequest(rng, traffic, only, counter);
        const started = performance.now();
        const res = req.method === 'GET' ? await api.get(req.path, req.headers) : await patch(url, req);
        if (res.status < 200 || res.status >= 300) throw new Error(`probe ${kind}: HTTP ${res.status} for ${req.method} ${req.path}: ${res.body.slice(0, 200)}`);
        times.push(performance.now() - started);
      }
      out[kind] = summarize(times);
    }
  } finally {
    api.close();
  }
  return out;
}

async function patch(url: string, req: Req): Promise<{ status: number; body: string }> {
  const res = await fetch(`${url}${req.path}`, { method: req.method, headers: req.headers, body: req.body as string });
  return { status: res.status, body: await res.text() };
}

/**
 * Waits until the app and FerretDB are idle again (both under 5 % of a core over 1 s): requests
 * queued in the app when autocannon stopped would otherwise slow the start of the next run.
 */
export async function drain(pids: { app: number; ferretdb: number[] }, label: string, maxS = 90): Promise<number> {
  const started = performance.now();
  const cpu = () => cpuSecondsOf(pids.app) + pids.ferretdb.reduce((s, pid) => s + cpuSecondsOf(pid), 0);
  for (;;) {
    const a = cpu();
    await new Promise((r) => setTimeout(r, 1000));
    const busy = cpu() - a;
    const waited = (performance.now() - started) / 1000;
    if (busy < 0.05) {
      log(`${label}: app and FerretDB idle after ${waited.toFixed(0)} s`);
      return waited;
    }
    if (waited > maxS) {
      log(`${label}: still busy after ${maxS} s (${Math.round(busy * 100)} % CPU), going on`);
      return waited;
    }
    if (Math.round(waited) % 5 === 0) log(`${label}: draining the backlog (app + FerretDB ${Math.round(busy * 100)} % CPU)`);
  }
}
