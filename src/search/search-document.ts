import { MaterialRecord } from '../catalogue/material.schema';
import { KEYWORD_CATEGORIES, MaterialContent, PropertyValue } from '../catalogue/material.types';
import { classPath, labelOf, MaterialItem, toMaterialItem } from '../catalogue/material-view';
import { normalizeLabel } from '../common/validation/text';
import { ConceptIndex } from '../vocabulary/vocabulary.service';
import { HIERARCHY_DEPTH, HIERARCHY_SEPARATOR, KEYWORD_FACETS } from './search-schema';

/** A normalised property in the index: a representative value for sorting and charts, and the envelope for range filters. */
export interface NumericSummary {
  value: number;
  min: number;
  max: number;
}

/** What the marketplace contributes to a material's search document (filled once offers exist). */
export interface MarketSummary {
  offerCount: number;
  inStock: boolean;
  lowestPriceEurMinor: number | null;
  /** Concept ids from the offers; labels in the search document. */
  certifications: string[];
  supplierCountries: string[];
}

export const EMPTY_MARKET: MarketSummary = { offerCount: 0, inStock: false, lowestPriceEurMinor: null, certifications: [], supplierCountries: [] };

export interface SearchDocument extends MaterialItem {
  /** `search.revision` of the record this document was built from (drift checks compare it). */
  revision: number;
  sortName: string;
  publishedAtTs: number | null;
  casNumber: string | null;
  /** The record's own code (PEEK, UHMWPE, PU), alone: Meilisearch's exactness rule ranks a whole-attribute match first. */
  code: string | null;
  /** Short codes, trade names, grades and the CAS number, searched right after `code` (see `exactCodes`). */
  codes: string[];
  keywordLabels: string[];
  /** Every label, in every language, of the concepts the record is described with (see `labelledConcepts`). */
  conceptLabels: string[];
  facets: Record<string, unknown>;
  properties: Record<string, NumericSummary>;
  market: MarketSummary;
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * `{lvl0: [...], lvl1: [...], labels: [...]}` from label paths, e.g. ["Metal", "Titanium alloy"] ->
 * lvl0 "Metal", lvl1 "Metal > Titanium alloy", labels "Metal", "Titanium alloy".
 */
export function hierarchyLevels(paths: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = { labels: unique(paths.flat()) };
  for (const path of paths) {
    for (let depth = 0; depth < Math.min(path.length, HIERARCHY_DEPTH); depth++) {
      const key = `lvl${depth}`;
      out[key] = unique([...(out[key] ?? []), path.slice(0, depth + 1).join(HIERARCHY_SEPARATOR)]);
    }
  }
  return out;
}

const midpoint = (p: { value?: number | null; min?: number | null; max?: number | null }): number | null => {
  if (p.value != null) return p.value;
  if (p.min != null && p.max != null) return (p.min + p.max) / 2;
  return p.min ?? p.max ?? null;
};

/**
 * One number per property type: all values of the type (several conditions or sources) are
 * combined into their envelope [lowest min, highest max] and the median of their midpoints.
 * Range filters match on overlap with the envelope; sorting and charts use the median.
 */
export function summarizeProperties(properties: PropertyValue[], index: ConceptIndex): Record<string, NumericSummary> {
  const byField = new Map<string, { mids: number[]; lo: number; hi: number }>();
  for (const p of properties) {
    const field = index.get(p.type)?.quantity?.searchField;
    const n = p.normalized;
    if (!field || !n) continue;
    const mid = midpoint(n);
    if (mid == null || !Number.isFinite(mid)) continue;
    const lo = n.value ?? n.min ?? mid;
    const hi = n.value ?? n.max ?? mid;
    const acc = byField.get(field) ?? { mids: [], lo: Infinity, hi: -Infinity };
    acc.mids.push(mid);
    acc.lo = Math.min(acc.lo, lo);
    acc.hi = Math.max(acc.hi, hi);
    byField.set(field, acc);
  }
  const out: Record<string, NumericSummary> = {};
  for (const [field, { mids, lo, hi }] of byField) {
    const sorted = mids.sort((a, b) => a - b);
    const m = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    out[field] = { value: round(median), min: round(lo), max: round(hi) };
  }
  return out;
}

const round = (x: number) => Number(x.toPrecision(12));

/** The search document of a listed record's published content. */
export function toSearchDocument(
  record: Pick<MaterialRecord, 'slug' | 'publishedVersion' | 'publishedAt' | 'search'>,
  content: MaterialContent,
  index: ConceptIndex,
  market: MarketSummary = EMPTY_MARKET,
): SearchDocument {
  const item = toMaterialItem(record, content, index);
  const label = (id: string) => labelOf(index, id);
  const keywordFacets: Record<string, string[]> = {};
  for (const category of KEYWORD_CATEGORIES) {
    const ids = content.keywords[category] ?? [];
    if (ids.length) keywordFacets[KEYWORD_FACETS[category]] = unique(ids.map(label));
  }
  return {
    ...item,
    revision: record.search.revision,
    sortName: content.name.toLowerCase(),
    publishedAtTs: record.publishedAt ? new Date(record.publishedAt).getTime() : null,
    casNumber: content.casNumber ?? null,
    ...codeAttributes(content, index),
    keywordLabels: unique(Object.values(keywordFacets).flat()),
    conceptLabels: conceptLabels(labelledConcepts(content, index), index),
    facets: {
      class: hierarchyLevels([item.class.path]),
      applications: hierarchyLevels(content.applications.map((a) => classPath(index, a))),
      regulatory: hierarchyLevels(content.regulatory.map((r) => classPath(index, r.pathway))),
      forms: unique(content.forms.map(label)),
      composition: unique(content.composition.map((c) => c.component)),
      biocompatibility: unique(content.biocompatibility.filter((b) => b.result === 'pass').map((b) => label(b.endpoint))),
      keywords: keywordFacets,
    },
    properties: summarizeProperties(content.properties, index),
    // Offers name certifications by concept id; the facet shows labels, like every other facet.
    market: { ...market, certifications: unique(market.certifications.map(label)) },
  };
}

/** Every id of `ids` and its broader concepts, transitively. */
function withAncestors(ids: string[], index: ConceptIndex): string[] {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(index.get(id)?.broader ?? []));
  }
  return [...out];
}

