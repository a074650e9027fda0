/**
 * One autocannon run in a worker thread (bench:search phase D). The app under test runs in the
 * bench's main thread, so a driver there would compete with it for the same event loop; here it
 * competes only for the CPU, as a separate client process would. Rotates through `requests` from a
 * given start, records every response's latency, and posts the figures back.
 */
import autocannon from 'autocannon';
import { parentPort, workerData } from 'node:worker_threads';
import { summarize } from '../lib/stats';
import type { CannonJob, CannonResult } from './cannon';

async function run(job: CannonJob): Promise<CannonResult> {
  let next = job.start;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationS,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = job.requests[next++ % job.requests.length];
          return { ...req, method: r.method, path: r.path, headers: { ...job.headers, ...(r.body !== undefined && { 'content-type': 'application/json' }) }, body: r.body ?? Buffer.alloc(0) };
        },
      },
    ] as never,
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  let socketErrors = 0;
  instance.on('reqError', () => socketErrors++);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.on('done', resolve);
    instance.on('error', reject);
  });
  const durationS = result.duration > 0 ? result.duration : job.durationS;
  const non2xx = Object.entries(statuses).reduce((n, [code, count]) => n + (code.startsWith('2') ? 0 : count), 0);
  return { rps: latencies.length / durationS, latency: summarize(latencies), non2xx, errors: socketErrors + result.timeouts, statuses };
}

run(workerData as CannonJob).then(
  (r) => parentPort!.postMessage({ ok: true, result: r }),
  (err: Error) => parentPort!.postMessage({ ok: false, error: err.stack ?? String(err) }),
);
