/**
 * CPU time of the bench's own processes per step: this Node process (app and bench client) and the
 * local FerretDB and Meilisearch it started. On a 2-core machine it shows who was busy while a
 * figure was taken. Linux only (/proc); elsewhere the servers read as 0. Also the size of FerretDB's
 * SQLite write-ahead logs at the end of each step (a WAL that keeps growing slows every write).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on every mainstream Linux build

interface CpuSnapshot {
  at: number;
  /** Busy CPU seconds of the whole machine (all processes). */
  machine: number;
  /** CPU seconds so far, per process. */
  node: number;
  ferretdb: number;
  meilisearch: number;
}

export interface CpuUsage {
  label: string;
  wallMs: number;
  /** CPU seconds used during the step. */
  node: number;
  ferretdb: number;
  meilisearch: number;
  /** Everything else running on the machine meanwhile (other users' tests, the OS). */
  others: number;
  /** Size of FerretDB's *.sqlite-wal files when the step ended, in MB. */
  walMb: number;
}

export class CpuMeter {
  readonly steps: CpuUsage[] = [];
  private servers?: { ferretdb: number[]; meilisearch: number[] };

  /** `dataDir`: the servers started by the bench are the processes whose command line names it. */
  constructor(private readonly dataDir: string) {}

  /** Runs `work` and records the CPU time each process spent meanwhile under `label`. */
  async measure<T>(label: string, work: () => Promise<T>): Promise<T> {
    const before = this.snapshot();
    try {
      return await work();
    } finally {
      const after = this.snapshot();
      this.steps.push({
        label,
        wallMs: after.at - before.at,
        node: after.node - before.node,
        ferretdb: after.ferretdb - before.ferretdb,
        meilisearch: after.meilisearch - before.meilisearch,
        others: Math.max(0, after.machine - before.machine - (after.node - before.node) - (after.ferretdb - before.ferretdb) - (after.meilisearch - before.meilisearch)),
        walMb: this.walMb(),
      });
    }
  }

  private snapshot(): CpuSnapshot {
    const servers = (this.servers ??= this.findServers());
    const { user, system } = process.cpuUsage();
    const sum = (pids: number[]) => pids.reduce((s, pid) => s + cpuSecondsOf(pid), 0);
    return {
      at: performance.now(),
      machine: machineBusySeconds(),
      node: (user + system) / 1e6,
      ferretdb: sum(servers.ferretdb),
      meilisearch: sum(servers.meilisearch),
    };
  }

  private walMb(): number {
    const dir = join(this.dataDir, 'ferretdb');
    const bytes = safeList(dir)
      .filter((f) => f.endsWith('-wal'))
      .reduce((sum, f) => sum + (statSync(join(dir, f), { throwIfNoEntry: false })?.size ?? 0), 0);
    return bytes / 2 ** 20;
  }

  private findServers(): { ferretdb: number[]; meilisearch: number[] } {
    const found = { ferretdb: [] as number[], meilisearch: [] as number[] };
    for (const entry of safeList('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const cmdline = safeRead(`/proc/${entry}/cmdline`).split('\0');
      if (!cmdline.some((arg) => arg.includes(this.dataDir))) continue;
      if (/ferretdb/.test(cmdline[0])) found.ferretdb.push(Number(entry));
      else if (/meilisearch/.test(cmdline[0])) found.meilisearch.push(Number(entry));
    }
    return found;
  }
}

/** utime + stime of a process, in seconds (0 if it is gone or /proc is missing). */
function cpuSecondsOf(pid: number): number {
  const stat = safeRead(`/proc/${pid}/stat`);
  // Fields after "(comm)": state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : 0;
}

/** Busy time of all CPUs from /proc/stat: everything but idle and iowait, in seconds. */
function machineBusySeconds(): number {
  const line = safeRead('/proc/stat').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  if (ticks.length < 5 || ticks.some((t) => !Number.isFinite(t))) return 0;
  // Fields: user nice system idle iowait irq softirq steal ...; idle (3) and iowait (4) are not busy.
  const busy = ticks.slice(0, 8).reduce((sum, t, i) => (i === 3 || i === 4 ? sum : sum + t), 0);
  return busy / CLOCK_TICKS_PER_SECOND;
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
