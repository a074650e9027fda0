import { stableStringify as stable } from '../common/stable-json';
import {
  BiocompatibilityResult,
  CompositionEntry,
  KEYWORD_CATEGORIES,
  LiteratureReference,
  MaterialContent,
  PropertyValue,
  RegulatoryEntry,
  Sustainability,
} from './material.types';

/**
 * What changed between two versions of a material's content, as a reviewer reads it: field by
 * field, property values matched by their identity (type, reference, conditions) so that a changed
 * value shows as before -> after and not as "remove" + "add", every removal marked. The same
 * changes serve the review page, the version comparison and the import dry run.
 */
export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeSection = 'identity' | 'lists' | 'keywords' | 'composition' | 'properties' | 'biocompatibility' | 'regulatory' | 'sustainability' | 'references';
type Element = PropertyValue | CompositionEntry | BiocompatibilityResult | RegulatoryEntry | LiteratureReference;

export interface ContentChange {
  section: ChangeSection;
  /** `name`, `synonyms`, `kw-outcomes-toxicity`, `properties`, `sustainability.origin`... */
  field: string;
  kind: ChangeKind;
  /** What the change is about in words: the field, the property type or concept label, the reference title. */
  label: string;
  /** The changed thing as text: a value with its unit and conditions, a concept's label... */
  beforeText: string | null;
  afterText: string | null;
  before?: string | number | null | Element;
  after?: string | number | null | Element;
}

/** How things are named for people (labels of concept ids). */
export type Labeller = (conceptId: string) => string;

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  summary: 'Summary',
  class: 'Class',
  casNumber: 'CAS number',
  synonyms: 'Synonyms',
  tradeNames: 'Trade names',
  standards: 'Standards',
  forms: 'Forms',
  applications: 'Applications',
  origin: 'Origin',
  disposal: 'Disposal',
  reusability: 'Reusability',
  carbonFootprintKgCo2ePerKg: 'Carbon footprint (kg CO2e/kg)',
  reference: 'Source',
};
const CONCEPT_LISTS = new Set(['forms', 'applications']);
/** The five BIOMATDB label categories, as the datasheet names them. */
export const KEYWORD_CATEGORY_LABELS: Record<(typeof KEYWORD_CATEGORIES)[number], string> = {
  'kw-materials-composition': 'Materials and material composition',
  'kw-model-system': 'Model system',
  'kw-outcomes-toxicity': 'Outcomes and toxicity',
  'kw-bioactive-compounds': 'Bioactive compounds',
  'kw-manufactured-product': 'Manufactured product',
};

/** The identity a merge and a diff match elements by; the README states these rules. */
export const elementKey = {
  properties: (p: PropertyValue) => `${p.type}|${p.reference}|${(p.conditions ?? '').trim().toLowerCase()}`,
  composition: (c: CompositionEntry) => c.component.trim().toLowerCase(),
  biocompatibility: (b: BiocompatibilityResult) => `${b.endpoint}|${b.model}|${b.reference}`,
  regulatory: (r: RegulatoryEntry) => `${r.region}|${r.pathway}|${(r.identifier ?? '').trim().toUpperCase()}`,
  references: (r: LiteratureReference) => r.key,
};

const num = (n: number) => Number(n.toPrecision(6)).toString();
export function rangeText(r: { value?: number | null; min?: number | null; max?: number | null }): string {
  if (typeof r.value === 'number') return num(r.value);
  if (typeof r.min === 'number' && typeof r.max === 'number') return `${num(r.min)}–${num(r.max)}`;
  if (typeof r.min === 'number') return `≥ ${num(r.min)}`;
  if (typeof r.max === 'number') return `≤ ${num(r.max)}`;
  return '';
}

function elementText(section: ChangeSection, e: Element, label: Labeller): string {
  switch (section) {
    case 'properties': {
      const p = e as PropertyValue;
      return [`${rangeText(p)} ${p.unit}`.trim(), p.conditions, p.method && `method: ${p.method}`, `source: ${p.reference}`].filter(Boolean).join('; ');
    }
    case 'composition': {
      const c = e as CompositionEntry;
      return `${c.component} ${rangeText(c.fraction)} ${c.basis}`;
    }
    case 'biocompatibility': {
      const b = e as BiocompatibilityResult;
      return [label(b.endpoint), b.result, b.model.replace('_', ' '), b.contactCategory && `contact ${b.contactCategory}`, b.notes, `source: ${b.reference}`].filter(Boolean).join('; ');
    }
    case 'regulatory': {
      const r = e as RegulatoryEntry;
      return [r.region, label(r.pathway), r.status, r.identifier, r.date, r.exampleDevice, r.holder].filter(Boolean).join('; ');
    }
    default: {
      const r = e as LiteratureReference;
      return [r.title ?? r.key, r.doi && `doi:${r.doi}`, r.pmid && `PMID ${r.pmid}`, r.url].filter(Boolean).join('; ');
    }
  }
}

