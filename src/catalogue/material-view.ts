import { ConceptIndex } from '../vocabulary/vocabulary.service';
import { MaterialRecord } from './material.schema';
import {
  BiocompatibilityResult,
  CompositionEntry,
  KeywordCategory,
  LiteratureReference,
  MaterialContent,
  PropertyValue,
  RegulatoryEntry,
  Sustainability,
} from './material.types';

export interface ConceptRef {
  id: string;
  label: string;
}

export interface ClassRef extends ConceptRef {
  /** Hierarchy from the top, e.g. ["Metal", "Titanium alloy"] (search facets lvl0/lvl1). */
  path: string[];
}

/** One shape for list items, the head of detail, and (later) search hits. */
export interface MaterialItem {
  slug: string;
  name: string;
  synonyms: string[];
  tradeNames: string[];
  summary: string;
  class: ClassRef;
  applications: ConceptRef[];
  forms: ConceptRef[];
  standards: string[];
  version: number;
  publishedAt: string | null;
}

export interface PropertyView extends Omit<PropertyValue, 'reference'> {
  typeLabel: string;
  reference: LiteratureReference;
}

export interface MaterialDetail extends MaterialItem {
  casNumber: string | null;
  composition: CompositionEntry[];
  properties: PropertyView[];
  biocompatibility: (Omit<BiocompatibilityResult, 'reference'> & { endpointLabel: string; reference: LiteratureReference })[];
  regulatory: (Omit<RegulatoryEntry, 'reference'> & { pathwayLabel: string; reference: LiteratureReference | null })[];
  sustainability: Sustainability | null;
  keywords: Partial<Record<KeywordCategory, ConceptRef[]>>;
  references: LiteratureReference[];
}

export const labelOf = (index: ConceptIndex, id: string): string => index.get(id)?.prefLabel?.en ?? id;
const ref = (index: ConceptIndex, id: string): ConceptRef => ({ id, label: labelOf(index, id) });

export function classPath(index: ConceptIndex, id: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur && !seen.has(cur); cur = index.get(cur)?.broader?.[0]) {
    seen.add(cur);
    path.unshift(labelOf(index, cur));
  }
  return path;
}

export function toMaterialItem(record: Pick<MaterialRecord, 'slug' | 'publishedVersion' | 'publishedAt'>, content: MaterialContent, index: ConceptIndex): MaterialItem {
  return {
    slug: record.slug,
    name: content.name,
    synonyms: content.synonyms,
    tradeNames: content.tradeNames,
    summary: content.summary,
    class: { ...ref(index, content.class), path: classPath(index, content.class) },
    applications: content.applications.map((a) => ref(index, a)),
    forms: content.forms.map((f) => ref(index, f)),
    standards: content.standards,
    version: record.publishedVersion,
    publishedAt: record.publishedAt ? new Date(record.publishedAt).toISOString() : null,
  };
}

export function toMaterialDetail(record: Pick<MaterialRecord, 'slug' | 'publishedVersion' | 'publishedAt'>, content: MaterialContent, index: ConceptIndex): MaterialDetail {
  const refs = new Map(content.references.map((r) => [r.key, r]));
  const refOf = (key: string): LiteratureReference => refs.get(key) ?? { key };
  return {
    ...toMaterialItem(record, content, index),
    casNumber: content.casNumber ?? null,
    composition: content.composition,
    properties: content.properties.map((p) => ({ ...p, typeLabel: labelOf(index, p.type), reference: refOf(p.reference) })),
    biocompatibility: content.biocompatibility.map((b) => ({ ...b, endpointLabel: labelOf(index, b.endpoint), reference: refOf(b.reference) })),
    regulatory: content.regulatory.map((r) => ({ ...r, pathwayLabel: labelOf(index, r.pathway), reference: r.reference ? refOf(r.reference) : null })),
    sustainability: content.sustainability ?? null,
    keywords: Object.fromEntries(Object.entries(content.keywords).map(([k, ids]) => [k, (ids ?? []).map((id) => ref(index, id))])),
    references: content.references,
  };
}
