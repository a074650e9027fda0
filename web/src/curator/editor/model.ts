/**
 * The record editor's form state: the API's material content with every number as the text typed
 * (so nothing typed is lost to parsing), converted back to the request body on save, and the API's
 * `errors[].path` mapped onto the editor's field names.
 */
import type { components } from '../../api/schema';
import { ApiError } from '../../api/client';
import type { MaterialContent, MaterialDetail } from '../../api/types';

type S = components['schemas'];
export type ContentBody = S['MaterialContentDto'];

export const KEYWORD_SCHEMES = ['kw-materials-composition', 'kw-model-system', 'kw-outcomes-toxicity', 'kw-bioactive-compounds', 'kw-manufactured-product'] as const;
export type KeywordScheme = (typeof KEYWORD_SCHEMES)[number];
export const KEYWORD_TITLES: Record<KeywordScheme, string> = {
  'kw-materials-composition': 'Composition keywords',
  'kw-model-system': 'Model system keywords',
  'kw-outcomes-toxicity': 'Outcome and toxicity keywords',
  'kw-bioactive-compounds': 'Bioactive compound keywords',
  'kw-manufactured-product': 'Manufactured product keywords',
};
export const REFERENCE_TYPES = ['article', 'chapter', 'book', 'standard', 'datasheet', 'regulatory', 'web'] as const;

export interface PropertyRow {
  key: string;
  type: string;
  unit: string;
  mode: 'value' | 'range';
  value: string;
  min: string;
  max: string;
  conditions: string;
  method: string;
  reference: string;
}
export interface CompositionRow {
  key: string;
  component: string;
  mode: 'value' | 'range';
  value: string;
  min: string;
  max: string;
  basis: 'wt%' | 'mol%' | 'vol%';
}
export interface BioRow {
  key: string;
  endpoint: string;
  result: string;
  model: string;
  contactCategory: string;
  notes: string;
  reference: string;
}
export interface RegulatoryRow {
  key: string;
  region: string;
  pathway: string;
  status: string;
  identifier: string;
  date: string;
  exampleDevice: string;
  holder: string;
  reference: string;
}
export interface ReferenceRow {
  /** the reference's own key in the record (what values point at) */
  key: string;
  type: string;
  authors: string;
  year: string;
  title: string;
  container: string;
  volume: string;
  issue: string;
  pages: string;
  publisher: string;
  doi: string;
  pmid: string;
  pmcid: string;
  isbn: string;
  standard: string;
  url: string;
  publicationId: string;
}
export interface EditorState {
  name: string;
  summary: string;
  class: string;
  casNumber: string;
  synonyms: string;
  tradeNames: string;
  standards: string;
  applications: string[];
  forms: string[];
  keywords: Record<KeywordScheme, string[]>;
  composition: CompositionRow[];
  properties: PropertyRow[];
  biocompatibility: BioRow[];
  regulatory: RegulatoryRow[];
  sustainability: { origin: string; disposal: string; reusability: string; carbonFootprintKgCo2ePerKg: string; reference: string };
  references: ReferenceRow[];
}

let seq = 0;
/** A key for a new list row (React keys; never sent). */
export const rowKey = () => `row-${++seq}`;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const lines = (list: string[] | undefined) => (list ?? []).join('\n');

export const emptyProperty = (reference = ''): PropertyRow => ({ key: rowKey(), type: '', unit: '', mode: 'value', value: '', min: '', max: '', conditions: '', method: '', reference });
export const emptyComposition = (): CompositionRow => ({ key: rowKey(), component: '', mode: 'value', value: '', min: '', max: '', basis: 'wt%' });
export const emptyBio = (reference = ''): BioRow => ({ key: rowKey(), endpoint: '', result: 'pass', model: 'in_vitro', contactCategory: '', notes: '', reference });
export const emptyRegulatory = (): RegulatoryRow => ({ key: rowKey(), region: '', pathway: '', status: '', identifier: '', date: '', exampleDevice: '', holder: '', reference: '' });
export const emptyReference = (key: string): ReferenceRow => ({
  key,
  type: 'article',
  authors: '',
  year: '',
  title: '',
  container: '',
  volume: '',
  issue: '',
  pages: '',
  publisher: '',
  doi: '',
  pmid: '',
  pmcid: '',
  isbn: '',
  standard: '',
  url: '',
  publicationId: '',
});

