import { Schema } from 'mongoose';

/**
 * A hint that a record's search document may be stale, left for whichever instance runs the sync
 * worker. Only a hint: the truth is the record's own `search.dirty` flag, written in the same update
 * as the change, and the worker's periodic full scan finds any flag whose hint was lost.
 */
export interface SearchHint {
  /** `<kind>:<id>` */
  _id: string;
  kind: 'material' | 'concept';
  id: string;
  at: Date;
}

export const SEARCH_HINT_MODEL = 'SearchHint';

export const SearchHintSchema = new Schema<SearchHint>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'search_hints', versionKey: false },
);
