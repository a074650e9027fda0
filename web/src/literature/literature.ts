/**
 * The literature UI's plain logic (no React): identifier links, display names, import formats,
 * the import report's counts and a PubMed job's progress.
 */
import type { components } from '../api/schema';
import { escapeValue, rangeParam, validateSearch, type SearchState } from '../search/params';
import type { LiteratureSearchQuery } from './search-types';

type S = components['schemas'];
export type Publication = S['Publication'];
export type PublicationAuthor = S['PublicationAuthor'];
export type PublicationSummary = S['PublicationSummary'];
export type LiteratureImportReport = S['LiteratureImportReport'];
export type ImportFormat = LiteratureImportReport['format'];
export type CitationFormat = 'bibtex' | 'ris' | 'csl-json' | 'apa';

/** "Given Family", or the collective name. */
export function authorName(a: PublicationAuthor): string {
  return [a.given, a.family].filter(Boolean).join(' ') || a.literal || 'Unnamed author';
}

/** "Family A, Family B, Family C et al." from list names ("Family, Given"). */
export function shortAuthors(names: string[], max = 3): string {
  if (!names.length) return '';
  const family = names.map((n) => n.split(',')[0].trim());
  return family.length > max ? `${family.slice(0, max).join(', ')} et al.` : family.join(', ');
}

export const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`;

export interface IdLink {
  label: string;
  text: string;
  href: string;
}

/** DOI, PMID and PMCID as links to doi.org, PubMed and PubMed Central. */
export function identifierLinks(p: { doi?: string | null; pmid?: string | null; pmcid?: string | null }): IdLink[] {
  const out: IdLink[] = [];
  if (p.doi) out.push({ label: 'DOI', text: p.doi, href: `https://doi.org/${encodeURI(p.doi)}` });
  if (p.pmid) out.push({ label: 'PMID', text: p.pmid, href: `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(p.pmid)}/` });
  if (p.pmcid) out.push({ label: 'PMCID', text: p.pmcid, href: `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(p.pmcid)}/` });
  return out;
}

/** "Biomaterials 2024;31(4):123-130" from what is known. */
export function sourceText(p: { journal?: string | null; year?: number | null; volume?: string | null; issue?: string | null; pages?: string | null }): string {
  const vol = p.volume ? `${p.volume}${p.issue ? `(${p.issue})` : ''}` : p.issue ? `(${p.issue})` : '';
  const head = [p.journal, p.year].filter((x) => x !== null && x !== undefined && x !== '').join(' ');
  const tail = [vol, p.pages].filter(Boolean).join(':');
  return [head, tail].filter(Boolean).join(';');
}

export interface FormatInfo {
  id: ImportFormat;
  label: string;
  contentType: string;
  extensions: string[];
}

