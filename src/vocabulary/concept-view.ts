import { unitsFor } from '../catalogue/units/unit-normalizer';
import { Concept, LanguageListMap, LanguageMap, Quantity } from './concept.schema';

/** A concept as the API returns it (same shape in lists and detail). */
export interface ConceptView {
  id: string;
  scheme: string;
  prefLabel: LanguageMap;
  altLabels: LanguageListMap;
  hiddenLabels?: LanguageListMap;
  definition: LanguageMap;
  broader: string[];
  narrower: string[];
  exactMatch: string[];
  closeMatch: string[];
  /** For property types: what they measure, and (derived) the units values may be given in. */
  quantity: (Quantity & { units: string[] }) | null;
  revision: number;
  updatedAt: string;
}

export function toConceptView(c: Concept, narrower: string[], withHidden: boolean): ConceptView {
  return {
    id: c._id,
    scheme: c.scheme,
    prefLabel: c.prefLabel,
    altLabels: c.altLabels ?? {},
    ...(withHidden && { hiddenLabels: c.hiddenLabels ?? {} }),
    definition: c.definition ?? {},
    broader: c.broader ?? [],
    narrower,
    exactMatch: c.exactMatch ?? [],
    closeMatch: c.closeMatch ?? [],
    quantity: c.quantity ? { ...c.quantity, units: unitsFor(c.quantity.canonicalUnit) } : null,
    revision: c.revision,
    updatedAt: new Date(c.updatedAt).toISOString(),
  };
}

/** Input of imports (seed files, SKOS, CSV) and of curators' writes. */
export interface ConceptInput {
  id: string;
  prefLabel: LanguageMap;
  altLabels?: LanguageListMap;
  hiddenLabels?: LanguageListMap;
  definition?: LanguageMap;
  broader?: string[];
  exactMatch?: string[];
  closeMatch?: string[];
  quantity?: Quantity | null;
}

export interface SchemeInput {
  id: string;
  title: LanguageMap;
}
