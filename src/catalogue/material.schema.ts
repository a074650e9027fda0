import { Schema } from 'mongoose';
import { MaterialContent, MaterialState } from './material.types';

/** Events written in the same update as the change that caused them, then moved out (outbox). */
export interface OutboxEntry {
  id: string;
  kind: 'audit' | 'version';
  payload: Record<string, unknown>;
}

export interface MaterialRecord {
  /** The slug. As the primary key it is unique and never reused, and lookups by it stay index-only on every backend. */
  _id: string;
  slug: string;
  state: MaterialState;
  /** True when `published` is served publicly (published content exists and not retired). */
  listed: boolean;
  published: MaterialContent | null;
  draft: MaterialContent | null;
  /** Bumped by every write: optimistic concurrency for editors. */
  revision: number;
  publishedVersion: number;
  publishedAt: Date | null;
  publishedBy: string | null;
  lastEditorId: string | null;
  reviewComment: string | null;
  proposedBy: { id: string; organizationId?: string | null } | null;
  sortName: string;
  outbox: OutboxEntry[];
  /** Bumped with every change that shows in search; each search document carries the revision it was built from. */
  search: { revision: number };
  createdAt: Date;
  updatedAt: Date;
}

export interface MaterialVersion {
  /** `<slug>@<version>` */
  _id: string;
  materialId: string;
  slug: string;
  version: number;
  content: MaterialContent;
  publishedBy: string;
  publishedAt: Date;
}

export const MATERIAL_MODEL = 'MaterialRecord';
export const MATERIAL_VERSION_MODEL = 'MaterialVersion';

export const MaterialRecordSchema = new Schema<MaterialRecord>(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    state: { type: String, required: true, enum: ['draft', 'in_review', 'published', 'retired'], index: true },
    listed: { type: Boolean, required: true, default: false, index: true },
    published: { type: Schema.Types.Mixed, default: null },
    draft: { type: Schema.Types.Mixed, default: null },
    revision: { type: Number, required: true, default: 1 },
    publishedVersion: { type: Number, required: true, default: 0 },
    publishedAt: { type: Date, default: null },
    publishedBy: { type: String, default: null },
    lastEditorId: { type: String, default: null },
    reviewComment: { type: String, default: null },
    proposedBy: { type: Schema.Types.Mixed, default: null },
    sortName: { type: String, default: '', index: true },
    outbox: { type: Schema.Types.Mixed, default: [] },
    search: {
      revision: { type: Number, default: 0 },
    },
  },
  { collection: 'materials', timestamps: true, versionKey: false, minimize: false },
);

export const MaterialVersionSchema = new Schema<MaterialVersion>(
  {
    _id: { type: String, required: true },
    materialId: { type: String, required: true },
    slug: { type: String, required: true, index: true },
    version: { type: Number, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    publishedBy: { type: String, required: true },
    publishedAt: { type: Date, required: true },
  },
  { collection: 'material_versions', versionKey: false, minimize: false },
);
MaterialVersionSchema.index({ materialId: 1, version: 1 }, { unique: true });
