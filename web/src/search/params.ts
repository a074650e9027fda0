/**
 * The search page's state lives in the URL (typed, validated search params), so every state can be
 * shared. `validateSearch` accepts anything and keeps only what is valid; `toApiQuery` turns the
 * state into the API's `filter[...]`, `range[...]` query.
 */
export type Bound = number | null;
export interface SearchState {
  q?: string;
  /** facet -> selected values (hierarchies: one path such as "Metal > Titanium alloy") */
  f?: Record<string, string[]>;
  /** range field -> [min, max] in the field's canonical unit; null is open */
  r?: Record<string, [Bound, Bound]>;
  /** range fields for which materials without a value are kept */
  m?: string[];
  sort?: string;
  /** range fields whose readings of q stay text (an interpretation chip removed) */
  lit?: string[];
  /** how range filters meet a material's values; absent: the API's default, within */
  rm?: RangeMode;
  page?: number;
  /** Ashby chart axes */
  x?: string;
  y?: string;
  chart?: boolean;
}

export type RangeMode = 'within' | 'overlaps';
export const PER_PAGE = 20;
export const DEFAULT_X = 'densityGcm3';
export const DEFAULT_Y = 'youngsModulusGPa';
const NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): Bound => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

export function validateSearch(raw: Record<string, unknown>): SearchState {
  const out: SearchState = {};
  if (typeof raw.q === 'string' && raw.q.trim()) out.q = raw.q.slice(0, 200);
  if (isRecord(raw.f)) {
    const f: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(raw.f)) {
      if (!NAME.test(k) || !Array.isArray(v)) continue;
      const values = [...new Set(v.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200))].slice(0, 50);
      if (values.length) f[k] = values;
    }
    if (Object.keys(f).length) out.f = f;
  }
  if (isRecord(raw.r)) {
    const r: Record<string, [Bound, Bound]> = {};
    for (const [k, v] of Object.entries(raw.r)) {
      if (!NAME.test(k) || !Array.isArray(v) || v.length !== 2) continue;
      let [lo, hi] = [num(v[0]), num(v[1])];
      if (lo === null && hi === null) continue;
      if (lo !== null && hi !== null && lo > hi) [lo, hi] = [hi, lo];
      r[k] = [lo, hi];
    }
    if (Object.keys(r).length) out.r = r;
  }
  if (Array.isArray(raw.m)) {
    const m = raw.m.filter((x): x is string => typeof x === 'string' && NAME.test(x));
    if (m.length) out.m = [...new Set(m)];
  }
  if (Array.isArray(raw.lit)) {
    const lit = raw.lit.filter((x): x is string => typeof x === 'string' && NAME.test(x));
    if (lit.length) out.lit = [...new Set(lit)];
  }
  if (raw.rm === 'overlaps') out.rm = 'overlaps';
  if (typeof raw.sort === 'string' && /^(relevance|[A-Za-z][A-Za-z0-9]*:(asc|desc))$/.test(raw.sort) && raw.sort !== 'relevance') out.sort = raw.sort;
  const page = num(raw.page);
  if (page !== null && Number.isInteger(page) && page > 1 && page <= 50) out.page = page;
  if (typeof raw.x === 'string' && NAME.test(raw.x)) out.x = raw.x;
  if (typeof raw.y === 'string' && NAME.test(raw.y)) out.y = raw.y;
  if (raw.chart === true || raw.chart === 'true') out.chart = true;
  return out;
}

/** A value inside `filter[...]=a,b`: commas and backslashes escaped as the API expects. */
export const escapeValue = (v: string) => v.replace(/\\/g, '\\\\').replace(/,/g, '\\,');

/** Shortest decimal the API's pattern accepts (no exponent). */
export function decimal(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const s = n.toPrecision(12);
  const fixed = Math.abs(n) < 1e-6 ? n.toFixed(15) : Number(s).toString();
  return /e/i.test(fixed) ? n.toFixed(15).replace(/0+$/, '') : fixed;
}

export const rangeParam = ([lo, hi]: [Bound, Bound]) => `${lo === null ? '' : decimal(lo)}..${hi === null ? '' : decimal(hi)}`;

export interface ApiSearchQuery {
  q?: string;
  filter?: Record<string, string>;
  range?: Record<string, string>;
  facets: string;
  sort?: string;
  page?: number;
  perPage: number;
  /** range fields whose filter also keeps materials without a value (sent only once the API supports it) */
  missing?: string;
  rangeMode?: RangeMode;
  literal?: string;
}

export const DEFAULT_FACETS = ['class', 'applications', 'forms', 'biocompatibility', 'regulatory', 'inStock', 'certifications'];

export function toApiQuery(s: SearchState, opts: { statsFor?: string[]; perPage?: number; page?: number; missingSupported?: boolean } = {}): ApiSearchQuery {
  const missing = opts.missingSupported ? (s.m ?? []).filter((f) => s.r?.[f]) : [];
  const filter: Record<string, string> = {};
  for (const [k, values] of Object.entries(s.f ?? {})) filter[k] = values.map(escapeValue).join(',');
  const range: Record<string, string> = {};
  for (const [k, b] of Object.entries(s.r ?? {})) range[k] = rangeParam(b);
  const statsFor = [...new Set([...(opts.statsFor ?? []), ...Object.keys(s.r ?? {})])];
  return {
    ...(s.q && { q: s.q }),
    ...(Object.keys(filter).length && { filter }),
    ...(Object.keys(range).length && { range }),
    facets: [...DEFAULT_FACETS, ...statsFor].join(','),
    ...(s.sort && { sort: s.sort }),
    ...((opts.page ?? s.page ?? 1) > 1 && { page: opts.page ?? s.page }),
    perPage: opts.perPage ?? PER_PAGE,
    ...(missing.length && { missing: missing.join(',') }),
    ...(s.rm && { rangeMode: s.rm }),
    ...(s.q && s.lit?.length && { literal: s.lit.join(',') }),
  };
}

