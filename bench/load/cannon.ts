/** Runs bench/load/cannon-worker.ts in a worker thread (TypeScript through @swc-node/register). */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LatencySummary } from '../lib/stats';

export interface CannonRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface CannonJob {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationS: number;
  requests: CannonRequest[];
  /** Index of the first request (each run continues the rotation where the last one stopped). */
  start: number;
}

export interface CannonResult {
  rps: number;
  latency: LatencySummary;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

const WORKER = join(__dirname, 'cannon-worker.ts');

export function cannon(job: CannonJob): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(`require('@swc-node/register'); require(${JSON.stringify(WORKER)});`, { eval: true, workerData: job });
    worker.once('message', (m: { ok: true; result: CannonResult } | { ok: false; error: string }) => {
      if (m.ok) resolve(m.result);
      else reject(new Error(`autocannon worker: ${m.error}`));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