/** The import route's formats, with the content type it expects for each (src/literature/codecs/index.ts). */
export const IMPORT_FORMATS: FormatInfo[] = [
  { id: 'pubmed-xml', label: 'PubMed XML', contentType: 'application/xml', extensions: ['xml'] },
  { id: 'medline', label: 'MEDLINE / nbib', contentType: 'text/plain', extensions: ['nbib', 'medline', 'txt'] },
  { id: 'ris', label: 'RIS', contentType: 'application/x-research-info-systems', extensions: ['ris'] },
  { id: 'bibtex', label: 'BibTeX', contentType: 'application/x-bibtex', extensions: ['bib', 'bibtex'] },
  { id: 'csl-json', label: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json', extensions: ['json'] },
];

/** The format a file name suggests, or null. */
export function formatOfFile(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return IMPORT_FORMATS.find((f) => f.extensions.includes(ext))?.id ?? null;
}

/** A header value the browser can send: file names outside printable ASCII are left out. */
export const fileNameHeader = (name: string): string | null => (/^[\x20-\x7e]{1,300}$/.test(name) ? name : null);

export interface ReportSummary {
  total: number;
  /** records counted but not listed (the API may list only the first ones) */
  notListed: number;
  text: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function reportSummary(r: LiteratureImportReport): ReportSummary {
  const total = r.created + r.merged + r.unchanged + r.invalid + r.conflicts;
  const notListed = Math.max(0, total - r.records.length);
  const text = `${r.dryRun ? 'Dry run: nothing was written. ' : 'Imported. '}${plural(total, 'record')}: ${r.created} new, ${r.merged} merged, ${r.unchanged} unchanged, ${r.invalid} invalid, ${plural(r.conflicts, 'conflict')}.`;
  return { total, notListed, text };
}

export const STATUS_TEXT: Record<LiteratureImportReport['records'][number]['status'], string> = {
  created: 'new',
  merged: 'merged',
  unchanged: 'unchanged',
  invalid: 'invalid',
  conflict: 'conflict',
};

/** A PubMed query import job (POST/GET /api/v1/literature/import-jobs). Typed here until openapi.json carries it. */
/** What the import screen reads of a PubMed query job (the API's LiteratureImportJob). */
export type ImportJob = Pick<S['LiteratureImportJob'], 'id' | 'query' | 'state' | 'total' | 'fetched' | 'created' | 'merged' | 'invalid'> & { error?: S['LiteratureImportJob']['error'] };

export const jobFinished = (j: ImportJob) => j.state === 'done' || j.state === 'failed' || j.state === 'cancelled';

/** Percent fetched (0 while the total is unknown) and the job's state in words. */
export function jobProgress(j: ImportJob): { percent: number; text: string } {
  // The total is unknown (null) until the job's search has run.
  const percent = j.total ? Math.min(100, Math.round((j.fetched / j.total) * 100)) : j.state === 'done' ? 100 : 0;
  const counts = `${j.created} new, ${j.merged} merged, ${j.invalid} invalid`;
  const of = j.total == null ? `${j.fetched.toLocaleString('en')} records fetched` : `${j.fetched.toLocaleString('en')} of ${j.total.toLocaleString('en')} records fetched`;
  const text: Record<ImportJob['state'], string> = {
    queued: 'Waiting to start.',
    running: `Running: ${of} (${counts}).`,
    done: `Done: ${of} (${counts}).`,
    failed: `Failed after ${of}${j.error ? `: ${j.error}` : '.'}`,
    cancelled: `Cancelled: ${of} (${counts}).`,
  };
  return { percent, text: text[j.state] };
}

export const CITATION_FORMATS: { id: Exclude<CitationFormat, 'apa'>; label: string; ext: string; type: string }[] = [
  { id: 'bibtex', label: 'BibTeX', ext: 'bib', type: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', ext: 'ris', type: 'application/x-research-info-systems' },
  { id: 'csl-json', label: 'CSL-JSON', ext: 'json', type: 'application/vnd.citationstyles.csl+json' },
];

/** The facts of a record citation from its CSL-JSON (the API's "how to cite this record"). */
export function recordCitation(cslJson: string): { title?: string; version?: string; date?: string; url?: string; licence?: string } {
  let items: unknown;
  try {
    items = JSON.parse(cslJson);
  } catch {
    return {};
  }
  const c = (Array.isArray(items) ? items[0] : items) as Record<string, unknown> | undefined;
  if (!c || typeof c !== 'object') return {};
  const parts = (c.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  const date = parts?.length ? parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-') : undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return { title: str(c.title), version: str(c.version), date, url: str(c.URL), licence: str(c.license) };
}

/** The fields a curator edits on the publication page, as typed text. */
export interface PublicationForm {
  title: string;
  journal: string;
  issn: string;
  year: string;
  volume: string;
  issue: string;
  pages: string;
  doi: string;
  pmid: string;
  pmcid: string;
  licence: string;
  keywords: string;
  summary: string;
}

export const PUBLICATION_FIELDS = ['title', 'journal.title', 'journal.issn', 'year', 'volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid', 'licence', 'keywords', 'summary'] as const;

export function formOf(p: Publication): PublicationForm {
  return {
    title: p.title,
    journal: p.journal?.title ?? '',
    issn: p.journal?.issn ?? '',
    year: p.year === null ? '' : String(p.year),
    volume: p.volume ?? '',
    issue: p.issue ?? '',
    pages: p.pages ?? '',
    doi: p.doi ?? '',
    pmid: p.pmid ?? '',
    pmcid: p.pmcid ?? '',
    licence: p.licence ?? '',
    keywords: p.keywords.join('; '),
    summary: p.summary ?? '',
  };
}

/**
 * The PATCH body: only the fields that differ from the publication, emptied fields as null (the
 * API checks the values; a year that is not a number is sent as typed so that its message shows).
 */
export function patchOf(f: PublicationForm, p: Publication): Record<string, unknown> {
  const before = formOf(p);
  const out: Record<string, unknown> = { revision: p.revision };
  const text = (v: string) => (v.trim() ? v.trim() : null);
  for (const k of ['title', 'volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid', 'licence', 'summary'] as const) if (f[k].trim() !== before[k].trim()) out[k] = k === 'title' ? f.title.trim() : text(f[k]);
  if (f.year.trim() !== before.year) out.year = !f.year.trim() ? null : /^\d+$/.test(f.year.trim()) ? Number(f.year.trim()) : f.year.trim();
  if (f.journal.trim() !== before.journal.trim() || f.issn.trim() !== before.issn.trim())
    out.journal = f.journal.trim() ? { title: f.journal.trim(), isoAbbreviation: p.journal?.isoAbbreviation ?? null, issn: text(f.issn) } : null;
  const keywords = f.keywords.split(/[;\n]/).map((k) => k.trim()).filter(Boolean);
  if (keywords.join('\n') !== p.keywords.join('\n')) out.keywords = [...new Set(keywords)];
  return out;
}

/** Facets of the literature search, in the order shown, with their headings. */
export const LITERATURE_FACETS: { facet: string; label: string }[] = [
  { facet: 'publicationType', label: 'Publication type' },
  { facet: 'journal', label: 'Journal' },
  { facet: 'meshHeadings', label: 'MeSH heading' },
  { facet: 'materials', label: 'Material' },
  { facet: 'materialsComposition', label: 'Materials and composition' },
  { facet: 'modelSystem', label: 'Model system' },
  { facet: 'outcomesToxicity', label: 'Outcomes and toxicity' },
  { facet: 'bioactiveCompounds', label: 'Bioactive compounds' },
  { facet: 'manufacturedProduct', label: 'Manufactured product' },
  { facet: 'language', label: 'Language' },
];

export const LITERATURE_PER_PAGE = 20;

/** The literature search state (the URL's, as the materials search keeps it) as the API's query. */
/** The literature page's URL state: the search's, plus the evidence filters a datasheet links with (`concept=`, `reviewed=`). */
export interface LiteratureSearchState extends SearchState {
  concept?: string;
  reviewed?: boolean;
}

const CONCEPT_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** Keeps what is valid of the URL, like the material search's `validateSearch`. */
export function validateLiteratureSearch(raw: Record<string, unknown>): LiteratureSearchState {
  const out: LiteratureSearchState = validateSearch(raw);
  if (typeof raw.concept === 'string' && CONCEPT_ID.test(raw.concept)) out.concept = raw.concept;
  if (raw.reviewed === true || raw.reviewed === 'true') out.reviewed = true;
  else if (raw.reviewed === false || raw.reviewed === 'false') out.reviewed = false;
  return out;
}

export function toLiteratureQuery(s: LiteratureSearchState): LiteratureSearchQuery {
  const filter: Record<string, string> = {};
  for (const [k, values] of Object.entries(s.f ?? {})) filter[k] = values.map(escapeValue).join(',');
  const year = s.r?.year;
  return {
    ...(s.q && { q: s.q }),
    ...(Object.keys(filter).length && { filter }),
    ...(year && { range: { year: rangeParam(year) } }),
    ...(s.sort && { sort: s.sort }),
    ...(s.page && s.page > 1 && { page: s.page }),
    ...(s.concept && { concept: s.concept }),
    ...(s.reviewed !== undefined && { reviewed: s.reviewed ? 'true' : 'false' }),
    perPage: LITERATURE_PER_PAGE,
  };
}

/** The facets of an answer to show: the known ones in their order, then any other (year is a range, not a list). */
export function facetsToShow(distribution: Record<string, Record<string, number>>, selected: Record<string, string[]> = {}): { facet: string; label: string }[] {
  const present = new Set([...Object.keys(distribution).filter((f) => Object.keys(distribution[f]).length), ...Object.keys(selected)]);
  present.delete('year');
  const known = LITERATURE_FACETS.filter((f) => present.has(f.facet));
  const other = [...present].filter((f) => !LITERATURE_FACETS.some((k) => k.facet === f)).sort().map((facet) => ({ facet, label: facet.replace(/^kw-/, '').replace(/[-_.]/g, ' ').replace(/^./, (c) => c.toUpperCase()) }));
  return [...known, ...other];
}
