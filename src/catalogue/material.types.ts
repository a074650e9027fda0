/** What a material record says, as stored in `published` and `draft`. */
export interface Range {
  value?: number | null;
  min?: number | null;
  max?: number | null;
}

export interface CompositionEntry {
  component: string;
  fraction: Range;
  basis: 'wt%' | 'mol%' | 'vol%';
}

export interface PropertyValue extends Range {
  type: string;
  unit: string;
  conditions?: string | null;
  method?: string | null;
  reference: string;
  /** The value in the property type's canonical unit (for filters, sorting, comparison). */
  normalized?: Range & { unit: string };
}

export interface BiocompatibilityResult {
  endpoint: string;
  result: 'pass' | 'fail' | 'conditional';
  model: 'in_vitro' | 'in_vivo' | 'clinical';
  contactCategory?: 'A' | 'B' | 'C' | null;
  notes?: string | null;
  reference: string;
}

export interface RegulatoryEntry {
  region: string;
  pathway: string;
  status?: 'cleared' | 'approved' | 'granted' | 'certified' | 'exempt' | 'withdrawn' | null;
  identifier?: string | null;
  date?: string | null;
  exampleDevice?: string | null;
  holder?: string | null;
  reference?: string | null;
}

export interface Sustainability {
  origin?: string | null;
  disposal?: string | null;
  reusability?: string | null;
  carbonFootprintKgCo2ePerKg?: number | null;
  reference?: string | null;
}

export type ReferenceType = 'article' | 'chapter' | 'book' | 'standard' | 'datasheet' | 'regulatory' | 'web';

/** A citable source, copied into each material that cites it (single-document reads). */
export interface LiteratureReference {
  key: string;
  type?: ReferenceType | null;
  title?: string | null;
  authors?: string[];
  year?: number | null;
  /** Journal (article), book (chapter), maker, regulator or standards body. */
  container?: string | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  publisher?: string | null;
  doi?: string | null;
  pmid?: string | null;
  pmcid?: string | null;
  isbn?: string | null;
  standard?: string | null;
  url?: string | null;
  /** The publication record of this reference, when there is one. */
  publicationId?: string | null;
}

export const KEYWORD_CATEGORIES = [
  'kw-materials-composition',
  'kw-model-system',
  'kw-outcomes-toxicity',
  'kw-bioactive-compounds',
  'kw-manufactured-product',
] as const;
export type KeywordCategory = (typeof KEYWORD_CATEGORIES)[number];

export interface MaterialContent {
  name: string;
  synonyms: string[];
  tradeNames: string[];
  summary: string;
  class: string;
  applications: string[];
  standards: string[];
  forms: string[];
  casNumber?: string | null;
  composition: CompositionEntry[];
  properties: PropertyValue[];
  biocompatibility: BiocompatibilityResult[];
  regulatory: RegulatoryEntry[];
  sustainability?: Sustainability | null;
  keywords: Partial<Record<KeywordCategory, string[]>>;
  references: LiteratureReference[];
}

export type MaterialState = 'draft' | 'in_review' | 'published' | 'retired';
