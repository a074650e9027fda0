import { KEYWORD_CATEGORIES, KeywordCategory } from '../../catalogue/material.types';
import { labelOf } from '../../catalogue/material-view';
import { KEYWORD_FACETS } from '../../search/search-schema';
import { meshIdOf } from '../../vocabulary/mesh';
import { ConceptIndex } from '../../vocabulary/vocabulary.service';
import { authorName } from '../publication-view';
import { PublicationRecord, ReviewState } from '../publication.types';

/** A publication in the search index (primary key `id`). */
export interface PublicationDocument {
  id: string;
  /** `search.revision` of the record this document was built from (drift checks compare it). */
  revision: number;
  title: string;
  /** The abstract's sections as one text, or our own summary when no abstract is held. */
  abstract: string;
  /** Every author's display name ("Family, Given"). */
  authors: string[];
  journal: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  publicationTypes: string[];
  keywords: string[];
  meshHeadings: string[];
  language: string | null;
  /** Linked published materials (hits show them); slugs for the facet, names for full text. */
  materials: { slug: string; name: string }[];
  materialSlugs: string[];
  materialNames: string[];
  /** Label facets by category name (materialsComposition, ...): concept labels. */
  labels: Partial<Record<string, string[]>>;
  /** The concept ids of the publication's labels (every scheme): the `concept` filter, as the evidence summary counts them. */
  labelIds: string[];
  /** Where the curators' review of its annotations stands: the `reviewed` filter. */
  reviewState: ReviewState;
}

const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];
const CATEGORIES = new Set<string>(KEYWORD_CATEGORIES);

const meshMaps = new WeakMap<ConceptIndex, Map<string, string[]>>();

/**
 * Concepts of the five label schemes by the MeSH descriptor id of their exactMatch / closeMatch
 * (`http://id.nlm.nih.gov/mesh/D...`), built once per vocabulary snapshot.
 */
export function labelConceptsByMesh(index: ConceptIndex): Map<string, string[]> {
  let map = meshMaps.get(index);
  if (!map) {
    map = new Map();
    for (const c of index.values()) {
      if (!CATEGORIES.has(c.scheme)) continue;
      for (const uri of [...(c.exactMatch ?? []), ...(c.closeMatch ?? [])]) {
        const id = meshIdOf(uri);
        if (id) map.set(id, unique([...(map.get(id) ?? []), c._id]));
      }
    }
    meshMaps.set(index, map);
  }
  return map;
}

/**
 * The label facets of a publication: its labels in the five keyword schemes, and the concepts of
 * those schemes that its MeSH headings match (exactMatch / closeMatch), as concept labels.
 */
export function labelFacets(record: Pick<PublicationRecord, 'labels' | 'mesh'>, index: ConceptIndex): Partial<Record<string, string[]>> {
  const byMesh = labelConceptsByMesh(index);
  const ids = [...(record.labels ?? []).map((l) => l.conceptId), ...(record.mesh ?? []).flatMap((m) => byMesh.get(m.descriptorId) ?? [])];
  const out: Partial<Record<string, string[]>> = {};
  for (const id of ids) {
    const scheme = index.get(id)?.scheme;
    if (!scheme || !CATEGORIES.has(scheme)) continue;
    const facet = KEYWORD_FACETS[scheme as KeywordCategory];
    out[facet] = unique([...(out[facet] ?? []), labelOf(index, id)]);
  }
  return out;
}

/** The search document of a publication; `materialNames` holds the names of the published materials (others are left out). */
export function toPublicationDocument(record: PublicationRecord, materialNames: ReadonlyMap<string, string>, index: ConceptIndex): PublicationDocument {
  const sections = record.abstract?.sections ?? [];
  const abstract = sections.length ? sections.map((s) => s.text).join(' ') : (record.summary ?? '');
  const materials = (record.materials ?? []).filter((slug) => materialNames.has(slug)).map((slug) => ({ slug, name: materialNames.get(slug)! }));
  return {
    id: record._id,
    revision: record.search?.revision ?? 0,
    title: record.title,
    abstract,
    authors: (record.authors ?? []).map(authorName).filter(Boolean),
    journal: record.journal?.title ?? null,
    year: record.year ?? null,
    doi: record.doi ?? null,
    pmid: record.pmid ?? null,
    publicationTypes: record.publicationTypes ?? [],
    keywords: record.keywords ?? [],
    meshHeadings: unique((record.mesh ?? []).map((m) => m.name)),
    language: record.language ?? null,
    materials,
    materialSlugs: materials.map((m) => m.slug),
    materialNames: materials.map((m) => m.name),
    labels: labelFacets(record, index),
    labelIds: unique((record.labels ?? []).map((l) => l.conceptId)),
    reviewState: record.review?.state ?? 'unreviewed',
  };
}
