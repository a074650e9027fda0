import { LiteratureReference, MaterialContent, PropertyValue } from '../../catalogue/material.types';
import { converterTo } from '../../catalogue/units/unit-normalizer';
import { referenceFindings, HostPolicy, WARNING_CODES } from '../../catalogue/references/reference-rules';
import { ProblemFieldError } from '../../common/problem/problem';
import { authorName } from '../../literature/publication-view';
import { PublicationRecord } from '../../literature/publication.types';
import { PROPERTY_SCHEME } from '../engine/types';

/** One value read from a publication, as a curator confirmed it. */
export interface EvidenceValue {
  propertyType: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  conditions?: string;
  method?: string;
}

export interface PropertyTypeConcept {
  scheme: string;
  prefLabel: Record<string, string>;
  quantity?: { canonicalUnit: string } | null;
}

/**
 * What is wrong with a value before it goes anywhere: the type must be a property type with a
 * canonical unit, the unit must measure what that type measures (the catalogue's mathjs unit code),
 * and it is a value or a range. Paths are the request's fields.
 */
export function evidenceValueProblems(v: EvidenceValue, type: PropertyTypeConcept | undefined): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const has = (n: unknown) => typeof n === 'number';
  if (!type) errors.push({ path: 'propertyType', message: `there is no concept "${v.propertyType}"` });
  else if (type.scheme !== PROPERTY_SCHEME) errors.push({ path: 'propertyType', message: `"${v.propertyType}" is not a property type (it is in ${type.scheme})` });
  else if (!type.quantity) errors.push({ path: 'propertyType', message: `"${v.propertyType}" has no canonical unit, so no value can be recorded for it` });
  else {
    const conv = converterTo(type.quantity.canonicalUnit, v.unit);
    if (!conv.ok) errors.push({ path: 'unit', message: `${conv.message} (${type.prefLabel.en ?? v.propertyType} is measured in ${type.quantity.canonicalUnit})` });
  }
  if (has(v.value) && (has(v.min) || has(v.max))) errors.push({ path: 'value', message: 'give either value or min and max, not both' });
  else if (!has(v.value) && !(has(v.min) && has(v.max))) errors.push({ path: 'value', message: 'give a value, or both min and max' });
  else if (has(v.min) && has(v.max) && v.min! > v.max!) errors.push({ path: 'min', message: 'min must not exceed max' });
  return errors;
}

type Citable = Pick<PublicationRecord, '_id' | 'doi' | 'pmid' | 'pmcid' | 'title' | 'authors' | 'journal' | 'year' | 'volume' | 'issue' | 'pages'>;

/** The publication as a reference of a material record (type article, its identifiers and its publication id). */
export function referenceFromPublication(p: Citable, key: string): LiteratureReference {
  return {
    key,
    type: 'article',
    title: p.title,
    authors: (p.authors ?? []).map(authorName).filter(Boolean),
    year: p.year ?? null,
    container: p.journal?.title ?? null,
    volume: p.volume ?? null,
    issue: p.issue ?? null,
    pages: p.pages ?? null,
    doi: p.doi ?? null,
    pmid: p.pmid ?? null,
    pmcid: p.pmcid ?? null,
    publicationId: p._id,
  };
}

/** The reference key a publication gets in a record: `ref-<publication id>`, cut to the key's 80 characters and made unique. */
function newKey(p: Citable, taken: ReadonlySet<string>): string {
  const base = `ref-${p._id}`.slice(0, 76).replace(/[^A-Za-z0-9._-]/g, '-');
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The reference of the record that already cites this publication: by publication id, else DOI, else PMID. */
export function existingReference(refs: readonly LiteratureReference[], p: Citable): LiteratureReference | undefined {
  return (
    refs.find((r) => r.publicationId === p._id) ??
    (p.doi ? refs.find((r) => r.doi?.toLowerCase() === p.doi!.toLowerCase()) : undefined) ??
    (p.pmid ? refs.find((r) => r.pmid === p.pmid) : undefined)
  );
}

export type EvidenceContent = { ok: true; content: MaterialContent; referenceKey: string; reused: boolean } | { ok: false; errors: ProblemFieldError[] };

/**
 * The record's content with the value added, its reference being the publication: an existing
 * reference of it is reused (and given the publication id when it lacked one), else a new one is
 * added, which must pass the reference rule (a publication without authors, year, journal or an
 * identifier cannot be cited yet).
 */
export function withEvidence(content: MaterialContent, v: EvidenceValue, p: Citable, hosts: HostPolicy): EvidenceContent {
  const refs = content.references ?? [];
  const found = existingReference(refs, p);
  let references = refs;
  let key: string;
  if (found) {
    key = found.key;
    if (!found.publicationId) references = refs.map((r) => (r === found ? { ...r, publicationId: p._id } : r));
  } else {
    key = newKey(p, new Set(refs.map((r) => r.key)));
    const ref = referenceFromPublication(p, key);
    const hard = referenceFindings(ref, hosts).filter((f) => !WARNING_CODES.has(f.code));
    if (hard.length) return { ok: false, errors: hard.map((f) => ({ path: 'publicationId', message: `the publication cannot be cited yet (${f.path}: ${f.message}); complete its record first` })) };
    references = [...refs, ref];
  }
  const value: PropertyValue = {
    type: v.propertyType,
    ...(typeof v.value === 'number' ? { value: v.value } : { min: v.min, max: v.max }),
    unit: v.unit.trim(),
    conditions: v.conditions?.trim() || null,
    method: v.method?.trim() || null,
    reference: key,
  };
  return { ok: true, content: { ...content, properties: [...(content.properties ?? []), value], references }, referenceKey: key, reused: !!found };
}
