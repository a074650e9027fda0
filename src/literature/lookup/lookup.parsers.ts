/**
 * Pure parsers of the two record formats the lookup reads: a Crossref REST `works` message and an
 * NCBI E-utilities `esummary` (PubMed, JSON) document. Each gives a reference in our shape
 * (authors "Family, Initials"), facts only: titles and names as the registries hold them.
 */
export interface LookedUpReference {
  type: 'article' | 'chapter' | 'book';
  title: string;
  authors: string[];
  year: number | null;
  container: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  publisher: string | null;
  doi: string | null;
  pmid: string | null;
  pmcid: string | null;
  isbn: string | null;
  url: string | null;
}

const clean = (s: unknown): string | null => (typeof s === 'string' && s.trim() ? s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : null);
const initials = (given: string) =>
  given
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((g) => g[0].toUpperCase())
    .join('');

interface CrossrefMessage {
  DOI?: string;
  type?: string;
  title?: string[];
  author?: { given?: string; family?: string; name?: string }[];
  'container-title'?: string[];
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  ISBN?: string[];
  issued?: { 'date-parts'?: (number | null)[][] };
  published?: { 'date-parts'?: (number | null)[][] };
}

export function fromCrossref(body: { status?: string; message?: CrossrefMessage }): LookedUpReference | null {
  const m = body?.message;
  const title = clean(m?.title?.[0]);
  if (!m || !title) return null;
  const type = m.type === 'book-chapter' ? 'chapter' : m.type === 'book' || m.type === 'monograph' || m.type === 'edited-book' ? 'book' : 'article';
  const year = (m.issued?.['date-parts']?.[0]?.[0] ?? m.published?.['date-parts']?.[0]?.[0]) || null;
  return {
    type,
    title,
    authors: (m.author ?? []).map((a) => (a.family ? `${a.family}${a.given ? `, ${initials(a.given)}` : ''}` : (a.name ?? ''))).filter(Boolean),
    year: typeof year === 'number' ? year : null,
    container: clean(m['container-title']?.[0]),
    volume: clean(m.volume),
    issue: clean(m.issue),
    pages: clean(m.page),
    publisher: clean(m.publisher),
    doi: m.DOI ? m.DOI.toLowerCase() : null,
    pmid: null,
    pmcid: null,
    isbn: clean(m.ISBN?.[0]),
    url: m.DOI ? `https://doi.org/${m.DOI}` : null,
  };
}

interface EsummaryArticle {
  uid?: string;
  title?: string;
  authors?: { name?: string; authtype?: string }[];
  pubdate?: string;
  source?: string;
  fulljournalname?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  articleids?: { idtype?: string; value?: string }[];
  error?: string;
}

/** A PubMed esummary author ("Smith JA") as "Smith, JA". */
const pubmedAuthor = (name: string) => {
  const m = /^(.*\S)\s+([A-Z]{1,4})$/.exec(name.trim());
  return m ? `${m[1]}, ${m[2]}` : name.trim();
};

export function fromEsummary(body: { result?: Record<string, unknown> & { uids?: string[] } }, pmid: string): LookedUpReference | null {
  const a = body?.result?.[pmid] as EsummaryArticle | undefined;
  const title = clean(a?.title)?.replace(/\.$/, '') ?? null;
  if (!a || a.error || !title) return null;
  const id = (type: string) => a.articleids?.find((x) => x.idtype === type)?.value ?? null;
  const year = Number(/\b(\d{4})\b/.exec(a.pubdate ?? '')?.[1]);
  const doi = id('doi');
  return {
    type: 'article',
    title,
    authors: (a.authors ?? []).filter((x) => !x.authtype || x.authtype === 'Author').map((x) => pubmedAuthor(x.name ?? '')).filter(Boolean),
    year: Number.isFinite(year) && year > 0 ? year : null,
    container: clean(a.fulljournalname) ?? clean(a.source),
    volume: clean(a.volume),
    issue: clean(a.issue),
    pages: clean(a.pages),
    publisher: null,
    doi: doi ? doi.toLowerCase() : null,
    pmid,
    pmcid: id('pmc') ?? id('pmcid')?.replace(/^pmc-id:\s*/i, '').replace(/;.*$/, '') ?? null,
    isbn: null,
    url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
  };
}
