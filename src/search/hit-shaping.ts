import { MaterialItem } from '../catalogue/material-view';
import { MarketSummary, NumericSummary, SearchDocument } from './search-document';

/** A search hit: the material list item, its numbers, its marketplace summary, highlighted text. */
export interface SearchHit extends MaterialItem {
  properties: Record<string, NumericSummary>;
  market: MarketSummary;
  /** Highlighted name and summary: HTML-escaped text with matches in <mark>...</mark>. */
  _formatted: { name: string; summary: string };
}

// Control characters never occur in indexed text: they mark matches until the text is escaped.
export const PRE = '\u0001';
export const POST = '\u0002';
const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', [PRE]: '<mark>', [POST]: '</mark>' };
const SPECIAL = /[&<>"'\u0001\u0002]/;
const SPECIALS = /[&<>"'\u0001\u0002]/g;

/** HTML-escapes Meilisearch's highlighted text and turns its match marks into <mark>, in one pass (none for plain text). */
export function highlight(text: unknown): string {
  const s = String(text ?? '');
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => REPLACEMENTS[c]) : s;
}

/** Meilisearch's `_matchesPosition` of one attribute: UTF-8 byte offsets into the stored text. */
export type MatchPositions = { start: number; length: number }[];

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `text` HTML-escaped with the matches at `positions` in <mark>...</mark>, as Meilisearch's own
 * highlighting would mark them. Asking for positions instead of `_formatted` matters: Meilisearch
 * repeats every retrieved attribute under `_formatted` (properties, market, class...), which made its
 * answer ~60 % larger than ours and our parse of it as much slower. Overlapping positions are merged.
 */
export function markMatches(text: unknown, positions: MatchPositions | undefined): string {
  const s = String(text ?? '');
  if (!positions?.length) return highlight(s);
  const sorted = positions.length === 1 ? positions : [...positions].sort((a, b) => a.start - b.start);
  // Byte offsets are string offsets for ASCII text; other text is cut on its UTF-8 bytes.
  const ascii = ASCII.test(s);
  const bytes = ascii ? undefined : Buffer.from(s, 'utf8');
  const slice = (from: number, to: number) => (bytes ? bytes.toString('utf8', from, to) : s.slice(from, to));
  const end = bytes ? bytes.length : s.length;
  let out = '';
  let at = 0;
  for (const { start, length } of sorted) {
    const from = Math.max(start, at);
    const to = Math.min(start + length, end);
    if (to <= from) continue;
    out += `${highlight(slice(at, from))}<mark>${highlight(slice(from, to))}</mark>`;
    at = to;
  }
  return out + highlight(slice(at, end));
}

/** A Meilisearch hit as the attributes of RETRIEVED (search-schema.ts) hold it, with where the query matched. */
export type RetrievedDocument = Pick<SearchDocument, 'slug' | 'name' | 'synonyms' | 'tradeNames' | 'summary' | 'class' | 'applications' | 'forms' | 'standards' | 'version' | 'publishedAt' | 'properties' | 'market'> & {
  _matchesPosition?: Partial<Record<string, MatchPositions>>;
};

/** The hit of the contract (SearchHitAnswer), with the highlighted name and summary only. */
export function toHit(doc: RetrievedDocument): SearchHit {
  const matches = doc._matchesPosition;
  return {
    slug: doc.slug,
    name: doc.name,
    synonyms: doc.synonyms,
    tradeNames: doc.tradeNames,
    summary: doc.summary,
    class: doc.class,
    applications: doc.applications,
    forms: doc.forms,
    standards: doc.standards,
    version: doc.version,
    publishedAt: doc.publishedAt,
    properties: doc.properties ?? {},
    market: doc.market,
    _formatted: { name: markMatches(doc.name, matches?.name), summary: markMatches(doc.summary, matches?.summary) },
  };
}
