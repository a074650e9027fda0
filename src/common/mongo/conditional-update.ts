import type { Connection, Model, UpdateQuery } from 'mongoose';
import sift from 'sift';

const backends = new WeakMap<Connection, Promise<boolean>>();

/** Whether the server behind `connection` is FerretDB (its buildInfo names itself). */
export function isFerretDb(connection: Connection): Promise<boolean> {
  let known = backends.get(connection);
  if (!known) {
    known = connection
      .db!.admin()
      .command({ buildInfo: 1 })
      .then((info) => 'ferretdbVersion' in info)
      .catch(() => false);
    backends.set(connection, known);
  }
  return known;
}

/**
 * `findOneAndUpdate({ _id: id, ...conditions }, update)`, answering the document after the update
 * or null when it does not match. FerretDB 1.x hands SQLite only a filter that is exactly
 * `{ _id }`: any other condition makes the update read and decode the whole collection (20 s for
 * a curation transition at 10,000 materials, bench 2026-11-26). There it reads the document by
 * `_id`, checks the conditions in the app (`sift`, MongoDB's query semantics) and updates by `_id`.
 * That is no less atomic than FerretDB itself (it applies updates as read, modify, replace):
 * callers hold `serializedWrite` for the id. On MongoDB the one conditional update stays.
 */
export async function updateIfMatches<T>(model: Model<T>, id: string, conditions: Record<string, unknown>, update: UpdateQuery<T>): Promise<T | null> {
  if (Object.keys(conditions).length && (await isFerretDb(model.db))) {
    const current = await model.findById(id).lean<T>().exec();
    if (!current || !sift(conditions)(current)) return null;
    return model.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' }).lean<T>().exec();
  }
  return model.findOneAndUpdate({ _id: id, ...conditions }, update, { returnDocument: 'after' }).lean<T>().exec();
}
