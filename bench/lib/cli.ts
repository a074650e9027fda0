/** What the bench entry points share: integer options from the environment, and bounded cleanup. */
import { log } from './log';

const CLEANUP_STEP_TIMEOUT_MS = 20_000;

export function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number >= ${min} (got "${raw}")`);
  return n;
}

/** Undo steps, run last-in first-out exactly once (normal end, error or Ctrl-C), each bounded in time. */
export class Cleanup {
  private readonly steps: { name: string; run: () => unknown }[] = [];
  private done?: Promise<void>;

  add(name: string, run: () => unknown): void {
    this.steps.push({ name, run });
  }

  run(): Promise<void> {
    this.done ??= (async () => {
      for (const step of this.steps.reverse()) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CLEANUP_STEP_TIMEOUT_MS)));
        try {
          await Promise.race([Promise.resolve().then(step.run), timeout]);
        } catch (err) {
          log(`cleanup: ${step.name} failed: ${(err as Error).message}`);
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.done;
  }
}

/**
 * Runs a benchmark: Ctrl-C or SIGTERM still cleans up; the report is printed after the cleanup, so
 * that nothing else writes to stdout after it; exit code 1 on failure.
 */
export async function runBench(name: string, options: unknown, bench: (cleanup: Cleanup) => Promise<string>): Promise<never> {
  const cleanup = new Cleanup();
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let exitCode = 0;
  try {
    log(`${name}: ${JSON.stringify(options)}`);
    const report = await bench(cleanup);
    log('cleaning up');
    await cleanup.run();
    process.stdout.write(`${report}\n`);
  } catch (err) {
    process.stderr.write(`\nbenchmark failed: ${(err as Error).stack ?? String(err)}\n`);
    exitCode = 1;
  } finally {
    await cleanup.run();
  }
  process.exit(exitCode);
}
