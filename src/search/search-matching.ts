import type { MatchingStrategies } from 'meilisearch';

/**
 * How a free-text query meets the index (measured with `npm run bench:relevance`, README "Search").
 * Pure functions: the search service applies them to every Meilisearch query it sends.
 */

/** Which words Meilisearch may leave out when not every word matches: see the README for the measurement. */
export const MATCHING_STRATEGY: MatchingStrategies = 'last';

/** A CAS registry number: 2-7 digits, 2 digits, 1 check digit. */
const CAS = /(?<![\d-])(\d{2,7})-(\d{2})-(\d)(?![\d-])/g;
/** "CAS", "CAS No.", "CAS RN", "CAS#", "CAS:" before a number: a label, not a word to match. */
const CAS_LABEL = /\bCAS(?:\s*(?:No\.?|RN|Nr\.?|number|#))?\s*[:#]?\s*(?=\d{2,7}-\d{2}-\d\b)/gi;

/**
 * The `q` Meilisearch gets: a CAS number becomes a phrase, so "9003-07-0" matches those three
 * pieces side by side and never records that have a 9003 or a 07 somewhere else (Meilisearch splits
 * words at hyphens), and its "CAS" label goes.
 */
export function meiliQuery(q: string): string {
  if (q.includes('"')) return q;
  return q.replace(CAS_LABEL, '').replace(CAS, '"$1-$2-$3"');
}

/**
 * Generic words that never decide a match: function words of the five label languages and
 * modifiers a researcher adds to a concept ("very", "material"). Meilisearch ignores them in
 * queries and documents, so "idrogel di acido ialuronico" never hangs on "di". Adverbs of speed
 * ("quickly resorbed") are left to the query's intent reading. No single letters: "vitamin E",
 * "3Y-TZP" and "type A" need theirs.
 */
export const STOP_WORDS = [
  // English
  'the', 'an', 'of', 'for', 'with', 'and', 'or', 'in', 'on', 'to', 'by', 'from', 'as', 'at', 'into', 'which', 'that', 'very', 'highly', 'material', 'materials', 'based', 'made', 'used',
  // Italian
  'di', 'del', 'della', 'delle', 'dei', 'degli', 'il', 'lo', 'gli', 'una', 'per', 'con', 'nel', 'nella', 'materiale', 'materiali',
  // Spanish
  'de', 'el', 'los', 'las', 'para', 'por', 'en', 'con', 'un', 'una', 'material', 'materiales',
  // German
  'der', 'die', 'das', 'und', 'für', 'mit', 'von', 'zur', 'zum', 'aus', 'ein', 'eine', 'werkstoff', 'material',
  // French
  'le', 'la', 'les', 'des', 'du', 'et', 'pour', 'avec', 'au', 'aux', 'une', 'matériau', 'matériaux',
].filter((w, i, all) => all.indexOf(w) === i);
