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

/** A Meilisearch hit as the attributes of RETRIEVED (search-schema.ts) hold it, with its `_formatted` copy. */
export type RetrievedDocument = Pick<SearchDocument, 'slug' | 'name' | 'synonyms' | 'tradeNames' | 'summary' | 'class' | 'applications' | 'forms' | 'standards' | 'version' | 'publishedAt' | 'properties' | 'market'> & {
  _formatted?: Partial<SearchDocument>;
};

/** The hit of the contract (SearchHitAnswer), with the highlighted name and summary only. */
export function toHit(doc: RetrievedDocument): SearchHit {
  const formatted = doc._formatted;
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
    _formatted: { name: highlight(formatted?.name ?? doc.name), summary: highlight(formatted?.summary ?? doc.summary) },
  };
}
