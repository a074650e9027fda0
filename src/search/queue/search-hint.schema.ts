import { Schema } from 'mongoose';

/**
 * A hint that a record's search document may be stale, left for whichever instance runs the sync
 * worker. Only a hint: the truth is the record's `search.revision`, bumped in the same update as the
 * change, against the revision its search document carries; the worker's periodic drift comparison
 * finds any difference whose hint was lost.
 */
export interface SearchHint {
  /** `<kind>:<id>` */
  _id: string;
  kind: 'material' | 'concept' | 'publication';
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

/**
 * What the search worker last applied for a concept: its `search.revision` and a digest of what
 * materials display of it. Kept here, not on the concept: FerretDB 1.x applies an update as read,
 * modify, replace the whole document, so a worker write to the concept could undo a curator's
 * concurrent edit. The worker never writes to documents that users edit, except material flags.
 */
export interface SearchConceptState {
  _id: string;
  revision: number;
  shown: string;
}

export const SEARCH_CONCEPT_STATE_MODEL = 'SearchConceptState';

export const SearchConceptStateSchema = new Schema<SearchConceptState>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    shown: { type: String, required: true },
  },
  { collection: 'search_concepts', versionKey: false },
);