const labelMaps = new WeakMap<ConceptIndex, Map<string, string[]>>();

/** Concept ids by normalised label (any language, alt and hidden labels too), built once per vocabulary snapshot. */
function conceptsByLabel(index: ConceptIndex): Map<string, string[]> {
  let map = labelMaps.get(index);
  if (!map) {
    map = new Map();
    for (const c of index.values()) {
      for (const label of allLabels(c)) {
        const key = normalizeLabel(label);
        if (key) map.set(key, [...(map.get(key) ?? []), c._id]);
      }
    }
    labelMaps.set(index, map);
  }
  return map;
}

function allLabels(c: { prefLabel?: Record<string, string>; altLabels?: Record<string, string[]>; hiddenLabels?: Record<string, string[]> }): string[] {
  return [...Object.values(c.prefLabel ?? {}), ...Object.values(c.altLabels ?? {}).flat(), ...Object.values(c.hiddenLabels ?? {}).flat()];
}

/**
 * The concepts whose labels a record's document carries for full-text search, so that "lega di
 * titanio", "Titanlegierung", a misspelt hidden label or "polyether ether ketone" find it: its class,
 * applications and keywords with their broader concepts, forms and regulatory pathways, and any
 * concept one of whose labels is the record's name, a synonym or a trade name (PEEK is an
 * alternative label of polyether ether ketone). Labels at index time instead of Meilisearch
 * synonyms: thousands of query-time synonyms made text queries ~10x slower (bench, 2026-11-26).
 */
export function labelledConcepts(content: MaterialContent, index: ConceptIndex): Set<string> {
  const named = namedConcepts(content, index);
  return new Set([
    // Keywords with their broader concepts too: a record with the keyword "antibiotics" is found as "antimicrobial".
    ...withAncestors([content.class, ...content.applications, ...Object.values(content.keywords).flatMap((ids) => ids ?? [])], index),
    ...content.forms,
    ...content.regulatory.map((r) => r.pathway),
    ...named,
  ]);
}

/** Concepts one of whose labels is the record's name, a synonym or a trade name. */
function namedConcepts(content: MaterialContent, index: ConceptIndex): string[] {
  const byLabel = conceptsByLabel(index);
  return [content.name, ...content.synonyms, ...(content.tradeNames ?? [])].flatMap((n) => byLabel.get(normalizeLabel(n)) ?? []);
}

/**
 * A code: one word (hyphens, dots, slashes, "+" inside) of at most 20 characters with a digit or two
 * capitals (PE, UHMWPE, 316L, Ti-6Al-4V, 9003-07-0), or an element symbol (Ti, Ta).
 */
const isCode = (x: string): boolean => /^[A-Za-z0-9][A-Za-z0-9+./-]{0,19}$/.test(x) && (/\d|[A-Z].*[A-Z]/.test(x) || /^[A-Z][a-z]?$/.test(x));

/**
 * What a record is called in short: its code-like name and synonyms, every trade name, its CAS
 * number, and the code-like labels of its class and of the concepts it is named by ("PE" is an
 * alternative label of polyethylene, the class of UHMWPE). First in the searchable attributes,
 * ranked by exactness before attribute, so that "PE" puts polyethylenes before PEEK, whose name
 * only starts with it.
 */
export function exactCodes(content: MaterialContent, index: ConceptIndex): string[] {
  const labels = [content.class, ...namedConcepts(content, index)].flatMap((id) => {
    const c = index.get(id);
    return c ? allLabels(c) : [];
  });
  // The record's own codes first: Meilisearch ranks a match nearer the start of an attribute higher.
  return unique([...ownCodes(content), ...labels.map((x) => x.trim()).filter(isCode), ...(content.tradeNames ?? []), ...(content.casNumber ? [content.casNumber] : [])]);
}

/** The codes a record gives itself: the one in its name's parentheses ("Polyether ether ketone (PEEK)"), its name, its synonyms. */
function ownCodes(content: MaterialContent): string[] {
  const inName = [...content.name.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]);
  return [...inName, content.name, ...content.synonyms].map((x) => x.trim()).filter(isCode);
}

function codeAttributes(content: MaterialContent, index: ConceptIndex): Pick<SearchDocument, 'code' | 'codes'> {
  return { code: ownCodes(content)[0] ?? null, codes: exactCodes(content, index) };
}

function conceptLabels(ids: Iterable<string>, index: ConceptIndex): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const concept = index.get(id);
    if (concept) for (const label of allLabels(concept)) out.add(label.trim());
  }
  return [...out].filter(Boolean).sort();
}

/** Every concept a content refers to (a rename of any of them changes the document). */
export function conceptsOf(content: MaterialContent): Set<string> {
  return new Set([
    content.class,
    ...content.applications,
    ...content.forms,
    ...Object.values(content.keywords).flatMap((ids) => ids ?? []),
    ...content.properties.map((p) => p.type),
    ...content.biocompatibility.map((b) => b.endpoint),
    ...content.regulatory.map((r) => r.pathway),
  ]);
}
