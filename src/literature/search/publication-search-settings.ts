import type { Settings } from 'meilisearch';
import type { SettingsLimits } from '../../search/search-settings';
import { PUBLICATION_RANGES, PUBLICATION_SCHEMA, PUBLICATION_SEARCHABLE } from './publication-search-schema';

/** The publications index settings (applied before any document, like the materials'). */
export function publicationSettings(limits: SettingsLimits): Settings {
  const facetAttributes = [...PUBLICATION_SCHEMA.facets.values()].flatMap((f) => f.attributes).sort();
  const rangeAttributes = [...new Set(PUBLICATION_RANGES.flatMap((r) => [r.min, r.max]))].sort();
  return {
    searchableAttributes: PUBLICATION_SEARCHABLE,
    displayedAttributes: ['*'],
    filterableAttributes: [
      { attributePatterns: facetAttributes, features: { facetSearch: true, filter: { equality: true, comparison: false } } },
      { attributePatterns: rangeAttributes, features: { facetSearch: false, filter: { equality: false, comparison: true } } },
    ],
    sortableAttributes: [...new Set(PUBLICATION_SCHEMA.sorts.values())].sort(),
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    // A year or a PMID typed as a word must match exactly.
    typoTolerance: { enabled: true, disableOnAttributes: [], disableOnNumbers: true },
    faceting: { maxValuesPerFacet: limits.maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: limits.maxTotalHits },
    synonyms: {},
  };
}
