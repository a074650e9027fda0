/**
 * The search mix of phase B: a fixed share of each kind of request, each drawn from real words,
 * facet values and property values of the catalogue, in a seeded random order.
 */
import { chance, floatBetween, intBetween, pick, pickDistinct, Rng, shuffle } from './random';

export type QueryKind = 'text' | 'text+facets' | 'facets' | 'ranges' | 'sort';

export interface QuerySpec {
  kind: QueryKind;
  q?: string;
  /** Facet name -> selected values (OR within a facet). */
  filters: Record<string, string[]>;
  /** Range field -> bounds as decimal strings, either end open. */
  ranges: Record<string, { min?: string; max?: string }>;
  sort?: string;
  /** Absent: the API's default facets. */
  facets?: string;
}

/** What requests are made of: words users type, and values that occur in the index. */
export interface QueryVocabulary {
  /** Single words of names, synonyms and class labels. */
  words: string[];
  /** Whole names, synonyms and class labels. */
  phrases: string[];
  /** Facet name -> its values in the index (from the API's facet distribution). */
  facetValues: Record<string, string[]>;
  /** Range field -> values that occur in the catalogue, in the field's canonical unit. */
  rangeValues: Record<string, number[]>;
}

/** Facets users filter on, and the ones asked for in the facet-value lookup before the run. */
export const FILTER_FACETS = ['class', 'applications', 'forms', 'biocompatibility', 'regulatory'];
export const RANGE_FIELDS = ['youngsModulusGPa', 'densityGcm3', 'tensileStrengthMPa', 'elongationAtBreakPct', 'porosityPct'];
const SORTS = ['youngsModulusGPa:desc', 'name:asc', 'densityGcm3:asc', 'tensileStrengthMPa:desc', 'publishedAt:desc'];
/** Requests that ask for a facet and a range field's stats instead of the default panel. */
const ALTERNATIVE_FACETS = 'class,youngsModulusGPa';

const MIX: readonly [QueryKind, number][] = [
  ['text', 0.3],
  ['text+facets', 0.25],
  ['facets', 0.2],
  ['ranges', 0.15],
  ['sort', 0.1],
];

/** `n` requests in the fixed mix, in random order. */
export function generateQueries(rng: Rng, n: number, vocab: QueryVocabulary): QuerySpec[] {
  const kinds: QueryKind[] = [];
  for (const [kind, share] of MIX) kinds.push(...Array<QueryKind>(Math.round(n * share)).fill(kind));
  while (kinds.length < n) kinds.push('text');
  return shuffle(rng, kinds.slice(0, n)).map((kind) => generateQuery(rng, kind, vocab));
}

function generateQuery(rng: Rng, kind: QueryKind, vocab: QueryVocabulary): QuerySpec {
  const spec: QuerySpec = { kind, filters: {}, ranges: {} };
  switch (kind) {
    case 'text':
      spec.q = textQuery(rng, vocab);
      break;
    case 'text+facets':
      spec.q = textQuery(rng, vocab);
      spec.filters = facetFilters(rng, vocab);
      break;
    case 'facets':
      spec.filters = facetFilters(rng, vocab);
      break;
    case 'ranges':
      spec.ranges = rangeFilters(rng, vocab, chance(rng, 0.75) ? 1 : 2);
      if (chance(rng, 0.25)) spec.filters = facetFilters(rng, vocab, 1);
      break;
    case 'sort': {
      spec.sort = pick(rng, SORTS);
      const x = rng();
      if (x < 0.4) spec.q = textQuery(rng, vocab);
      else if (x < 0.7) spec.filters = facetFilters(rng, vocab);
      else if (x < 0.85) spec.ranges = rangeFilters(rng, vocab, 1);
      break;
    }
  }
  if (chance(rng, 0.2)) spec.facets = ALTERNATIVE_FACETS;
  return spec;
}

/** One or two words, or a whole name; now and then with a typo. */
function textQuery(rng: Rng, vocab: QueryVocabulary): string {
  const x = rng();
  const words = x < 0.45 ? [pick(rng, vocab.words)] : x < 0.75 ? pickDistinct(rng, vocab.words, 2) : pick(rng, vocab.phrases).split(' ');
  if (chance(rng, 0.15)) {
    const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
    if (candidates.length) {
      const [word, i] = pick(rng, candidates);
      words[i] = withTypo(rng, word);
    }
  }
  return words.join(' ');
}

/** One typo, never on the first letter (Meilisearch counts that one double). */
function withTypo(rng: Rng, word: string): string {
  const i = intBetween(rng, 1, word.length - 2);
  switch (intBetween(rng, 0, 2)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap two letters
    case 1:
      return word.slice(0, i) + word.slice(i + 1); // drop one
    default:
      return word.slice(0, i) + pick(rng, [...'aeiourstln']) + word.slice(i + 1); // replace one
  }
}

function facetFilters(rng: Rng, vocab: QueryVocabulary, count = chance(rng, 0.6) ? 1 : 2): Record<string, string[]> {
  const usable = FILTER_FACETS.filter((f) => vocab.facetValues[f]?.length);
  const out: Record<string, string[]> = {};
  for (const facet of pickDistinct(rng, usable, count)) out[facet] = pickDistinct(rng, vocab.facetValues[facet], chance(rng, 0.8) ? 1 : 2);
  return out;
}

function rangeFilters(rng: Rng, vocab: QueryVocabulary, count: number): QuerySpec['ranges'] {
  const usable = RANGE_FIELDS.filter((f) => vocab.rangeValues[f]?.length);
  const out: QuerySpec['ranges'] = {};
  for (const field of pickDistinct(rng, usable, count)) {
    const bound = () => pick(rng, vocab.rangeValues[field]) * floatBetween(rng, 0.8, 1.2);
    const x = rng();
    if (x < 0.4) {
      const [lo, hi] = [bound(), bound()].sort((a, b) => a - b);
      out[field] = { min: decimal(lo), max: decimal(hi === lo ? hi * 1.5 : hi) };
    } else if (x < 0.7) out[field] = { max: decimal(bound()) };
    else out[field] = { min: decimal(bound()) };
  }
  return out;
}

/** Three significant digits, never in exponent notation (the API accepts plain decimals only). */
export function decimal(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return '0';
  const digits = Math.max(0, Math.min(12, 2 - Math.floor(Math.log10(Math.abs(x)))));
  return x.toFixed(digits);
}

/** A filter value with its commas and backslashes escaped (see splitValues in src/search/search-query.ts). */
const escapeValue = (v: string): string => v.replace(/\\/g, '\\\\').replace(/,/g, '\\,');

/** The query string our API takes: `q=...&filter[class]=a,b&range[x]=1..2&facets=...&sort=...`, URL-encoded. */
export function toQueryString(spec: QuerySpec): string {
  const params = new URLSearchParams();
  if (spec.q !== undefined) params.append('q', spec.q);
  for (const [facet, values] of Object.entries(spec.filters)) params.append(`filter[${facet}]`, values.map(escapeValue).join(','));
  for (const [field, { min, max }] of Object.entries(spec.ranges)) params.append(`range[${field}]`, `${min ?? ''}..${max ?? ''}`);
  if (spec.facets !== undefined) params.append('facets', spec.facets);
  if (spec.sort !== undefined) params.append('sort', spec.sort);
  return params.toString();
}
