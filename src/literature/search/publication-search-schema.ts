import { KEYWORD_CATEGORIES } from '../../catalogue/material.types';
import { FacetField, KEYWORD_FACETS, RangeField } from '../../search/search-schema';
import type { FacetSchema } from '../../search/search-index-definition';
import { validationProblem } from '../../common/problem/problem';

/**
 * What the publications index exposes, by public name, mapped to document attributes: the same
 * whitelist role as the materials' SearchSchema (the shared filter builder accepts nothing else).
 */

const terms = (name: string, attribute: string, description: string): FacetField => ({ name, kind: 'terms', attributes: [attribute], description });

/** The five label categories, named as on materials (materialsComposition, modelSystem, ...). */
export const LABEL_FACETS = KEYWORD_CATEGORIES.map((c) => KEYWORD_FACETS[c]);

export const PUBLICATION_FACETS: readonly FacetField[] = [
  terms('journal', 'journal', 'journal title'),
  terms('publicationType', 'publicationTypes', 'publication types (Journal Article, Review...)'),
  terms('meshHeadings', 'meshHeadings', 'MeSH descriptor names'),
  ...KEYWORD_CATEGORIES.map((c) => terms(KEYWORD_FACETS[c], `labels.${KEYWORD_FACETS[c]}`, `labels and mapped MeSH headings: ${c.slice(3)}`)),
  terms('materials', 'materialSlugs', 'linked materials, by slug'),
  terms('language', 'language', 'language code (en, de...)'),
  terms('concept', 'labelIds', 'label concept ids, any scheme (also as concept=)'),
  terms('reviewState', 'reviewState', 'review of the annotations: unreviewed, in_review, reviewed (reviewed=true|false)'),
];

export const PUBLICATION_RANGES: readonly RangeField[] = [{ name: 'year', unit: 'year', label: 'Publication year', value: 'year', min: 'year', max: 'year' }];

export const PUBLICATION_DEFAULT_FACETS = ['year', 'journal', 'publicationType', 'meshHeadings', 'materials', 'language', ...LABEL_FACETS];

/** Full text, most telling first (Meilisearch's attribute rule ranks a title match above an abstract match). */
export const PUBLICATION_SEARCHABLE = ['title', 'authors', 'keywords', 'meshHeadings', 'materialNames', 'abstract'];

/** Attributes a search returns (a hit is built from them). */
export const PUBLICATION_RETRIEVED = ['id', 'title', 'authors', 'journal', 'year', 'doi', 'pmid', 'publicationTypes', 'materials', 'abstract'];

export const PUBLICATION_HIGHLIGHTED = ['title', 'abstract'];

export const PUBLICATION_SCHEMA: FacetSchema = {
  facets: new Map(PUBLICATION_FACETS.map((f) => [f.name, f])),
  ranges: new Map(PUBLICATION_RANGES.map((r) => [r.name, r])),
  sorts: new Map([['year', 'year']]),
  defaultFacets: PUBLICATION_DEFAULT_FACETS,
};

/** The evidence parameters of a literature search request (and its facet filters). */
interface EvidenceParams {
  filter?: unknown;
  concept?: string;
  reviewed?: 'true' | 'false';
}

/**
 * `concept=` and `reviewed=` (the evidence summary's links) as the facet filters they stand for, so
 * that they pass the same whitelist and the same quoting filter builder as every other filter.
 */
export function withEvidenceFilters<T extends EvidenceParams>(raw: T): T {
  if (raw.concept === undefined && raw.reviewed === undefined) return raw;
  const given = raw.filter;
  if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given))) return raw;
  const filter: Record<string, unknown> = { ...(given as Record<string, unknown> | undefined) };
  const conflicts: { path: string; message: string }[] = [];
  if (raw.concept !== undefined) {
    if (filter.concept !== undefined) conflicts.push({ path: 'concept', message: 'give concept= or filter[concept], not both' });
    filter.concept = raw.concept;
  }
  if (raw.reviewed !== undefined) {
    if (filter.reviewState !== undefined) conflicts.push({ path: 'reviewed', message: 'give reviewed= or filter[reviewState], not both' });
    filter.reviewState = raw.reviewed === 'true' ? 'reviewed' : 'unreviewed,in_review';
  }
  if (conflicts.length) throw validationProblem(conflicts);
  return { ...raw, filter };
}