export function emptyState(): EditorState {
  return {
    name: '',
    summary: '',
    class: '',
    casNumber: '',
    synonyms: '',
    tradeNames: '',
    standards: '',
    applications: [],
    forms: [],
    keywords: Object.fromEntries(KEYWORD_SCHEMES.map((s) => [s, []])) as unknown as Record<KeywordScheme, string[]>,
    composition: [],
    properties: [],
    biocompatibility: [],
    regulatory: [],
    sustainability: { origin: '', disposal: '', reusability: '', carbonFootprintKgCo2ePerKg: '', reference: '' },
    references: [],
  };
}

type RefLike = { key: string } & Partial<Record<Exclude<keyof ReferenceRow, 'key' | 'authors'>, unknown>> & { authors?: string[] };
const refRow = (r: RefLike): ReferenceRow => ({
  ...emptyReference(r.key),
  ...Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'authors').map(([k, v]) => [k, str(v)])),
  type: str(r.type) || 'article',
  authors: lines(r.authors),
});
const range = (r: { value?: number | null; min?: number | null; max?: number | null }) => ({
  mode: (r.value === null || r.value === undefined) && (r.min != null || r.max != null) ? ('range' as const) : ('value' as const),
  value: str(r.value),
  min: str(r.min),
  max: str(r.max),
});

/** The editor's state for a record's content (a draft, or the published content). */
export function toState(c: MaterialContent): EditorState {
  const s = emptyState();
  return {
    ...s,
    name: c.name,
    summary: c.summary,
    class: c.class,
    casNumber: str(c.casNumber),
    synonyms: lines(c.synonyms),
    tradeNames: lines(c.tradeNames),
    standards: lines(c.standards),
    applications: [...c.applications],
    forms: [...c.forms],
    keywords: { ...s.keywords, ...Object.fromEntries(Object.entries(c.keywords ?? {}).map(([k, v]) => [k, [...(v ?? [])]])) },
    composition: c.composition.map((e) => ({ key: rowKey(), component: e.component, basis: e.basis, ...range(e.fraction) })),
    properties: c.properties.map((p) => ({ key: rowKey(), type: p.type, unit: p.unit, ...range(p), conditions: str(p.conditions), method: str(p.method), reference: p.reference })),
    biocompatibility: c.biocompatibility.map((b) => ({ key: rowKey(), endpoint: b.endpoint, result: b.result, model: b.model, contactCategory: str(b.contactCategory), notes: str(b.notes), reference: b.reference })),
    regulatory: c.regulatory.map((r) => ({
      key: rowKey(),
      region: r.region,
      pathway: r.pathway,
      status: str(r.status),
      identifier: str(r.identifier),
      date: str(r.date),
      exampleDevice: str(r.exampleDevice),
      holder: str(r.holder),
      reference: str(r.reference),
    })),
    sustainability: {
      origin: str(c.sustainability?.origin),
      disposal: str(c.sustainability?.disposal),
      reusability: str(c.sustainability?.reusability),
      carbonFootprintKgCo2ePerKg: str(c.sustainability?.carbonFootprintKgCo2ePerKg),
      reference: str(c.sustainability?.reference),
    },
    references: c.references.map((r) => refRow(r)),
  };
}

/** The published datasheet as editable content (what "Propose a correction" starts from). */
export function detailToContent(m: MaterialDetail): MaterialContent {
  const keywords = Object.fromEntries(Object.entries(m.keywords ?? {}).map(([k, list]) => [k, (list ?? []).map((c) => c.id)]));
  return {
    name: m.name,
    synonyms: m.synonyms,
    tradeNames: m.tradeNames,
    summary: m.summary,
    class: m.class.id,
    applications: m.applications.map((a) => a.id),
    standards: m.standards,
    forms: m.forms.map((f) => f.id),
    casNumber: m.casNumber,
    composition: m.composition,
    properties: m.properties.map(({ typeLabel: _l, normalized: _n, reference, ...p }) => ({ ...p, reference: reference.key })),
    biocompatibility: m.biocompatibility.map(({ endpointLabel: _l, reference, ...b }) => ({ ...b, reference: reference.key })),
    regulatory: m.regulatory.map(({ pathwayLabel: _l, reference, ...r }) => ({ ...r, reference: reference?.key ?? null })),
    sustainability: m.sustainability,
    keywords,
    references: m.references,
  };
}