function elementLabel(section: ChangeSection, e: Element, label: Labeller): string {
  switch (section) {
    case 'properties':
      return label((e as PropertyValue).type);
    case 'composition':
      return (e as CompositionEntry).component;
    case 'biocompatibility':
      return label((e as BiocompatibilityResult).endpoint);
    case 'regulatory':
      return label((e as RegulatoryEntry).pathway);
    default:
      return (e as LiteratureReference).title ?? (e as LiteratureReference).key;
  }
}

/** Changes between two lists of elements matched by key; equal elements are no change. */
function elements<T extends Element>(section: ChangeSection, before: T[], after: T[], key: (e: T) => string, label: Labeller): ContentChange[] {
  const out: ContentChange[] = [];
  const unmatchedBefore = new Map<string, T[]>();
  for (const b of before) unmatchedBefore.set(key(b), [...(unmatchedBefore.get(key(b)) ?? []), b]);
  const unmatchedAfter: T[] = [];
  for (const a of after) {
    const same = unmatchedBefore.get(key(a));
    if (same?.length) {
      const b = same.shift()!;
      if (stable(strip(b)) !== stable(strip(a))) out.push({ section, field: section, kind: 'changed', label: elementLabel(section, a, label), beforeText: elementText(section, b, label), afterText: elementText(section, a, label), before: b, after: a });
    } else unmatchedAfter.push(a);
  }
  for (const list of unmatchedBefore.values()) for (const b of list) out.push({ section, field: section, kind: 'removed', label: elementLabel(section, b, label), beforeText: elementText(section, b, label), afterText: null, before: b });
  for (const a of unmatchedAfter) out.push({ section, field: section, kind: 'added', label: elementLabel(section, a, label), beforeText: null, afterText: elementText(section, a, label), after: a });
  return out;
}

/** `normalized` follows from the value and the unit: it never counts as a change of its own. */
function strip(e: Element): Element {
  if ('normalized' in e) {
    const { normalized: _n, ...rest } = e as PropertyValue;
    return rest as PropertyValue;
  }
  return e;
}

function list(field: string, before: string[] = [], after: string[] = [], text: (v: string) => string, section: ChangeSection = 'lists'): ContentChange[] {
  const b = new Set(before);
  const a = new Set(after);
  const label = FIELD_LABELS[field] ?? field;
  return [
    ...before.filter((v) => !a.has(v)).map((v): ContentChange => ({ section, field, kind: 'removed', label, beforeText: text(v), afterText: null, before: v })),
    ...after.filter((v) => !b.has(v)).map((v): ContentChange => ({ section, field, kind: 'added', label, beforeText: null, afterText: text(v), after: v })),
  ];
}

function scalar(section: ChangeSection, field: string, before: string | number | null | undefined, after: string | number | null | undefined, text: (v: string | number) => string = String): ContentChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if (b === a) return [];
  const kind: ChangeKind = b === null ? 'added' : a === null ? 'removed' : 'changed';
  const label = FIELD_LABELS[field.split('.').pop()!] ?? field;
  return [{ section, field, kind, label, beforeText: b === null ? null : text(b), afterText: a === null ? null : text(a), before: b, after: a }];
}

/** Every change from `before` (null: a new record) to `after`, in the datasheet's order of sections. */
export function diffContent(before: MaterialContent | null, after: MaterialContent, label: Labeller = (id) => id): ContentChange[] {
  const b: Partial<MaterialContent> = before ?? {};
  const out: ContentChange[] = [];
  out.push(...scalar('identity', 'name', b.name, after.name));
  out.push(...scalar('identity', 'class', b.class, after.class, (v) => label(String(v))));
  out.push(...scalar('identity', 'summary', b.summary, after.summary));
  out.push(...scalar('identity', 'casNumber', b.casNumber, after.casNumber));
  for (const field of ['synonyms', 'tradeNames', 'standards', 'forms', 'applications'] as const) {
    out.push(...list(field, b[field], after[field], CONCEPT_LISTS.has(field) ? label : String));
  }
  for (const category of KEYWORD_CATEGORIES) {
    out.push(...list(category, b.keywords?.[category], after.keywords?.[category], label, 'keywords').map((c) => ({ ...c, label: `Keywords: ${KEYWORD_CATEGORY_LABELS[category]}` })));
  }
  out.push(...elements('composition', b.composition ?? [], after.composition, elementKey.composition, label));
  out.push(...elements('properties', b.properties ?? [], after.properties, elementKey.properties, label));
  out.push(...elements('biocompatibility', b.biocompatibility ?? [], after.biocompatibility, elementKey.biocompatibility, label));
  out.push(...elements('regulatory', b.regulatory ?? [], after.regulatory, elementKey.regulatory, label));
  const sb: Partial<Sustainability> = b.sustainability ?? {};
  const sa: Partial<Sustainability> = after.sustainability ?? {};
  for (const field of ['origin', 'disposal', 'reusability', 'carbonFootprintKgCo2ePerKg', 'reference'] as const) {
    out.push(...scalar('sustainability', `sustainability.${field}`, sb[field], sa[field]));
  }
  out.push(...elements('references', b.references ?? [], after.references, elementKey.references, label));
  return out;
}
