import { EntityType, SCHEME_TYPES } from '../engine/types';

/** The web literature search's address (web/src/literature): `f` is the facet state, `concept` and `reviewed` its evidence filters. */
export const WEB_LITERATURE_SEARCH = '/literature';

/**
 * The web literature-search URL of the reviewed publications linked to `material` (and labelled with
 * `concept` when given). The page sends these as `filter[materials]=`, `concept=` and `reviewed=true`
 * to GET /api/v1/literature/search, whose total is the number shown next to the link.
 */
export function evidenceSearchUrl(material: string, concept?: string): string {
  const params = new URLSearchParams();
  params.set('f', JSON.stringify({ materials: [material] }));
  if (concept) params.set('concept', concept);
  params.set('reviewed', 'true');
  return `${WEB_LITERATURE_SEARCH}?${params.toString()}`;
}

/** The groups of the summary, in the order a datasheet shows them, with their headings. */
export const EVIDENCE_GROUPS: readonly { type: EntityType; label: string }[] = [
  { type: 'EffectOnBiologicalSystem', label: 'Outcomes' },
  { type: 'AdverseEffects', label: 'Adverse effects' },
  { type: 'Tissue', label: 'Tissues' },
  { type: 'Cell', label: 'Cells' },
  { type: 'Species', label: 'Species' },
  { type: 'AssociatedBiologicalProcess', label: 'Biological processes' },
  { type: 'BiologicallyActiveSubstance', label: 'Bioactive substances' },
  { type: 'MedicalApplication', label: 'Medical applications' },
  { type: 'ManufacturedObject', label: 'Devices and products' },
  { type: 'ManufacturedObjectComponent', label: 'Device components' },
  { type: 'ManufacturedObjectFeatures', label: 'Device features' },
  { type: 'StudyType', label: 'Study types' },
  { type: 'ResearchTechnique', label: 'Research techniques' },
  { type: 'MaterialProcessing', label: 'Processing' },
  { type: 'Structure', label: 'Structure and form' },
  { type: 'DegradationFeatures', label: 'Degradation' },
  { type: 'Biomaterial', label: 'Other materials' },
  { type: 'BiomaterialType', label: 'Material classes' },
];

export interface EvidenceItem {
  conceptId: string;
  label: string;
  publications: number;
  searchUrl: string;
}

export interface EvidenceGroup {
  type: EntityType;
  label: string;
  items: EvidenceItem[];
}

export interface EvidenceSummary {
  reviewedPublications: number;
  /** The literature search of all the reviewed publications counted. */
  searchUrl: string;
  groups: EvidenceGroup[];
}

export interface ReviewedPublication {
  _id: string;
  labels?: { conceptId: string; scheme?: string | null }[];
}

/**
 * Counts the reviewed publications linked to a material by the concepts they are labelled with,
 * grouped by the entity type of each label's scheme (SCHEME_TYPES; labels of other schemes are left
 * out). A publication counts once per concept. `own` are the material's own concepts (its
 * kw-materials-composition keywords), which every publication of it would repeat.
 */
export function evidenceSummary(
  material: string,
  publications: readonly ReviewedPublication[],
  concept: (id: string) => { label: string; scheme?: string } | undefined,
  own: ReadonlySet<string> = new Set(),
): EvidenceSummary {
  const counts = new Map<EntityType, Map<string, number>>();
  for (const p of publications) {
    const seen = new Set<string>();
    for (const l of p.labels ?? []) {
      if (seen.has(l.conceptId) || own.has(l.conceptId)) continue;
      seen.add(l.conceptId);
      const type = SCHEME_TYPES[l.scheme ?? concept(l.conceptId)?.scheme ?? ''];
      if (!type) continue;
      const byConcept = counts.get(type) ?? new Map<string, number>();
      byConcept.set(l.conceptId, (byConcept.get(l.conceptId) ?? 0) + 1);
      counts.set(type, byConcept);
    }
  }
  const groups: EvidenceGroup[] = [];
  for (const g of EVIDENCE_GROUPS) {
    const byConcept = counts.get(g.type);
    if (!byConcept) continue;
    const items = [...byConcept]
      .map(([conceptId, n]) => ({ conceptId, label: concept(conceptId)?.label ?? conceptId, publications: n, searchUrl: evidenceSearchUrl(material, conceptId) }))
      .sort((a, b) => b.publications - a.publications || a.label.localeCompare(b.label, 'en'));
    groups.push({ type: g.type, label: g.label, items });
  }
  return { reviewedPublications: publications.length, searchUrl: evidenceSearchUrl(material), groups };
}