const list = (text: string) =>
  text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
/** A typed number: the number, or the text itself when it is not one (the API then names the field). */
const num = (text: string): number | string | undefined => {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : text.trim();
};
const opt = (text: string) => (text.trim() ? text.trim() : undefined);
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const rangeBody = (r: { mode: 'value' | 'range'; value: string; min: string; max: string }) => (r.mode === 'value' ? compact({ value: num(r.value) }) : compact({ min: num(r.min), max: num(r.max) }));

/** The request body for the editor's state: empty texts left out, numbers parsed, lists trimmed. */
export function toContent(s: EditorState): ContentBody {
  const sus = compact({
    origin: opt(s.sustainability.origin),
    disposal: opt(s.sustainability.disposal),
    reusability: opt(s.sustainability.reusability),
    carbonFootprintKgCo2ePerKg: num(s.sustainability.carbonFootprintKgCo2ePerKg),
    reference: opt(s.sustainability.reference),
  });
  const keywords = Object.fromEntries(Object.entries(s.keywords).filter(([, v]) => v.length));
  const body = compact({
    name: s.name.trim(),
    summary: s.summary.trim(),
    class: s.class,
    casNumber: opt(s.casNumber),
    synonyms: list(s.synonyms),
    tradeNames: list(s.tradeNames),
    standards: list(s.standards),
    applications: s.applications,
    forms: s.forms,
    keywords,
    composition: s.composition.map((c) => ({ component: c.component.trim(), basis: c.basis, fraction: rangeBody(c) })),
    properties: s.properties.map((p) => compact({ type: p.type, unit: p.unit, ...rangeBody(p), conditions: opt(p.conditions), method: opt(p.method), reference: p.reference })),
    biocompatibility: s.biocompatibility.map((b) => compact({ endpoint: b.endpoint, result: b.result, model: b.model, contactCategory: opt(b.contactCategory), notes: opt(b.notes), reference: b.reference })),
    regulatory: s.regulatory.map((r) =>
      compact({
        region: r.region.trim().toUpperCase(),
        pathway: r.pathway,
        status: opt(r.status),
        identifier: opt(r.identifier),
        date: opt(r.date),
        exampleDevice: opt(r.exampleDevice),
        holder: opt(r.holder),
        reference: opt(r.reference),
      }),
    ),
    sustainability: Object.keys(sus).length ? sus : undefined,
    references: s.references.map((r) =>
      compact({
        key: r.key.trim(),
        type: opt(r.type),
        authors: list(r.authors).length ? list(r.authors) : undefined,
        year: num(r.year),
        title: opt(r.title),
        container: opt(r.container),
        volume: opt(r.volume),
        issue: opt(r.issue),
        pages: opt(r.pages),
        publisher: opt(r.publisher),
        doi: opt(r.doi),
        pmid: opt(r.pmid),
        pmcid: opt(r.pmcid),
        isbn: opt(r.isbn),
        standard: opt(r.standard),
        url: opt(r.url),
        publicationId: opt(r.publicationId),
      }),
    ),
  });
  return body as unknown as ContentBody;
}

/**
 * An API path as the editor names its fields: without the `content.`/`body.` prefix, array indexes
 * in brackets (`content.properties.2.unit` and `properties[2].unit` are both `properties[2].unit`).
 */
