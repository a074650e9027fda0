import { Schema } from 'mongoose';

export type LanguageMap = Record<string, string>;
export type LanguageListMap = Record<string, string[]>;

export interface Quantity {
  canonicalUnit: string;
  min?: number | null;
  max?: number | null;
  searchField?: string | null;
  /** The datasheet section: mechanical, physical, thermal, degradation, biological. */
  group?: 'mechanical' | 'physical' | 'thermal' | 'degradation' | 'biological' | null;
}

/** A SKOS concept. `narrower` is never stored: it is derived from the other concepts' `broader`. */
export interface Concept {
  _id: string;
  scheme: string;
  prefLabel: LanguageMap;
  altLabels: LanguageListMap;
  hiddenLabels: LanguageListMap;
  definition: LanguageMap;
  broader: string[];
  exactMatch: string[];
  closeMatch: string[];
  quantity?: Quantity | null;
  /** Every label, normalised, for lookup in any language. */
  lookup: string[];
  revision: number;
  /** Set in the same update as any change: the search worker refreshes synonyms and the materials showing this concept. */
  search?: { dirty: boolean; revision: number };
  createdAt: Date;
  updatedAt: Date;
}

export interface ConceptScheme {
  _id: string;
  title: LanguageMap;
  updatedAt: Date;
}

export const CONCEPT_MODEL = 'Concept';
export const SCHEME_MODEL = 'ConceptScheme';

export const ConceptSchema = new Schema<Concept>(
  {
    _id: { type: String, required: true },
    scheme: { type: String, required: true, index: true },
    prefLabel: { type: Schema.Types.Mixed, required: true },
    altLabels: { type: Schema.Types.Mixed, default: {} },
    hiddenLabels: { type: Schema.Types.Mixed, default: {} },
    definition: { type: Schema.Types.Mixed, default: {} },
    broader: { type: [String], default: [], index: true },
    exactMatch: { type: [String], default: [] },
    closeMatch: { type: [String], default: [] },
    quantity: { type: Schema.Types.Mixed, default: null },
    lookup: { type: [String], default: [], index: true },
    revision: { type: Number, default: 1 },
    search: {
      dirty: { type: Boolean, default: true, index: true },
      revision: { type: Number, default: 1 },
    },
  },
  { collection: 'concepts', timestamps: true, versionKey: false, minimize: false },
);

export const ConceptSchemeSchema = new Schema<ConceptScheme>(
  { _id: { type: String, required: true }, title: { type: Schema.Types.Mixed, default: {} } },
  { collection: 'concept_schemes', timestamps: { createdAt: false, updatedAt: true }, versionKey: false },
);
