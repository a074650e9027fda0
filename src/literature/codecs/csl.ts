import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { normalizeDoi, normalizeOrcid, normalizePmcid, normalizePmid } from '../identifiers';
import { PublicationAuthor, PublicationContent } from '../publication.types';

/** A CSL-JSON item (the subset we read and write). */
export type CslItem = Record<string, unknown>;

/** Parses `text` with citation-js as `type` (`@bibtex/text`, `@ris/file`, `@csl/list+object`) into CSL items. */
export function parseWithCitationJs(input: unknown, type: string): CslItem[] {
  return new Cite(input, { forceType: type }).data.map(({ _graph, ...item }) => item);
}

const str = (v: unknown): string | null => {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
};

const TYPE_NAMES: Record<string, string> = {
  'article-journal': 'Journal Article',
  'paper-conference': 'Conference Paper',
  chapter: 'Book Chapter',
  book: 'Book',
  review: 'Review',
  thesis: 'Thesis',
  report: 'Report',
  preprint: 'Preprint',
};
const CSL_TYPES = Object.fromEntries(Object.entries(TYPE_NAMES).map(([k, v]) => [v, k]));

/** Maps one CSL item to our content; errors name what makes it unusable. */
export function cslToContent(item: CslItem): { record?: PublicationContent; errors: string[] } {
  const errors: string[] = [];
  const title = str(item.title);
  if (!title) errors.push('The record has no title.');
  const rawDoi = str(item.DOI);
  const doi = normalizeDoi(rawDoi);
  if (rawDoi && !doi) errors.push(`"${rawDoi}" is not a DOI.`);
  const rawPmid = str(item.PMID);
  const pmid = normalizePmid(rawPmid);
  if (rawPmid && !pmid) errors.push(`"${rawPmid}" is not a PMID.`);
  const pmcid = normalizePmcid(str(item.PMCID));
  const issued = item.issued as { 'date-parts'?: unknown[][]; raw?: string; literal?: string } | undefined;
  let year: number | null = null;
  const part = issued?.['date-parts']?.[0]?.[0];
  if (part !== undefined && part !== null && part !== '') {
    const y = Number(part);
    if (Number.isInteger(y) && y > 1500 && y < 2200) year = y;
    else errors.push(`"${String(part)}" is not a year.`);
  } else if (issued?.raw || issued?.literal) {
    const m = /\b(1[5-9]\d\d|2[01]\d\d)\b/.exec(issued.raw ?? issued.literal ?? '');
    if (m) year = Number(m[1]);
  }
  const authors: PublicationAuthor[] = ((item.author as Record<string, unknown>[] | undefined) ?? []).map((a) => ({
    family: str(a.family),
    given: str(a.given),
    literal: str(a.literal) ?? (!str(a.family) && !str(a.given) ? str(a.name) : null),
    orcid: normalizeOrcid(str(a.ORCID) ?? str(a.orcid)),
    affiliations: [],
  }));
  if (errors.length > 0 || !title) return { errors };
  const journalTitle = str(item['container-title']);
  const keywords = (str(item.keyword) ?? '')
    .split(/[;,]\s*/)
    .map((k) => k.trim())
    .filter(Boolean);
  const abstract = str(item.abstract);
  const type = str(item.type);
  const issn = str(Array.isArray(item.ISSN) ? item.ISSN[0] : item.ISSN);
  return {
    errors,
    record: {
      doi,
      pmid,
      pmcid,
      title,
      abstract: abstract ? { sections: [{ text: abstract }] } : null,
      authors,
      journal: journalTitle ? { title: journalTitle, isoAbbreviation: str(item['container-title-short']), issn } : null,
      year,
      volume: str(item.volume),
      issue: str(item.issue),
      pages: str(item.page),
      language: str(item.language),
      publicationTypes: type && TYPE_NAMES[type] ? [TYPE_NAMES[type]] : [],
      keywords,
      mesh: [],
      licence: str(item.license),
      materials: [],
      summary: null,
    },
  };
}

/** Our record as a CSL item (the input of every citation export). */
export function contentToCsl(id: string, p: PublicationContent): CslItem {
  const type = p.publicationTypes.map((t) => CSL_TYPES[t]).find(Boolean) ?? (p.journal ? 'article-journal' : 'article');
  const item: CslItem = {
    id,
    type: type === 'review' ? 'article-journal' : type,
    title: p.title,
    author: p.authors.map((a) => (a.family || a.given ? { family: a.family ?? undefined, given: a.given ?? undefined } : { literal: a.literal ?? '' })),
  };
  if (p.year) item.issued = { 'date-parts': [[p.year]] };
  if (p.journal?.title) item['container-title'] = p.journal.title;
  if (p.journal?.isoAbbreviation) item['container-title-short'] = p.journal.isoAbbreviation;
  if (p.journal?.issn) item.ISSN = p.journal.issn;
  if (p.volume) item.volume = p.volume;
  if (p.issue) item.issue = p.issue;
  if (p.pages) item.page = p.pages;
  if (p.doi) item.DOI = p.doi;
  if (p.pmid) item.PMID = p.pmid;
  if (p.pmcid) item.PMCID = p.pmcid;
  if (p.language) item.language = p.language;
  if (p.keywords.length) item.keyword = p.keywords.join(', ');
  return item;
}

export type CitationFormat = 'bibtex' | 'ris' | 'csl-json' | 'apa';
export const CITATION_FORMATS: CitationFormat[] = ['bibtex', 'ris', 'csl-json', 'apa'];

/** Formats CSL items with citation-js. */
export function formatCitations(items: CslItem[], format: CitationFormat): string | CslItem[] {
  if (format === 'csl-json') return items;
  if (items.length === 0) return '';
  const cite = new Cite(items, { forceType: '@csl/list+object' });
  if (format === 'apa') return cite.format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' });
  return cite.format(format);
}
