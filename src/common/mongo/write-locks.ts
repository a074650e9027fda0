import AsyncLock from 'async-lock';

const locks = new AsyncLock({ maxPending: 100_000 });

/**
 * Runs `write` alone among this process's writes to the same document.
 *
 * FerretDB 1.x applies an update as read, modify, replace the whole document, outside any
 * transaction. Two overlapping updates of one document can then both match their filter and the
 * last silently undoes the first: two saves expecting the same revision both "win", a worker's
 * write undoes a curator's. Measured here: 8 simultaneous saves at one revision, several succeeded
 * (test/curation.e2e-spec.ts). Every conditional update (optimistic concurrency, state changes,
 * leases) and every update that can overlap another writer's goes through here. On MongoDB, whose
 * single-document updates are atomic, it costs a map lookup. Across several app instances on
 * FerretDB the race remains: README, Limits.
 */
export function serializedWrite<T>(collection: string, id: string, write: () => Promise<T>): Promise<T> {
  return locks.acquire(`${collection}\u0000${id}`, write);
}
