import { ProblemFieldError } from '../../common/problem/problem';
import { LiteratureReference } from '../material.types';

/**
 * The reference rule: every source of a value is citable. Scholarly works (article, chapter, book)
 * carry authors, year, title, container and a DOI, PMID or ISBN; a standard its number; a maker's
 * datasheet, a regulator's entry or a web page a link to its owner's own site. A link may point only
 * at a publisher, maker, standards body, regulator or open repository (the host list), never at a
 * copy of a work on a mirror, proxy, file-sharing or aggregator site (the deny list).
 */
export type HostKind = 'publisher' | 'maker' | 'standards-body' | 'regulator' | 'open-repository';
export interface HostEntry {
  kind: HostKind;
  name: string;
}
export interface HostPolicy {
  allowed: ReadonlyMap<string, HostEntry>;
  /** Hosts known to carry copies: a link to one is refused wherever it comes from. */
  denied: ReadonlyMap<string, string>;
}

export const HOST_KINDS: readonly HostKind[] = ['publisher', 'maker', 'standards-body', 'regulator', 'open-repository'];

/** Which host kinds each link-bearing type may point at. */
const LINK_KINDS: Record<string, readonly HostKind[]> = {
  article: HOST_KINDS,
  chapter: HOST_KINDS,
  book: HOST_KINDS,
  standard: ['standards-body', 'publisher', 'regulator'],
  datasheet: ['maker'],
  regulatory: ['regulator'],
  web: HOST_KINDS,
};

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The entry of `host` or of the nearest parent domain listed (`pubs.acs.org` -> `acs.org`). */
export function lookupHost<T>(host: string, list: ReadonlyMap<string, T>): T | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const hit = list.get(h);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export type FindingCode =
  | 'missing-type'
  | 'missing-title'
  | 'missing-authors'
  | 'missing-year'
  | 'missing-container'
  | 'missing-identifier'
  | 'missing-standard'
  | 'missing-url'
  | 'publication-as-web'
  | 'invalid-url'
  | 'denied-host'
  | 'unknown-host'
  | 'wrong-host-kind'
  | 'invalid-identifier';

export interface ReferenceFinding extends ProblemFieldError {
  code: FindingCode;
}

/**
 * Findings the API lets a curator save with a warning (a maker's site we have not listed yet):
 * the seed test and `npm run data:check` still fail on them, so they never reach the shipped data.
 */
export const WARNING_CODES: ReadonlySet<FindingCode> = new Set(['unknown-host', 'wrong-host-kind']);

/** What is wrong with one reference; paths are relative to it (`doi`, `url`, `authors`...). */
export function referenceFindings(ref: LiteratureReference, policy: HostPolicy): ReferenceFinding[] {
  const out: ReferenceFinding[] = [];
  const hard = (code: FindingCode, path: string, message: string) => out.push({ code, path, message });
  const type = ref.type ?? null;
  const scholarly = type === 'article' || type === 'chapter' || type === 'book';
  if (!type) hard('missing-type', 'type', 'say what kind of source this is: article, chapter, book, standard, datasheet, regulatory or web');
  if (!ref.title?.trim()) hard('missing-title', 'title', 'a reference needs its title');
  if (scholarly) {
    if (!ref.authors?.length) hard('missing-authors', 'authors', `a${type === 'article' ? 'n article' : ` ${type}`} needs its authors`);
    if (!ref.year) hard('missing-year', 'year', 'needs the year it was published');
    if (type !== 'book' && !ref.container?.trim()) hard('missing-container', 'container', type === 'article' ? 'needs the journal' : 'needs the book it is part of');
    if (!ref.doi && !ref.pmid && !ref.isbn) hard('missing-identifier', 'doi', 'needs a DOI, a PMID or an ISBN, so that readers can find the original');
  }
  if (type === 'standard' && !ref.standard?.trim()) hard('missing-standard', 'standard', 'a standard needs its number (e.g. ASTM F136-13)');
  if ((type === 'datasheet' || type === 'regulatory' || type === 'web') && !ref.url) hard('missing-url', 'url', `a ${type === 'web' ? 'web page' : type === 'regulatory' ? 'regulatory entry' : 'datasheet'} needs the link to its owner's page`);
  if ((type === 'datasheet' || type === 'regulatory' || type === 'web' || type === 'standard') && !ref.container?.trim()) {
    hard('missing-container', 'container', type === 'datasheet' ? 'needs the maker' : type === 'regulatory' ? 'needs the regulator' : type === 'standard' ? 'needs the standards body' : 'needs who publishes the page');
  }
  if (type === 'web' && !ref.doi && !ref.pmid && !ref.isbn) {
    // Web pages are for sources that are not publications; a publication is cited as one.
    const host = ref.url ? hostOf(ref.url) : null;
    const entry = host ? lookupHost(host, policy.allowed) : undefined;
    if (entry?.kind === 'open-repository' || entry?.kind === 'publisher') hard('publication-as-web', 'type', 'this link is a publication on a publisher or repository site: cite it as an article, chapter or book with its DOI, PMID or ISBN');
  }
  if (ref.url) {
    const host = hostOf(ref.url);
    if (!host) hard('invalid-url', 'url', 'is not a valid link');
    else {
      const denied = lookupHost(host, policy.denied);
      const entry = lookupHost(host, policy.allowed);
      if (denied !== undefined) hard('denied-host', 'url', `${host} carries copies (${denied}); link the original (the DOI, or the publisher's or maker's own page) instead`);
      else if (!entry) hard('unknown-host', 'url', `${host} is not a publisher, maker, standards body, regulator or open repository we know; link the original, or ask an admin to add the host`);
      else if (type && !LINK_KINDS[type].includes(entry.kind)) hard('wrong-host-kind', 'url', `a ${type} links to a ${LINK_KINDS[type].join(' or ')} site; ${host} is a ${entry.kind} (${entry.name})`);
    }
  }
  if (ref.doi && !/^10\.\d{4,9}\/\S+$/.test(ref.doi)) hard('invalid-identifier', 'doi', 'does not look like a DOI (10.xxxx/...)');
  if (ref.pmid && !/^\d{1,9}$/.test(ref.pmid)) hard('invalid-identifier', 'pmid', 'must be digits');
  return out;
}

/** A policy from host-list documents (`seed/hosts/*.json`): `{ host: { kind, name } }`, and the deny list. */
export function hostPolicy(allowedDocs: Record<string, HostEntry>[], denied: Record<string, string> = {}): HostPolicy {
  const allowed = new Map<string, HostEntry>();
  for (const doc of allowedDocs) {
    for (const [host, entry] of Object.entries(doc)) {
      if (!HOST_KINDS.includes(entry.kind)) throw new Error(`host ${host}: kind must be one of ${HOST_KINDS.join(', ')}`);
      allowed.set(host.toLowerCase().replace(/^www\./, ''), entry);
    }
  }
  return { allowed, denied: new Map(Object.entries(denied).map(([h, why]) => [h.toLowerCase().replace(/^www\./, ''), why])) };
}
