import { MeshHeading, ProvenanceEntry, PublicationAuthor, PublicationContent } from './publication.types';

/** The stored records an incoming record's identifiers point at (each null when none). */
export interface IdentifierMatches {
  byDoi: string | null;
  byPmid: string | null;
  byPmcid: string | null;
}

export type MatchDecision = { kind: 'create' } | { kind: 'merge'; id: string } | { kind: 'conflict'; ids: string[]; message: string };

/**
 * The merge rule: match by DOI, else PMID, else PMCID. When the identifiers point at different
 * records the record is a conflict (reported, never guessed).
 */
export function decideMatch(m: IdentifierMatches): MatchDecision {
  const found = [m.byDoi, m.byPmid, m.byPmcid].filter((x): x is string => !!x);
  const ids = [...new Set(found)];
  if (ids.length === 0) return { kind: 'create' };
  if (ids.length > 1) {
    const parts = [m.byDoi && `its DOI matches ${m.byDoi}`, m.byPmid && `its PMID matches ${m.byPmid}`, m.byPmcid && `its PMCID matches ${m.byPmcid}`].filter(Boolean);
    return { kind: 'conflict', ids, message: `The identifiers point at different publications: ${parts.join(', ')}.` };
  }
  return { kind: 'merge', id: ids[0] };
}

/** An identifier both records carry with different values: the same work cannot have two. */
export function identifierClash(existing: PublicationContent, incoming: PublicationContent): string | null {
  for (const key of ['doi', 'pmid', 'pmcid'] as const) {
    const a = existing[key];
    const b = incoming[key];
    if (a && b && a !== b) return `The matching publication has ${key.toUpperCase()} ${a}, the record has ${b}.`;
  }
  return null;
}

const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

const SCALARS = ['doi', 'pmid', 'pmcid', 'title', 'year', 'volume', 'issue', 'pages', 'language', 'licence', 'summary', 'abstract', 'journal'] as const;

function unionStrings(a: string[], b: string[]): string[] {
  const out = [...a];
  const seen = new Set(a.map((s) => s.toLowerCase()));
  for (const s of b) if (!seen.has(s.toLowerCase())) (seen.add(s.toLowerCase()), out.push(s));
  return out;
}

function unionMesh(a: MeshHeading[], b: MeshHeading[]): MeshHeading[] {
  const out = a.map((h) => ({ ...h, qualifiers: [...h.qualifiers] }));
  for (const h of b) {
    const have = out.find((x) => x.descriptorId === h.descriptorId);
    if (!have) {
      out.push(h);
      continue;
    }
    if (h.major && !have.major) have.major = true;
    for (const q of h.qualifiers) if (!have.qualifiers.some((x) => x.name.toLowerCase() === q.name.toLowerCase())) have.qualifiers.push(q);
  }
  return out;
}

/** Authors: kept as they are; an empty list is filled, and ORCID iDs and affiliations fill in by position when the names agree. */
function mergeAuthors(a: PublicationAuthor[], b: PublicationAuthor[]): PublicationAuthor[] {
  if (a.length === 0) return b;
  return a.map((x, i) => {
    const y = b[i];
    const same = y && ((x.family && y.family && x.family.toLowerCase() === y.family.toLowerCase()) || (x.literal && x.literal === y.literal));
    if (!same) return x;
    return {
      ...x,
      given: x.given || y.given || x.given,
      orcid: x.orcid || y.orcid || x.orcid,
      affiliations: unionStrings(x.affiliations ?? [], y.affiliations ?? []),
    };
  });
}

export const provenanceKey = (p: Pick<ProvenanceEntry, 'format' | 'file' | 'query'>) => `${p.format}|${p.file ?? ''}|${p.query ?? ''}`;

export interface MergeResult<T extends PublicationContent> {
  merged: T;
  /** Top-level fields that changed. */
  changed: string[];
}

/**
 * Fills what the stored record lacks and unions the lists (MeSH, keywords, publication types,
 * materials, provenance); never removes or overwrites a value that is there.
 */
export function mergeContent<T extends PublicationContent & { provenance?: ProvenanceEntry[] }>(existing: T, incoming: PublicationContent & { provenance?: ProvenanceEntry[] }): MergeResult<T> {
  const merged = { ...existing } as T;
  const changed: string[] = [];
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    if (JSON.stringify(existing[key] ?? null) !== JSON.stringify(value ?? null)) {
      merged[key] = value;
      changed.push(String(key));
    }
  };
  for (const key of SCALARS) {
    if (empty(existing[key]) && !empty(incoming[key])) set(key, incoming[key] as T[typeof key]);
  }
  if (existing.journal && incoming.journal) {
    const j = { ...existing.journal };
    if (!j.issn && incoming.journal.issn) j.issn = incoming.journal.issn;
    if (!j.isoAbbreviation && incoming.journal.isoAbbreviation) j.isoAbbreviation = incoming.journal.isoAbbreviation;
    set('journal', j as T['journal']);
  }
  set('authors', mergeAuthors(existing.authors ?? [], incoming.authors ?? []) as T['authors']);
  set('mesh', unionMesh(existing.mesh ?? [], incoming.mesh ?? []) as T['mesh']);
  set('keywords', unionStrings(existing.keywords ?? [], incoming.keywords ?? []) as T['keywords']);
  set('publicationTypes', unionStrings(existing.publicationTypes ?? [], incoming.publicationTypes ?? []) as T['publicationTypes']);
  set('materials', unionStrings(existing.materials ?? [], incoming.materials ?? []) as T['materials']);
  if (incoming.provenance?.length) {
    const have = new Set((existing.provenance ?? []).map(provenanceKey));
    const add = incoming.provenance.filter((p) => !have.has(provenanceKey(p)));
    if (add.length) set('provenance', [...(existing.provenance ?? []), ...add] as T['provenance']);
  }
  return { merged, changed };
}
