/** Messages between bench/load-bench.ts and the servers it forks (app-server.ts, baseline-server.ts). */
export type ChildMessage =
  | { type: 'ready'; url: string; tokens: string[]; materials: number; accessTtlS: number }
  | { type: 'failed'; error: string }
  | { type: 'memory'; rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number };

/** memory: the child's process.memoryUsage() after a full garbage collection (a diagnostic, read after RSS). */
export type ParentMessage = { type: 'stop' } | { type: 'memory' };
