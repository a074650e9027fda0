import type { Settings } from 'meilisearch';
import { stableStringify } from '../common/stable-json';
import { STOP_WORDS } from './search-matching';
import { SEARCHABLE, SearchSchema } from './search-schema';

export interface SettingsLimits {
  maxTotalHits: number;
  maxValuesPerFacet: number;
}

/** The index settings, declared here and applied before any document (reindex) or at start (sync). */
export function desiredSettings(schema: SearchSchema, limits: SettingsLimits): Settings {
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
    // Exactness before attribute: "PE" matched whole (UHMW-PE, PE-HD) beats "PE" as the start of PEEK in an earlier attribute.
    rankingRules: ['words', 'typo', 'proximity', 'exactness', 'attribute', 'sort'],
    // Codes must match exactly: a typo-tolerant "F136" would also find F138.
    typoTolerance: { enabled: true, disableOnAttributes: ['casNumber', 'standards'], disableOnNumbers: true },
    faceting: { maxValuesPerFacet: limits.maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: limits.maxTotalHits },
    // Vocabulary labels are in the documents (`conceptLabels`); query-time synonyms cost ~10x on text queries.
    synonyms: {},
    stopWords: [...STOP_WORDS].sort(),
  };
}

/** True when every setting we declare already has the declared value in `current`. */
export function settingsMatch(desired: Settings, current: Settings): boolean {
  const norm = (key: keyof Settings, value: unknown): string => {
    if (key === 'sortableAttributes' && Array.isArray(value)) return stableStringify([...value].sort());
    // A set on Meilisearch's side, answered in its own order and Unicode form ("für" comes back decomposed).
    if (key === 'stopWords' && Array.isArray(value)) return stableStringify(value.map((w: string) => w.normalize('NFC')).sort());
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
