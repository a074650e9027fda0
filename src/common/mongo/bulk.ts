import type { Model } from 'mongoose';

/**
 * Statements per write command. FerretDB 1.24 (SQLite) keeps one SQLite connection per statement
 * of an update or delete command until the whole command ends, out of a pool of 100; a command of
 * about 100 statements (or a few concurrent ones) then waits forever for a connection and blocks
 * the whole server. Measured with tools of ours: 50 statements pass, 100 hang. Small commands, and
 * a bounded driver pool (`mongodb.maxPoolSize`), keep statements in flight far below that.
 */
export const MAX_STATEMENTS_PER_COMMAND = 8;

/** `bulkWrite` in commands of at most MAX_STATEMENTS_PER_COMMAND statements, unordered within each. */
export async function bulkWriteInChunks<T>(model: Model<T>, ops: Parameters<Model<T>['bulkWrite']>[0]): Promise<void> {
  for (let i = 0; i < ops.length; i += MAX_STATEMENTS_PER_COMMAND) {
    await model.bulkWrite(ops.slice(i, i + MAX_STATEMENTS_PER_COMMAND), { ordered: false });
  }
}

/**
 * For small collections (concepts, hints): one `updateMany`/`deleteMany` per 200 exact filters,
 * OR-ed. FerretDB answers each with one scan instead of one lookup per statement, which on a
 * collection of a few thousand documents is many times faster; MongoDB uses the indexes either way.
 */
export async function updateEach<T>(model: Model<T>, filters: Record<string, unknown>[], update: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < filters.length; i += 200) await model.updateMany({ $or: filters.slice(i, i + 200) }, update);
}

export async function deleteEach<T>(model: Model<T>, filters: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < filters.length; i += 200) await model.deleteMany({ $or: filters.slice(i, i + 200) });
}

/** Runs `work` over `items` with at most `limit` in flight (bounded fan-out to the database). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