export function editorPath(path: string): string {
  return path
    .replace(/^(body\.)?(content\.?)?/, '')
    .replace(/\.(\d+)(?=\.|$|\[)/g, '[$1]')
    .replace(/^\[/, '');
}

export interface EditorErrors {
  /** field name -> messages */
  byField: Record<string, string[]>;
  /** messages no field shows (said in the summary) */
  other: { path: string; message: string }[];
}

/**
 * Sorts the API's field errors onto the editor's fields: to the field named by the path, else to the
 * nearest enclosing field (`properties[2].unit` -> `properties[2]` -> `properties`).
 */
export function mapErrors(error: unknown, fields: readonly string[]): EditorErrors {
  const out: EditorErrors = { byField: {}, other: [] };
  if (!(error instanceof ApiError)) return out;
  const names = new Set(fields);
  for (const e of error.problem.errors ?? []) {
    const path = editorPath(e.path);
    let at: string | undefined = path;
    while (at && !names.has(at)) at = parentPath(at);
    if (at) (out.byField[at] ??= []).push(e.message);
    else out.other.push({ path, message: e.message });
  }
  return out;
}
const parentPath = (p: string): string | undefined => {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(p);
  return m ? m[1] : undefined;
};

/** Every field name of the editor for a state (the names `mapErrors` can place messages at), in form order. */
export function fieldNames(s: EditorState, withSlug = false): string[] {
  const out = [...(withSlug ? ['slug'] : []), 'name', 'summary', 'class', 'casNumber', 'synonyms', 'tradeNames', 'standards', 'applications', 'forms', 'keywords'];
  for (const k of KEYWORD_SCHEMES) out.push(`keywords.${k}`);
  out.push('composition');
  s.composition.forEach((_, i) => out.push(`composition[${i}]`, `composition[${i}].component`, `composition[${i}].fraction`, `composition[${i}].fraction.value`, `composition[${i}].fraction.min`, `composition[${i}].fraction.max`, `composition[${i}].basis`));
  out.push('properties');
  s.properties.forEach((_, i) => ['', '.type', '.unit', '.value', '.min', '.max', '.conditions', '.method', '.reference'].forEach((f) => out.push(`properties[${i}]${f}`)));
  out.push('biocompatibility');
  s.biocompatibility.forEach((_, i) => ['', '.endpoint', '.result', '.model', '.contactCategory', '.notes', '.reference'].forEach((f) => out.push(`biocompatibility[${i}]${f}`)));
  out.push('regulatory');
  s.regulatory.forEach((_, i) => ['', '.region', '.pathway', '.status', '.identifier', '.date', '.exampleDevice', '.holder', '.reference'].forEach((f) => out.push(`regulatory[${i}]${f}`)));
  out.push('sustainability', 'sustainability.origin', 'sustainability.disposal', 'sustainability.reusability', 'sustainability.carbonFootprintKgCo2ePerKg', 'sustainability.reference');
  out.push('references');
  s.references.forEach((_, i) =>
    ['', '.key', '.type', '.authors', '.year', '.title', '.container', '.volume', '.issue', '.pages', '.publisher', '.doi', '.pmid', '.pmcid', '.isbn', '.standard', '.url'].forEach((f) => out.push(`references[${i}]${f}`)),
  );
  return out;
}

const SECTION_LABELS: Record<string, string> = {
  name: 'Name',
  summary: 'Summary',
  class: 'Class',
  casNumber: 'CAS number',
  synonyms: 'Synonyms',
  tradeNames: 'Trade names',
  standards: 'Standards',
  applications: 'Applications',
  forms: 'Forms',
  keywords: 'Keywords',
  composition: 'Composition',
  properties: 'Property values',
  biocompatibility: 'Biocompatibility',
  regulatory: 'Regulatory entries',
  sustainability: 'Sustainability',
  references: 'References',
};
const canon = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).filter(([, y]) => y !== null && y !== undefined).sort(([a], [b]) => a.localeCompare(b))) : x));

/**
 * What another editor changed between the content this editor loaded and the record's content now
 * (a 409's `current`), section by section, in words.
 */
export function changedMeanwhile(loaded: MaterialContent, now: MaterialContent): string[] {
  const out: string[] = [];
  for (const [field, label] of Object.entries(SECTION_LABELS)) {
    const a = (loaded as Record<string, unknown>)[field];
    const b = (now as Record<string, unknown>)[field];
    if (canon(a ?? null) === canon(b ?? null)) continue;
    if (typeof a === 'string' || typeof b === 'string' || a == null || b == null) out.push(`${label}: “${str(a) || 'empty'}” → “${str(b) || 'empty'}”`);
    else if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) out.push(`${label}: ${a.length} → ${b.length} entries`);
    else out.push(`${label} changed`);
  }
  return out;
}
