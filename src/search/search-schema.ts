import { KEYWORD_CATEGORIES, KeywordCategory } from '../catalogue/material.types';
import { ConceptIndex } from '../vocabulary/vocabulary.service';

/**
 * What the search index exposes: facets, numeric range fields and sorts, by their public names,
 * each mapped to the document attributes that hold it. Built from the vocabulary (every property
 * type with a `quantity.searchField` becomes a range and sort field). The API accepts nothing else:
 * this whitelist is what keeps user input out of attribute positions in Meilisearch filters.
 */

/** `terms`: values are labels; `hierarchy`: values are label paths joined by HIERARCHY_SEPARATOR; `boolean`: true/false. */
export type FacetKind = 'terms' | 'hierarchy' | 'boolean';

export interface FacetField {
  name: string;
  kind: FacetKind;
  /** One attribute, or one per level (lvl0, lvl1, ...) for a hierarchy. */
  attributes: string[];
  description: string;
  /**
   * Hierarchies: the attribute holding every label of the paths, which facet-value search uses
   * (Meilisearch matches a facet value from its start, so "tita" would miss "Metal > Titanium alloy"),
   * and the concept scheme that maps a found label back to its path.
   */
  labels?: { attribute: string; scheme: string };
}

export interface RangeField {
  name: string;
  unit: string;
  label: string;
  /** Representative value (sorting, charts), and the envelope of all values (range filters). */
  value: string;
  min: string;
  max: string;
}

export const HIERARCHY_SEPARATOR = ' > ';
export const HIERARCHY_DEPTH = 3;

const levels = (base: string) => Array.from({ length: HIERARCHY_DEPTH }, (_, i) => `${base}.lvl${i}`);
const hierarchy = (name: string, scheme: string, description: string): FacetField => ({
  name,
  kind: 'hierarchy',
  attributes: levels(`facets.${name}`),
  description,
  labels: { attribute: `facets.${name}.labels`, scheme },
});

export const KEYWORD_FACETS: Record<KeywordCategory, string> = {
  'kw-materials-composition': 'materialsComposition',
  'kw-model-system': 'modelSystem',
  'kw-outcomes-toxicity': 'outcomesToxicity',
  'kw-bioactive-compounds': 'bioactiveCompounds',
  'kw-manufactured-product': 'manufacturedProduct',
};

export const FACETS: readonly FacetField[] = [
  hierarchy('class', 'material-class', 'material class, e.g. "Metal > Titanium alloy"'),
  hierarchy('applications', 'application', 'intended applications'),
  { name: 'forms', kind: 'terms', attributes: ['facets.forms'], description: 'product forms (powder, rod, scaffold...)' },
  { name: 'standards', kind: 'terms', attributes: ['standards'], description: 'standards met (ASTM F136...)' },
  { name: 'composition', kind: 'terms', attributes: ['facets.composition'], description: 'composition components (elements, compounds)' },
  { name: 'biocompatibility', kind: 'terms', attributes: ['facets.biocompatibility'], description: 'ISO 10993 endpoints passed' },
  hierarchy('regulatory', 'regulatory-pathway', 'regulatory pathways'),
  ...KEYWORD_CATEGORIES.map(
    (c): FacetField => ({ name: KEYWORD_FACETS[c], kind: 'terms', attributes: [`facets.keywords.${KEYWORD_FACETS[c]}`], description: `keywords: ${c.slice(3)}` }),
  ),
  { name: 'inStock', kind: 'boolean', attributes: ['market.inStock'], description: 'an active offer has stock' },
  { name: 'certifications', kind: 'terms', attributes: ['market.certifications'], description: 'certifications of active offers' },
  { name: 'supplierCountries', kind: 'terms', attributes: ['market.supplierCountries'], description: 'countries of suppliers with active offers' },
];

/** Facets computed when a search does not say which (the search page's default panel). */
export const DEFAULT_FACETS = ['class', 'applications', 'forms', 'biocompatibility', 'regulatory', 'inStock'];

/** Marketplace numbers, range-filterable and sortable like material properties. */
const MARKET_RANGES: RangeField[] = [
  { name: 'offerCount', unit: '1', label: 'Active offers', value: 'market.offerCount', min: 'market.offerCount', max: 'market.offerCount' },
  { name: 'price', unit: 'EUR', label: 'Lowest price (EUR, minor units)', value: 'market.lowestPriceEurMinor', min: 'market.lowestPriceEurMinor', max: 'market.lowestPriceEurMinor' },
];

/** Attributes every search returns: the material list item, the numbers and the marketplace summary. */
export const RETRIEVED = ['slug', 'name', 'synonyms', 'tradeNames', 'summary', 'class', 'applications', 'forms', 'standards', 'version', 'publishedAt', 'properties', 'market'];

export const SEARCHABLE = [
  'code',
  'codes',
  'name',
  'synonyms',
  'tradeNames',
  'casNumber',
  'class.label',
  'applications.label',
  'keywordLabels',
  'conceptLabels',
  'facets.composition',
  'forms.label',
  'standards',
  'summary',
];

export class SearchSchema {
  readonly facets = new Map<string, FacetField>(FACETS.map((f) => [f.name, f]));
  readonly ranges: Map<string, RangeField>;
  /** Public sort name -> attribute. */
  readonly sorts: Map<string, string>;

  constructor(rangeFields: RangeField[]) {
    this.ranges = new Map([...rangeFields, ...MARKET_RANGES].map((r) => [r.name, r]));
    this.sorts = new Map<string, string>([
      ['name', 'sortName'],
      ['publishedAt', 'publishedAtTs'],
      ...[...this.ranges.values()].map((r): [string, string] => [r.name, r.value]),
    ]);
  }

  /** Range fields from the vocabulary's property types (`quantity.searchField`), sorted by name. */
  static fromVocabulary(index: ConceptIndex): SearchSchema {
    const fields: RangeField[] = [];
    for (const c of index.values()) {
      const field = c.quantity?.searchField;
      if (!field || !/^[A-Za-z][A-Za-z0-9]*$/.test(field)) continue;
      const base = `properties.${field}`;
      fields.push({ name: field, unit: c.quantity!.canonicalUnit, label: c.prefLabel.en ?? c._id, value: `${base}.value`, min: `${base}.min`, max: `${base}.max` });
    }
    return new SearchSchema(fields.sort((a, b) => a.name.localeCompare(b.name)));
  }

  get filterableAttributes(): string[] {
    const facetAttrs = this.facetAttributes;
    const rangeAttrs = [...this.ranges.values()].flatMap((r) => [r.min, r.max]);
    return [...new Set([...facetAttrs, ...rangeAttrs])].sort();
  }

  /** Every attribute a facet filters, counts or searches on. */
  get facetAttributes(): string[] {
    return [...this.facets.values()].flatMap((f) => [...f.attributes, ...(f.labels ? [f.labels.attribute] : [])]).sort();
  }

  get sortableAttributes(): string[] {
    return [...new Set(this.sorts.values())].sort();
  }
}
