/**
 * Shapes and constants of the annotation engine. Plain data only: the engine has no NestJS, no
 * database and no I/O, so that it can run in a job, a request or a benchmark alike.
 */

/** Bump when a change of the engine can change its output: annotations record it (a re-run changes only what changed). */
export const ENGINE_VERSION = '1.1.0';

/**
 * The 18 entity types, in the order of their priority when two types name exactly the same span
 * (the vocabulary repeats some concepts across schemes): the dedicated, narrower schemes first
 * (a "femoral stem" is a component before a device, "foreign body giant cells" are cells,
 * "osteolysis" and "wear" adverse effects, "corrosion" a degradation feature, the "MTT assay" a
 * technique, "radiopacity" a device feature) and the broad keyword categories after them
 * (biological processes, then effects); a device before its application ("dental implant"), a
 * process before an application ("additive manufacturing"), a material before its class unless
 * the head noun names a class (see annotate.ts).
 */
export const ENTITY_TYPES = [
  'Biomaterial',
  'ManufacturedObjectComponent',
  'ManufacturedObject',
  'Cell',
  'AdverseEffects',
  'DegradationFeatures',
  'ResearchTechnique',
  'ManufacturedObjectFeatures',
  'AssociatedBiologicalProcess',
  'EffectOnBiologicalSystem',
  'BiologicallyActiveSubstance',
  'Species',
  'StudyType',
  'MaterialProcessing',
  'Structure',
  'Tissue',
  'BiomaterialType',
  'MedicalApplication',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Concept scheme -> entity type (decided in issue #18). Schemes that mix types (model-system,
 * kw-model-system) and those that are no mention type (property-type, iso10993-endpoint,
 * regulatory-pathway, certification) are absent: property-type feeds the quantities instead.
 */
export const SCHEME_TYPES: Readonly<Record<string, EntityType>> = Object.freeze({
  'kw-materials-composition': 'Biomaterial',
  'material-class': 'BiomaterialType',
  'kw-manufactured-product': 'ManufacturedObject',
  'device-component': 'ManufacturedObjectComponent',
  'device-feature': 'ManufacturedObjectFeatures',
  application: 'MedicalApplication',
  tissue: 'Tissue',
  cell: 'Cell',
  species: 'Species',
  'kw-bioactive-compounds': 'BiologicallyActiveSubstance',
  'biological-response': 'AssociatedBiologicalProcess',
  'kw-outcomes-toxicity': 'EffectOnBiologicalSystem',
  'adverse-effect': 'AdverseEffects',
  'research-technique': 'ResearchTechnique',
  'study-type': 'StudyType',
  form: 'Structure',
  structure: 'Structure',
  processing: 'MaterialProcessing',
  'degradation-feature': 'DegradationFeatures',
});

/** The scheme whose concepts are the property types that quantities measure. */
export const PROPERTY_SCHEME = 'property-type';

/**
 * A concept as the engine needs it: the shape of `Concept` in src/vocabulary/concept.schema.ts
 * (a Mongo document or a seed file entry with `_id`), every field but `_id` optional so that
 * plain fixtures are easy to write.
 */
export interface EngineConcept {
  _id: string;
  scheme?: string;
  prefLabel?: Record<string, string>;
  altLabels?: Record<string, string[]>;
  hiddenLabels?: Record<string, string[]>;
  exactMatch?: string[];
  closeMatch?: string[];
  broader?: string[];
  quantity?: { canonicalUnit: string; min?: number | null; max?: number | null } | null;
}

export interface AnnotateInput {
  text: string;
  title?: string;
}

export type Field = 'title' | 'text';

export interface Annotation {
  /** JavaScript string indices into `text` or `title` (see `field`). */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  conceptId: string;
  meshId?: string;
  /** dictionary: a vocabulary label; mesh: only the MeSH name of a mapped descriptor matched; abbreviation: a short or long form defined in this text. */
  source: 'dictionary' | 'abbreviation' | 'mesh';
  /** 0-1: lower for hidden labels (misspellings), MeSH-only names and abbreviation-only evidence. */
  confidence: number;
  field: Field;
}

export type Bound = 'lt' | 'le' | 'gt' | 'ge' | 'approx';

export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  field: Field;
  propertyType: string;
  /** A single value, or a range (min, max). */
  value?: number;
  min?: number;
  max?: number;
  /** The ± part of `12.5 ± 1.3 GPa`, in the written unit. */
  uncertainty?: number;
  /** The unit as written (`wt %`, `MPa·m^1/2`); `1` when the property is dimensionless and none was written. */
  unit: string;
  normalized: { value?: number; min?: number; max?: number; unit: string };
  materialConceptId?: string;
  bound?: Bound;
  sentence: { start: number; end: number };
}

export interface Abbreviation {
  shortForm: string;
  longForm: string;
  field: Field;
  /** Offsets of the short and long form of the definition. */
  short: { start: number; end: number };
  long: { start: number; end: number };
  /** The concept the short form stands for in this document, when one was found. */
  conceptId?: string;
  type?: EntityType;
}

export interface AnnotateResult {
  annotations: Annotation[];
  quantities: QuantityMention[];
  abbreviations: Abbreviation[];
  /** The vocabulary revision and engine version that produced this result. */
  revision: string;
  engineVersion: string;
}
