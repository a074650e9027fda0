import { Schema } from 'mongoose';
import { PublicationRecord } from './publication.types';

export const PUBLICATION_MODEL = 'PublicationRecord';

const Mixed = Schema.Types.Mixed;

export const PublicationRecordSchema = new Schema<PublicationRecord>(
  {
    _id: { type: String, required: true },
    doi: { type: String, default: null, index: true },
    pmid: { type: String, default: null, index: true },
    pmcid: { type: String, default: null, index: true },
    title: { type: String, required: true },
    abstract: { type: Mixed, default: null },
    authors: { type: Mixed, default: [] },
    journal: { type: Mixed, default: null },
    year: { type: Number, default: null },
    volume: { type: String, default: null },
    issue: { type: String, default: null },
    pages: { type: String, default: null },
    language: { type: String, default: null },
    publicationTypes: { type: [String], default: [] },
    keywords: { type: [String], default: [] },
    mesh: { type: Mixed, default: [] },
    licence: { type: String, default: null },
    materials: { type: [String], default: [], index: true },
    labels: { type: Mixed, default: [] },
    review: { type: Mixed, default: () => ({ state: 'unreviewed', by: null, at: null }) },
    summary: { type: String, default: null },
    provenance: { type: Mixed, default: [] },
    retired: { type: Boolean, required: true, default: false, index: true },
    revision: { type: Number, required: true, default: 1 },
    search: {
      dirty: { type: Boolean, default: true, index: true },
      revision: { type: Number, default: 1 },
    },
  },
  { collection: 'publications', timestamps: true, versionKey: false, minimize: false },
);
