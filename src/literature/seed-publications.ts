import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonFiles, readSeedMaterials } from '../seed/seed-files';
import { normalizeDoi, normalizeOrcid, normalizePmcid, normalizePmid } from './identifiers';
import { MeshHeading, PublicationAuthor, PublicationContent } from './publication.types';

/** One seed publication: the id to give it when it is new, where it comes from, its content. */
export interface SeedPublication {
  key: string;
  file: string;
  position: number;
  record?: PublicationContent;
  error?: string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => !!s) : []);

function mesh(v: unknown): MeshHeading[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((m): m is Record<string, unknown> => !!m && typeof m === 'object' && typeof (m as { descriptorId?: unknown }).descriptorId === 'string')
    .map((m) => ({
      descriptorId: String(m.descriptorId),
      name: str(m.name) ?? String(m.descriptorId),
      major: m.major === true,
      qualifiers: (Array.isArray(m.qualifiers) ? m.qualifiers : []).map((q: unknown) =>
        typeof q === 'string' ? { name: q, major: false } : { id: str((q as { id?: unknown }).id), name: str((q as { name?: unknown }).name) ?? '', major: (q as { major?: unknown }).major === true },
      ),
    }));
}

/** `seed/literature/*.json` rows (fields close to the schema, `key` our id) as publication content. */
export function literatureRowToContent(r: Record<string, unknown>): PublicationContent | string[] {
  const errors: string[] = [];
  const title = str(r.title);
  if (!title) errors.push('no title');
  const ids = { doi: normalizeDoi(str(r.doi)), pmid: normalizePmid(str(r.pmid)), pmcid: normalizePmcid(str(r.pmcid)) };
  for (const k of ['doi', 'pmid', 'pmcid'] as const) if (str(r[k]) && !ids[k]) errors.push(`"${str(r[k])}" is not a ${k.toUpperCase()}`);
  if (errors.length || !title) return errors;
  const journal = r.journal as { title?: unknown; issn?: unknown; isoAbbreviation?: unknown } | null | undefined;
  return {
    ...ids,
    title,
    abstract: null,
    authors: (Array.isArray(r.authors) ? r.authors : []).map(
      (a: Record<string, unknown>): PublicationAuthor => ({ family: str(a.family), given: str(a.given), literal: str(a.literal), orcid: normalizeOrcid(str(a.orcid)), affiliations: strings(a.affiliations) }),
    ),
    journal: journal && str(journal.title) ? { title: str(journal.title)!, issn: str(journal.issn), isoAbbreviation: str(journal.isoAbbreviation) } : null,
    year: typeof r.year === 'number' ? r.year : null,
    volume: str(r.volume),
    issue: str(r.issue),
    pages: str(r.pages),
    language: str(r.language),
    publicationTypes: strings(r.publicationTypes),
    keywords: strings(r.keywords),
    mesh: mesh(r.mesh),
    licence: str(r.license) ?? str(r.licence),
    materials: strings(r.materials),
    summary: str(r.summary),
  };
}

/** A shared reference of `seed/references/*.json` (articles and chapters with an identifier) as publication content. */
export function referenceToContent(ref: Record<string, unknown>, materials: string[]): PublicationContent | null {
  if (ref.type !== 'article' && ref.type !== 'chapter') return null;
  const ids = { doi: normalizeDoi(str(ref.doi)), pmid: normalizePmid(str(ref.pmid)), pmcid: normalizePmcid(str(ref.pmcid)) };
  const title = str(ref.title);
  if (!title || (!ids.doi && !ids.pmid && !ids.pmcid)) return null;
  const authors = strings(ref.authors).map((name): PublicationAuthor => {
    const comma = name.indexOf(',');
    return comma > 0 ? { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() || null, affiliations: [] } : { literal: name, affiliations: [] };
  });
  return {
    ...ids,
    title,
    abstract: null,
    authors,
    journal: str(ref.container) ? { title: str(ref.container)! } : null,
    year: typeof ref.year === 'number' ? ref.year : null,
    volume: str(ref.volume),
    issue: str(ref.issue),
    pages: str(ref.pages),
    language: null,
    publicationTypes: [ref.type === 'chapter' ? 'Book Chapter' : 'Journal Article'],
    keywords: [],
    mesh: [],
    licence: null,
    materials,
    summary: null,
  };
}

/**
 * Every seed publication: the rows of `seed/literature/*.json`, then the article and chapter
 * references of `seed/references/*.json` linked to the seed materials that cite them. Duplicates
 * (same DOI, PMID or PMCID) merge on import by the merge rule.
 */
export function readSeedPublications(dir: string): SeedPublication[] {
  const out: SeedPublication[] = [];
  const litDir = join(dir, 'literature');
  // A seed folder without literature (a test's own, a catalogue-only seed) has no rows to read.
  for (const file of jsonFiles(litDir)) {
    const rows = JSON.parse(readFileSync(join(litDir, file), 'utf8')) as Record<string, unknown>[];
    rows.forEach((row, i) => {
      const content = literatureRowToContent(row);
      const key = str(row.key) ?? `pub-seed-${file}-${i + 1}`;
      out.push({ key, file: `literature/${file}`, position: out.length + 1, ...(Array.isArray(content) ? { error: content.map((e) => `${file} [${i}] ${key}: ${e}`) } : { record: content }) });
    });
  }
  // References cited by materials, with the slugs that cite them.
  const citing = new Map<string, { ref: Record<string, unknown>; slugs: Set<string> }>();
  for (const { raw } of readSeedMaterials(dir)) {
    for (const ref of (raw.references as Record<string, unknown>[] | undefined) ?? []) {
      const key = String(ref.key);
      const entry = citing.get(key) ?? { ref, slugs: new Set<string>() };
      if (typeof raw.slug === 'string') entry.slugs.add(raw.slug);
      citing.set(key, entry);
    }
  }
  for (const [key, { ref, slugs }] of [...citing].sort(([a], [b]) => a.localeCompare(b))) {
    const record = referenceToContent(ref, [...slugs].sort());
    if (record) out.push({ key: key.replace(/^ref-/, 'pub-'), file: 'references', position: out.length + 1, record });
  }
  return out;
}
