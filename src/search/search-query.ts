import { ProblemFieldError, validationProblem } from '../common/problem/problem';
import { IntentReading, QueryIntent, ReadingSource, withoutReadings } from './intent';
import { DEFAULT_FACETS, HIERARCHY_DEPTH, HIERARCHY_SEPARATOR, SearchSchema } from './search-schema';
import type { FacetSchema } from './search-index-definition';

/** A search request after validation: only whitelisted names, literal values, checked numbers. */
export interface SearchRequest {
  q: string;
  /** Facet name -> selected values (OR within a facet, AND across facets). */
  filters: Map<string, string[]>;
  /** Range field -> bounds as validated decimal strings (either may be open). */
  ranges: Map<string, { min?: string; max?: string }>;
  /** Range fields whose filter also keeps records without a value for them. */
  missing: Set<string>;
  /** Facets (distribution) and range fields (stats) to compute. */
  facets: string[];
  sort?: SortKey;
  /** Sorts read from the query ("light alloy"), applied when the request names no sort. */
  intentSorts?: SortKey[];
  /** How range filters meet a record's envelope (see RangeMode). */
  rangeMode: RangeMode;
  /** Read q for property constraints (interpret=false: no). */
  interpret: boolean;
  /** Range fields whose readings of q stay text. */
  literal: Set<string>;
  page: number;
  perPage: number;
}

export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
}

/**
 * `within`: the record's envelope [lowest value, highest value] lies inside the interval; `overlaps`:
 * it meets the interval. The default is `within`: "modulus 10-30 GPa" asks for materials whose modulus
 * is 10-30 GPa, and a material reported at 1.2-11 GPa is not one of them.
 */
export type RangeMode = 'within' | 'overlaps';
export const DEFAULT_RANGE_MODE: RangeMode = 'within';

