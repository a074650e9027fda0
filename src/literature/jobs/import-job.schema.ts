import { Schema } from 'mongoose';
import { ImportJobRecord } from '../publication.types';

export const IMPORT_JOB_MODEL = 'LiteratureImportJob';

const Mixed = Schema.Types.Mixed;

export const ImportJobSchema = new Schema<ImportJobRecord>(
  {
    _id: { type: String, required: true },
    query: { type: String, required: true },
    maxRecords: { type: Number, required: true },
    state: { type: String, required: true, index: true },
    by: { type: String, required: true },
    total: { type: Number, default: null },
    fetched: { type: Number, default: 0 },
    created: { type: Number, default: 0 },
    merged: { type: Number, default: 0 },
    unchanged: { type: Number, default: 0 },
    invalid: { type: Number, default: 0 },
    conflicts: { type: Number, default: 0 },
    problems: { type: Mixed, default: [] },
    problemsOmitted: { type: Number, default: 0 },
    webEnv: { type: String, default: null },
    queryKey: { type: String, default: null },
    revision: { type: Number, default: 1 },
    error: { type: String, default: null },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'literature_import_jobs', timestamps: true, versionKey: false, minimize: false },
);

/** One entry of an import's full per-record report (written once the report outgrows what it keeps in memory). */
export interface ImportRecordEntry {
  _id: string;
  importId: string;
  position: number;
  id: string | null;
  status: string;
  /** The entry's `errors` (a reserved path name in Mongoose). */
  messages: string[];
  at: Date;
}

export const IMPORT_RECORD_MODEL = 'LiteratureImportRecord';

export const ImportRecordEntrySchema = new Schema<ImportRecordEntry>(
  {
    _id: { type: String, required: true },
    importId: { type: String, required: true, index: true },
    position: { type: Number, required: true },
    id: { type: String, default: null },
    status: { type: String, required: true },
    messages: { type: [String], default: [] },
    at: { type: Date, required: true, index: true },
  },
  { collection: 'literature_import_records', versionKey: false, minimize: false },
);
