import { PublicationAuthor, PublicationRecord } from './publication.types';

export const authorName = (a: PublicationAuthor): string => (a.family ? (a.given ? `${a.family}, ${a.given}` : a.family) : (a.literal ?? a.given ?? ''));

const iso = (d: Date | string) => new Date(d).toISOString();

/** The public shape of a publication (component `Publication`). */
export function toPublicationView(r: PublicationRecord) {
  return {
    id: r._id,
    doi: r.doi ?? null,
    pmid: r.pmid ?? null,
    pmcid: r.pmcid ?? null,
    title: r.title,
    abstract: r.abstract ?? null,
    authors: (r.authors ?? []).map((a) => ({ family: a.family ?? null, given: a.given ?? null, literal: a.literal ?? null, orcid: a.orcid ?? null, affiliations: a.affiliations ?? [] })),
    journal: r.journal ? { title: r.journal.title, isoAbbreviation: r.journal.isoAbbreviation ?? null, issn: r.journal.issn ?? null } : null,
    year: r.year ?? null,
    volume: r.volume ?? null,
    issue: r.issue ?? null,
    pages: r.pages ?? null,
    language: r.language ?? null,
    publicationTypes: r.publicationTypes ?? [],
    keywords: r.keywords ?? [],
    mesh: (r.mesh ?? []).map((m) => ({ descriptorId: m.descriptorId, name: m.name, major: !!m.major, qualifiers: (m.qualifiers ?? []).map((q) => ({ id: q.id ?? null, name: q.name, major: !!q.major })) })),
    licence: r.licence ?? null,
    materials: r.materials ?? [],
    labels: r.labels ?? [],
    summary: r.summary ?? null,
    provenance: (r.provenance ?? []).map((p) => ({ importId: p.importId, format: p.format, file: p.file ?? null, query: p.query ?? null, by: p.by, at: iso(p.at) })),
    retired: !!r.retired,
    revision: r.revision,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}
export type PublicationView = ReturnType<typeof toPublicationView>;

/** A publication in lists (component `PublicationSummary`). */
export function toPublicationSummary(r: Pick<PublicationRecord, '_id' | 'doi' | 'pmid' | 'pmcid' | 'title' | 'authors' | 'journal' | 'year' | 'volume' | 'issue' | 'pages' | 'publicationTypes' | 'materials'>) {
  return {
    id: r._id,
    doi: r.doi ?? null,
    pmid: r.pmid ?? null,
    pmcid: r.pmcid ?? null,
    title: r.title,
    authors: (r.authors ?? []).map(authorName),
    journal: r.journal?.title ?? null,
    year: r.year ?? null,
    volume: r.volume ?? null,
    issue: r.issue ?? null,
    pages: r.pages ?? null,
    publicationTypes: r.publicationTypes ?? [],
    materials: r.materials ?? [],
  };
}
export type PublicationSummary = ReturnType<typeof toPublicationSummary>;