export interface RawSearchQuery {
  q?: string;
  filter?: unknown;
  range?: unknown;
  facets?: string;
  sort?: string;
  missing?: string;
  rangeMode?: string;
  interpret?: string;
  literal?: string;
  page: number;
  perPage: number;
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;
const MAX_VALUES_PER_FACET_FILTER = 50;
const MAX_VALUE_LENGTH = 200;

/** Splits `a,b` on commas not escaped as `\,`; `\\` stands for a backslash. */
export function splitValues(raw: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && (raw[i + 1] === ',' || raw[i + 1] === '\\')) {
      cur += raw[++i];
    } else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((v) => v.trim()).filter((v) => v.length > 0);
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the raw query against the schema's whitelists; every problem is reported at once. */
export function parseSearchRequest(raw: RawSearchQuery, schema: FacetSchema, maxTotalHits: number): SearchRequest {
  const errors: ProblemFieldError[] = [];
  const allowedFacets = [...schema.facets.keys()].join(', ');
  const allowedRanges = [...schema.ranges.keys()].join(', ');

  const filters = new Map<string, string[]>();
  if (raw.filter !== undefined) {
    if (!isPlainRecord(raw.filter)) errors.push({ path: 'filter', message: 'use filter[<facet>]=value1,value2' });
    else {
      for (const [name, value] of Object.entries(raw.filter)) {
        const facet = schema.facets.get(name);
        const path = `filter[${name}]`;
        if (!facet) {
          errors.push({ path, message: `unknown facet "${name}"; allowed: ${allowedFacets}` });
          continue;
        }
        const parts = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
        if (!parts) {
          errors.push({ path, message: 'must be a comma-separated list of values' });
          continue;
        }
        const values = [...new Set(parts.flatMap(splitValues))];
        if (values.length > MAX_VALUES_PER_FACET_FILTER) errors.push({ path, message: `at most ${MAX_VALUES_PER_FACET_FILTER} values` });
        else if (values.some((v) => v.length > MAX_VALUE_LENGTH)) errors.push({ path, message: `values are at most ${MAX_VALUE_LENGTH} characters` });
        else if (facet.kind === 'boolean' && values.some((v) => v !== 'true' && v !== 'false')) errors.push({ path, message: 'must be true or false' });
        else if (facet.kind === 'hierarchy' && values.some((v) => v.split(HIERARCHY_SEPARATOR).length > HIERARCHY_DEPTH)) {
          errors.push({ path, message: `a path has at most ${HIERARCHY_DEPTH} levels joined by "${HIERARCHY_SEPARATOR}"` });
        } else if (values.length) filters.set(name, values);
      }
    }
  }

  const ranges = new Map<string, { min?: string; max?: string }>();
  if (raw.range !== undefined) {
    if (!isPlainRecord(raw.range)) errors.push({ path: 'range', message: 'use range[<field>]=min..max' });
    else {
      for (const [name, value] of Object.entries(raw.range)) {
        const path = `range[${name}]`;
        if (!schema.ranges.has(name)) {
          errors.push({ path, message: `unknown range field "${name}"; allowed: ${allowedRanges}` });
          continue;
        }
        const parts = typeof value === 'string' ? value.split('..').map((p) => p.trim()) : [];
        const [lo, hi] = parts;
        if (parts.length !== 2 || (lo && !DECIMAL.test(lo)) || (hi && !DECIMAL.test(hi)) || (!lo && !hi)) {
          errors.push({ path, message: 'must be min..max with decimal numbers; either end may be left open (10.., ..30)' });
          continue;
        }
        if (lo && hi && Number(lo) > Number(hi)) {
          errors.push({ path, message: 'min must not exceed max' });
          continue;
        }
        ranges.set(name, { ...(lo && { min: lo }), ...(hi && { max: hi }) });
      }
    }
  }

  const missing = new Set((raw.missing ?? '').split(',').map((f) => f.trim()).filter(Boolean));
  const unknownMissing = [...missing].find((f) => !schema.ranges.has(f));
  if (unknownMissing) errors.push({ path: 'missing', message: `unknown range field "${unknownMissing}"; allowed: ${allowedRanges}` });

  let facets = [...(schema.defaultFacets ?? DEFAULT_FACETS)];
  if (raw.facets !== undefined) {
    facets = [...new Set(raw.facets.split(',').map((f) => f.trim()).filter(Boolean))];
    const unknown = facets.filter((f) => !schema.facets.has(f) && !schema.ranges.has(f));
    if (unknown.length) errors.push({ path: 'facets', message: `unknown facet "${unknown[0]}"; allowed: ${allowedFacets}, or a range field for its min/max: ${allowedRanges}` });
  }

  let sort: SearchRequest['sort'];
  if (raw.sort !== undefined && raw.sort !== 'relevance') {
    const [field, direction = 'asc'] = raw.sort.split(':');
    if (!schema.sorts.has(field) || (direction !== 'asc' && direction !== 'desc')) {
      errors.push({ path: 'sort', message: `must be relevance or <field>:asc|desc with field one of ${[...schema.sorts.keys()].join(', ')}` });
    } else sort = { field, direction };
  }

  const literal = new Set((raw.literal ?? '').split(',').map((f) => f.trim()).filter(Boolean));
  const unknownLiteral = [...literal].find((f) => !schema.ranges.has(f));
  if (unknownLiteral) errors.push({ path: 'literal', message: `unknown range field "${unknownLiteral}"; allowed: ${allowedRanges}` });
  if (raw.rangeMode !== undefined && raw.rangeMode !== 'within' && raw.rangeMode !== 'overlaps') errors.push({ path: 'rangeMode', message: 'must be within or overlaps' });
  if (raw.interpret !== undefined && raw.interpret !== 'true' && raw.interpret !== 'false') errors.push({ path: 'interpret', message: 'must be true or false' });

  if (raw.page * raw.perPage > maxTotalHits) {
    errors.push({ path: 'page', message: `only the first ${maxTotalHits} results can be paged through; narrow the search` });
  }
  if (errors.length) throw validationProblem(errors);
  return {
    q: raw.q?.trim() ?? '',
    filters,
    ranges,
    missing,
    facets,
    sort,
    rangeMode: (raw.rangeMode as RangeMode | undefined) ?? DEFAULT_RANGE_MODE,
    interpret: raw.interpret !== 'false',
    literal,
    page: raw.page,
    perPage: raw.perPage,
  };
}

/**
 * Quotes a value for a Meilisearch filter: inside double quotes, a backslash and a double quote are
 * the only characters with a meaning, and both are escaped, so a value can never end the string and
 * add an operator, parenthesis or attribute of its own.
 */
export const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The one place filters are written. Attribute names come from the schema, values through `quote`,
 * numbers were matched against a decimal pattern. `except` leaves one facet or range out (its own
 * counts in a disjunctive facet query). Returns the AND-ed clauses.
 */
export function buildFilter(req: Pick<SearchRequest, 'filters' | 'ranges'> & Partial<Pick<SearchRequest, 'missing' | 'rangeMode'>>, schema: FacetSchema, except?: string): string[] {
  const within = (req.rangeMode ?? DEFAULT_RANGE_MODE) === 'within';
  const clauses: string[] = [];
  for (const [name, values] of req.filters) {
    if (name === except) continue;
    const facet = schema.facets.get(name)!;
    const alternatives = values.map((v) => {
      const attribute = facet.kind === 'hierarchy' ? facet.attributes[v.split(HIERARCHY_SEPARATOR).length - 1] : facet.attributes[0];
      return `${attribute} = ${quote(v)}`;
    });
    clauses.push(alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`);
  }
  for (const [name, { min, max }] of req.ranges) {
    if (name === except) continue;
    const field = schema.ranges.get(name)!;
    // within: the record's envelope [min, max] lies inside the interval; overlaps: it meets the interval.
    const bounds = within
      ? [...(min !== undefined ? [`${field.min} >= ${min}`] : []), ...(max !== undefined ? [`${field.max} <= ${max}`] : [])]
      : [...(min !== undefined ? [`${field.max} >= ${min}`] : []), ...(max !== undefined ? [`${field.min} <= ${max}`] : [])];
    if (!bounds.length) continue;
    // With `missing`, records that have no value for the field stay in.
    if (req.missing?.has(name)) clauses.push(`((${bounds.join(' AND ')}) OR ${field.min} NOT EXISTS)`);
    else clauses.push(...bounds);
  }
  return clauses;
}

/** One part of the query read as a constraint or preference, and what it became. */
export interface InterpretedPart {
  words: string;
  field: string;
  label: string;
  unit: string;
  source: ReadingSource;
  /** The range filter it became, in the API's syntax (min..max, canonical unit). */
  range?: string;
  /** The sort it became (`<field>:asc|desc`). */
  sort?: string;
  applied: boolean;
  /** Why it was not applied, or what else happened to it. */
  note?: string;
}

export interface Interpretation {
  /** False with interpret=false: q was searched as text. */
  enabled: boolean;
  /** The text query searched, without the words read. */
  text: string;
  rangeMode: RangeMode;
  parts: InterpretedPart[];
}

/** A number as a decimal without exponent (Meilisearch filters and the API's range syntax). */
export function decimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * Applies what was read from q to a validated request: ranges and sorts on fields the request does
 * not constrain itself (explicit filters and sorts win), the text without the words read. Readings on
 * `literal` fields stay text.
 */
export function applyIntent(req: SearchRequest, intent: QueryIntent, schema: SearchSchema): { req: SearchRequest; interpretation: Interpretation } {
  if (!req.interpret) return { req, interpretation: { enabled: false, text: req.q, rangeMode: req.rangeMode, parts: [] } };
  const ranges = new Map(req.ranges);
  const intentSorts: SortKey[] = [];
  const taken: IntentReading[] = [];
  const parts: InterpretedPart[] = [];
  for (const r of intent.readings) {
    if (!schema.ranges.has(r.field)) continue;
    const range = r.range && `${r.range.min === undefined ? '' : decimal(r.range.min)}..${r.range.max === undefined ? '' : decimal(r.range.max)}`;
    const sort = r.sort && `${r.field}:${r.sort}`;
    const part: InterpretedPart = { words: r.words, field: r.field, label: r.label, unit: r.unit, source: r.source, ...(range && { range }), ...(sort && { sort }), applied: false };
    parts.push(part);
    if (req.literal.has(r.field)) {
      part.note = 'kept as text, as asked (literal)';
      continue;
    }
    taken.push(r);
    const notes: string[] = [];
    let used = false;
    if (r.range) {
      if (req.ranges.has(r.field)) notes.push(`the request's range[${r.field}] applies instead`);
      else if (ranges.has(r.field)) notes.push('an earlier part of the query already sets this range');
      else {
        ranges.set(r.field, { ...(r.range.min !== undefined && { min: decimal(r.range.min) }), ...(r.range.max !== undefined && { max: decimal(r.range.max) }) });
        used = true;
      }
    }
    if (r.sort) {
      if (req.sort) notes.push("the request's sort applies instead");
      else if (!intentSorts.some((s) => s.field === r.field)) {
        intentSorts.push({ field: r.field, direction: r.sort });
        used = true;
      }
    }
    part.applied = used;
    if (notes.length) part.note = notes.join('; ');
  }
  const text = withoutReadings(req.q, taken);
  return {
    req: { ...req, q: text, ranges, ...(intentSorts.length && { intentSorts }) },
    interpretation: { enabled: true, text, rangeMode: req.rangeMode, parts },
  };
}
