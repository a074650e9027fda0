/** /proc readings for the load bench: RSS of a process, CPU seconds per process and of the machine. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** VmRSS and VmHWM (peak RSS) of a process, in MB (NaN when it is gone). */
export function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = safeRead(`/proc/${pid}/status`);
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** utime + stime of a process, in seconds (0 if it is gone). */
export function cpuSecondsOf(pid: number): number {
  const stat = safeRead(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : 0;
}

/** Busy CPU seconds of the whole machine (all but idle and iowait). */
export function machineBusySeconds(): number {
  const ticks = (safeRead('/proc/stat').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  if (ticks.length < 5 || ticks.some((t) => !Number.isFinite(t))) return 0;
  return ticks.slice(0, 8).reduce((sum, t, i) => (i === 3 || i === 4 ? sum : sum + t), 0) / CLOCK_TICKS_PER_SECOND;
}

/** Pids of the servers whose command line names `dataDir` (the local servers the bench started). */
export function serverPids(dataDir: string): { ferretdb: number[]; meilisearch: number[]; stripe: number[] } {
  const found = { ferretdb: [] as number[], meilisearch: [] as number[], stripe: [] as number[] };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = safeRead(`/proc/${entry}/cmdline`).split('\0');
    if (/ferretdb/.test(cmdline[0]) && cmdline.some((a) => a.includes(dataDir))) found.ferretdb.push(Number(entry));
    else if (/meilisearch/.test(cmdline[0]) && cmdline.some((a) => a.includes(dataDir))) found.meilisearch.push(Number(entry));
  }
  return found;
}

export interface CpuSplit {
  wallS: number;
  app: number;
  bench: number;
  ferretdb: number;
  meilisearch: number;
  others: number;
}

/** CPU seconds per process group between `start()` and the function it returns. */
export function cpuWindow(pids: { app: number; ferretdb: number[]; meilisearch: number[] }): () => CpuSplit {
  const sum = (xs: number[]) => xs.reduce((s, pid) => s + cpuSecondsOf(pid), 0);
  const snap = () => {
    const { user, system } = process.cpuUsage();
    return { at: performance.now(), machine: machineBusySeconds(), app: cpuSecondsOf(pids.app), bench: (user + system) / 1e6, ferretdb: sum(pids.ferretdb), meilisearch: sum(pids.meilisearch) };
  };
  const a = snap();
  return () => {
    const b = snap();
    const d = { app: b.app - a.app, bench: b.bench - a.bench, ferretdb: b.ferretdb - a.ferretdb, meilisearch: b.meilisearch - a.meilisearch };
    return { wallS: (b.at - a.at) / 1000, ...d, others: Math.max(0, b.machine - a.machine - d.app - d.bench - d.ferretdb - d.meilisearch) };
  };
}

/** The busiest processes of the machine right now (ps; %CPU is ps's lifetime average). */
export function topProcesses(lines = 8): string[] {
  try {
    return execFileSync('ps', ['-eo', 'pid,pcpu,rss,etimes,args', '--sort=-pcpu'], { encoding: 'utf8' })
      .split('\n')
      .slice(0, lines + 1)
      .map((l) => l.slice(0, 170));
  } catch {
    return ['ps failed'];
  }
}

/** Per-process CPU share over a short window (like top), for the processes busiest in it. */
export async function busiestOver(ms: number, n = 6): Promise<string[]> {
  const read = () => {
    const m = new Map<number, number>();
    for (const e of readdirSync('/proc')) if (/^\d+$/.test(e)) m.set(Number(e), cpuSecondsOf(Number(e)));
    return m;
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  const rows = [...b].map(([pid, s]) => ({ pid, pct: ((s - (a.get(pid) ?? s)) / (ms / 1000)) * 100 })).filter((r) => r.pct > 0);
  rows.sort((x, y) => y.pct - x.pct);
  return rows.slice(0, n).map((r) => `${String(r.pid).padStart(7)} ${r.pct.toFixed(0).padStart(4)} %  ${safeRead(`/proc/${r.pid}/cmdline`).split('\0').join(' ').slice(0, 140)}`);
}
