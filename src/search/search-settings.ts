import type { Settings } from 'meilisearch';
import { stableStringify } from '../common/stable-json';
import { ConceptIndex } from '../vocabulary/vocabulary.service';
import { SEARCHABLE, SearchSchema } from './search-schema';

/**
 * Synonyms from the vocabulary: every label of a concept (preferred in every language, alternative
 * and hidden) finds the others, so "polyether ether ketone" finds a record labelled PEEK and
 * "Titanlegierung" finds titanium alloys. Labels shared by several concepts merge their lists.
 */
export function synonymsFrom(index: ConceptIndex): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const c of index.values()) {
    const labels = [
      ...Object.values(c.prefLabel ?? {}),
      ...Object.values(c.altLabels ?? {}).flat(),
      ...Object.values(c.hiddenLabels ?? {}).flat(),
    ]
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l.length > 0 && l.length <= 100);
    const distinct = [...new Set(labels)];
    if (distinct.length < 2) continue;
    for (const label of distinct) {
      const set = out.get(label) ?? new Set<string>();
      for (const other of distinct) if (other !== label) set.add(other);
      out.set(label, set);
    }
  }
  return Object.fromEntries([...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}

export interface SettingsLimits {
  maxTotalHits: number;
  maxValuesPerFacet: number;
}

/** The index settings, declared here and applied before any document (reindex) or at start (sync). */
export function desiredSettings(schema: SearchSchema, index: ConceptIndex, limits: SettingsLimits): Settings {
  const facetAttributes = schema.facetAttributes;
  const rangeAttributes = [...new Set([...schema.ranges.values()].flatMap((r) => [r.min, r.max]))].sort();
  return {
    searchableAttributes: SEARCHABLE,
    displayedAttributes: ['*'],
    // Facets need equality filters and facet search; numbers need comparisons only.
    filterableAttributes: [
      { attributePatterns: facetAttributes, features: { facetSearch: true, filter: { equality: true, comparison: false } } },
      { attributePatterns: rangeAttributes, features: { facetSearch: false, filter: { equality: false, comparison: true } } },
    ],
    sortableAttributes: schema.sortableAttributes,
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    // Codes must match exactly: a typo-tolerant "F136" would also find F138.
    typoTolerance: { enabled: true, disableOnAttributes: ['casNumber', 'standards'], disableOnNumbers: true },
    faceting: { maxValuesPerFacet: limits.maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: limits.maxTotalHits },
    synonyms: synonymsFrom(index),
  };
}

/** True when every setting we declare already has the declared value in `current`. */
export function settingsMatch(desired: Settings, current: Settings): boolean {
  const norm = (key: keyof Settings, value: unknown): string => {
    if (key === 'sortableAttributes' && Array.isArray(value)) return stableStringify([...value].sort());
    return stableStringify(value ?? null);
  };
  return (Object.keys(desired) as (keyof Settings)[]).every((key) => {
    const want = desired[key];
    const have = current[key];
    if (key === 'typoTolerance' || key === 'faceting' || key === 'pagination') {
      return Object.entries(want as object).every(([k, v]) => stableStringify(v) === stableStringify((have as Record<string, unknown> | undefined)?.[k]));
    }
    return norm(key, want) === norm(key, have);
  });
}