/** A new text query: what was kept as text of the old one does not carry over. */
export const withQuery = (s: SearchState, q: string | undefined): SearchState => ({ ...s, q: q?.trim() || undefined, lit: undefined, page: undefined });

/** One part of the query the API read as a constraint (the answer's `interpretation.parts`). */
export interface InterpretedPart {
  words: string;
  field: string;
  label: string;
  unit: string;
  range?: string;
  sort?: string;
  applied: boolean;
  note?: string;
}

/**
 * The parts of the query read as property constraints, as removable chips ("Young's modulus
 * 10–30 GPa"); removing one keeps its words as text. Parts not applied come back as notes.
 */
export function interpretationChips(parts: InterpretedPart[], unitOf: (field: string) => string = (f) => f): { chips: Chip[]; notes: string[] } {
  const chips: Chip[] = [];
  const notes: string[] = [];
  for (const p of parts) {
    if (!p.applied) {
      if (p.note && !p.note.startsWith('kept as text')) notes.push(`“${p.words}” was read as ${p.label}, but your own filter or sort for it applies.`);
      continue;
    }
    const unit = unitOf(p.field) || p.unit;
    const u = unit && unit !== '1' ? ` ${unit}` : '';
    const [lo, hi] = (p.range ?? '..').split('..').map((b) => (b === '' ? null : Number(b)));
    const range = !p.range ? '' : lo !== null && hi !== null ? ` ${fmt(lo)}–${fmt(hi)}${u}` : lo !== null ? ` ≥ ${fmt(lo)}${u}` : ` ≤ ${fmt(hi!)}${u}`;
    const sort = p.sort ? `${range ? ',' : ':'} ${p.sort.endsWith(':asc') ? 'lowest first' : 'highest first'}` : '';
    chips.push({
      key: `i:${p.field}`,
      label: `${p.label}${range}${sort}`,
      remove: (x) => ({ ...x, lit: [...new Set([...(x.lit ?? []), p.field])], page: undefined }),
    });
  }
  return { chips, notes };
}

/** State changes: every filter change goes back to page 1. */
export function toggleFacet(s: SearchState, facet: string, value: string): SearchState {
  const current = s.f?.[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withFacet(s, facet, next);
}

export function withFacet(s: SearchState, facet: string, values: string[]): SearchState {
  const f = { ...(s.f ?? {}) };
  if (values.length) f[facet] = values;
  else delete f[facet];
  return { ...s, f: Object.keys(f).length ? f : undefined, page: undefined };
}

export function withRange(s: SearchState, field: string, bounds: [Bound, Bound] | null): SearchState {
  const r = { ...(s.r ?? {}) };
  if (bounds && (bounds[0] !== null || bounds[1] !== null)) r[field] = bounds;
  else delete r[field];
  return { ...s, r: Object.keys(r).length ? r : undefined, page: undefined };
}

export function withMissing(s: SearchState, field: string, include: boolean): SearchState {
  const m = new Set(s.m ?? []);
  if (include) m.add(field);
  else m.delete(field);
  return { ...s, m: m.size ? [...m] : undefined, page: undefined };
}

export interface Chip {
  key: string;
  label: string;
  remove: (s: SearchState) => SearchState;
}

/** The active filters as removable chips, in a stable order. */
export function activeChips(s: SearchState, labelOf: (field: string) => { label: string; unit: string } = (f) => ({ label: f, unit: '' })): Chip[] {
  const chips: Chip[] = [];
  if (s.q) chips.push({ key: 'q', label: `Text: “${s.q}”`, remove: (x) => withQuery(x, undefined) });
  for (const [facet, values] of Object.entries(s.f ?? {})) {
    for (const v of values) chips.push({ key: `f:${facet}:${v}`, label: `${facetLabel(facet)}: ${v}`, remove: (x) => toggleFacet(x, facet, v) });
  }
  for (const [field, [lo, hi]] of Object.entries(s.r ?? {})) {
    const { label, unit } = labelOf(field);
    const text = lo !== null && hi !== null ? `${fmt(lo)}–${fmt(hi)}` : lo !== null ? `≥ ${fmt(lo)}` : `≤ ${fmt(hi!)}`;
    chips.push({ key: `r:${field}`, label: `${label}: ${text}${unit ? ` ${unit}` : ''}`, remove: (x) => withRange(x, field, null) });
  }
  return chips;
}

export const clearAll = (s: SearchState): SearchState => ({ x: s.x, y: s.y, chart: s.chart, sort: s.sort, rm: s.rm });

const FACET_LABELS: Record<string, string> = {
  class: 'Class',
  applications: 'Application',
  forms: 'Form',
  biocompatibility: 'Biocompatibility',
  regulatory: 'Regulatory',
  inStock: 'In stock',
  certifications: 'Certification',
  standards: 'Standard',
  composition: 'Composition',
  supplierCountries: 'Supplier country',
};
export const facetLabel = (f: string) => FACET_LABELS[f] ?? f.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

/** Compact number formatting for values spanning many decades. */
export function fmt(n: number): string {
  if (n === 0) return '0';
  const a = Math.abs(n);
  if (a >= 1e5 || a < 1e-3) return n.toExponential(2).replace('e+', 'e');
  return Number(n.toPrecision(4)).toString();
}
