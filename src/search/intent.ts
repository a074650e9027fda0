import { converterTo, tidy } from '../catalogue/units/unit-normalizer';
import type { ConceptIndex } from '../vocabulary/vocabulary.service';
import { ABOVE, AND, BELOW, BETWEEN, FILLERS, HIGH, LOW, PREFERENCES, PROPERTY_WORDS, RANGE_SEPARATORS, UNIT_WORDS } from './intent-words';

/**
 * Reads a search query for property constraints and preferences, as a researcher types them:
 * "elastic modulus below 5 GPa", "modulo elastico inferiore a 5 GPa", "density < 2 g/cm3",
 * "E-Modul zwischen 100 und 120 GPa", "degradation time under 6 months", "light alloy",
 * "low modulus titanium alloy". Property labels come from the vocabulary (every language);
 * units are converted to the property's canonical unit by the catalogue's converter (mathjs).
 * The words read are taken out of the text query; the rest stays text. Pure: no I/O.
 */

/** A property the reader knows: a vocabulary property type with a search field. */
export interface IntentProperty {
  id: string;
  field: string;
  /** Canonical unit (mathjs syntax, as in the vocabulary). */
  unit: string;
  /** English label, for the interpretation. */
  label: string;
  /** Every label in every language. */
  labels: string[];
}

export type ReadingSource = 'number' | 'adjective' | 'level';

export interface IntentReading {
  /** The words read, as typed. */
  words: string;
  /** Offsets of `words` in the query. */
  start: number;
  end: number;
  field: string;
  label: string;
  unit: string;
  /** number: a label with a number; adjective: "light", "stiff"...; level: "low modulus", "high strength". */
  source: ReadingSource;
  /** Bounds in the canonical unit; an absent end is open. */
  range?: { min?: number; max?: number };
  sort?: 'asc' | 'desc';
}

export interface QueryIntent {
  readings: IntentReading[];
  /** The query without the words read. */
  text: string;
}

/** A single number with no comparison ("porosity 70 %") stands for this relative window around it. */
export const SINGLE_VALUE_TOLERANCE = 0.1;

interface Token {
  /** Normalised: accents stripped, lower case. */
  text: string;
  start: number;
  end: number;
  num?: number;
}

const TOKEN = /(\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+)|(<=|>=|\.\.|[<>≤≥–—~=:-])/gu;
const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{M}]/u.test(ch);

const ELISIONS: Record<string, string> = { d: 'de', l: 'le', qu: 'que' };
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    // A hyphen inside a word (E-Modul, high-strength) separates words; only between numbers is it a range.
    if (m[3] === '-' && isLetter(text[start - 1]) && isLetter(text[end])) continue;
    let word = m[2] ? fold(m[2]) : m[0];
    // French elision: "module d'Young" is "module de Young".
    if (m[2] && /^['’]/.test(text.slice(end)) && ELISIONS[word]) word = ELISIONS[word];
    out.push({ text: word, start, end, ...(m[1] && { num: Number(m[1].replace(',', '.')) }) });
  }
  return out;
}

const phraseKey = (phrase: string) => tokenize(phrase).map((t) => t.text);

/** Phrases by first token, longest first, so that the longest phrase at a position wins. */
class Phrases<T> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const tokens = phraseKey(phrase);
    if (!tokens.length) return;
    const list = this.byFirst.get(tokens[0]) ?? [];
    if (list.some((e) => e.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0], list);
  }

  /** The longest phrase starting at token `i`: its value and the index after it. */
  at(tokens: Token[], i: number): { value: T; next: number } | null {
    for (const e of this.byFirst.get(tokens[i]?.text) ?? []) {
      if (e.tokens.every((t, k) => tokens[i + k]?.text === t)) return { value: e.value, next: i + e.tokens.length };
    }
    return null;
  }
}

const wordSet = (words: string[]) => new Set(words.map((w) => phraseKey(w).join(' ')));
const FILLER = wordSet(FILLERS);
const SEPARATOR = wordSet(RANGE_SEPARATORS);
const CONJUNCTION = wordSet(AND);
const LEVELS = new Phrases<'asc' | 'desc'>();
for (const w of LOW) LEVELS.add(w, 'asc');
for (const w of HIGH) LEVELS.add(w, 'desc');
const COMPARISONS = new Phrases<'below' | 'above' | 'between'>();
for (const w of BELOW) COMPARISONS.add(w, 'below');
for (const w of ABOVE) COMPARISONS.add(w, 'above');
for (const w of BETWEEN) COMPARISONS.add(w, 'between');

// Longest spelling first, so "MPa m^0.5" wins over "MPa" and "days" over "d".
const UNIT_BY_SPELLING = new Map(Object.entries(UNIT_WORDS).map(([k, v]) => [k.toLowerCase(), v]));
const UNIT = new RegExp(
  `^\\s*(${[...UNIT_BY_SPELLING.keys()].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** What the reader knows, built once per vocabulary: property labels and adjectives. */
export interface IntentLexicon {
  labels: Phrases<IntentProperty>;
  adjectives: Phrases<{ property: IntentProperty; min?: number; max?: number; sort: 'asc' | 'desc' }>;
}

export function intentLexicon(properties: IntentProperty[]): IntentLexicon {
  const byId = new Map(properties.map((p) => [p.id, p]));
  const labels = new Phrases<IntentProperty>();
  for (const p of properties) for (const l of p.labels) labels.add(l, p);
  for (const [id, words] of Object.entries(PROPERTY_WORDS)) {
    const p = byId.get(id);
    if (p) for (const w of words) labels.add(w, p);
  }
  const adjectives: IntentLexicon['adjectives'] = new Phrases();
  for (const pref of PREFERENCES) {
    const property = byId.get(pref.property);
    if (property) for (const w of pref.words) adjectives.add(w, { property, min: pref.min, max: pref.max, sort: pref.sort });
  }
  return { labels, adjectives };
}

/** The vocabulary's property types that have a search field, with every label. */
export function intentProperties(index: ConceptIndex): IntentProperty[] {
  const out: IntentProperty[] = [];
  for (const c of index.values()) {
    const field = c.quantity?.searchField;
    if (!field) continue;
    const labels = [...Object.values(c.prefLabel ?? {}), ...Object.values(c.altLabels ?? {}).flat(), ...Object.values(c.hiddenLabels ?? {}).flat()];
    out.push({ id: c._id, field, unit: c.quantity!.canonicalUnit, label: c.prefLabel.en ?? c._id, labels });
  }
  return out;
}

const lexicons = new WeakMap<ConceptIndex, IntentLexicon>();
/** The lexicon of a vocabulary snapshot (cached: snapshots are immutable). */
export function lexiconOf(index: ConceptIndex): IntentLexicon {
  let lex = lexicons.get(index);
  if (!lex) lexicons.set(index, (lex = intentLexicon(intentProperties(index))));
  return lex;
}

interface Quantity {
  value: number;
  unit?: string;
  next: number;
  end: number;
}

/** A number at token `i`, with the unit typed right after it, if any. */
function quantityAt(text: string, tokens: Token[], i: number): Quantity | null {
  const t = tokens[i];
  if (t?.num === undefined) return null;
  const m = UNIT.exec(text.slice(t.end));
  if (!m) return { value: t.num, next: i + 1, end: t.end };
  const end = t.end + m[0].length;
  let next = i + 1;
  while (next < tokens.length && tokens[next].start < end) next++;
  return { value: t.num, unit: UNIT_BY_SPELLING.get(m[1].toLowerCase()), next, end };
}

/** A value in the property's canonical unit, or null when the unit measures something else. */
const conversions = new Map<string, ReturnType<typeof converterTo>>();
function toCanonical(property: IntentProperty, value: number, unit: string | undefined): number | null {
  // mathjs parses units on every call (~10 µs): a query's few unit pairs are cached.
  const key = `${property.unit}|${unit ?? property.unit}`;
  let conversion = conversions.get(key);
  if (!conversion) conversions.set(key, (conversion = converterTo(property.unit, unit ?? property.unit)));
  return conversion.ok ? tidy(conversion.factor(value)) : null;
}

interface Constraint {
  range: { min?: number; max?: number };
  next: number;
  end: number;
}

/** "below 5 GPa", "between 100 and 120 GPa", "10-30 GPa", "70 %" at token `i`, for `property`. */
function constraintAt(text: string, tokens: Token[], i: number, property: IntentProperty): Constraint | null {
  while (i < tokens.length && FILLER.has(tokens[i].text) && !COMPARISONS.at(tokens, i)) i++;
  const cmp = COMPARISONS.at(tokens, i);
  const pair = (from: number, separators: Set<string>) => {
    const a = quantityAt(text, tokens, from);
    if (!a || !separators.has(tokens[a.next]?.text)) return null;
    const b = quantityAt(text, tokens, a.next + 1);
    if (!b) return null;
    const lo = toCanonical(property, a.value, a.unit ?? b.unit);
    const hi = toCanonical(property, b.value, b.unit ?? a.unit);
    if (lo === null || hi === null) return null;
    return { range: { min: Math.min(lo, hi), max: Math.max(lo, hi) }, next: b.next, end: b.end };
  };
  if (cmp?.value === 'between') return pair(cmp.next, CONJUNCTION);
  if (cmp) {
    const q = quantityAt(text, tokens, cmp.next);
    const v = q && toCanonical(property, q.value, q.unit);
    if (!q || v === null) return null;
    return { range: cmp.value === 'below' ? { max: v } : { min: v }, next: q.next, end: q.end };
  }
  const range = pair(i, SEPARATOR);
  if (range) return range;
  const q = quantityAt(text, tokens, i);
  const v = q && toCanonical(property, q.value, q.unit);
  if (!q || v === null) return null;
  return { range: { min: tidy(v * (1 - SINGLE_VALUE_TOLERANCE)), max: tidy(v * (1 + SINGLE_VALUE_TOLERANCE)) }, next: q.next, end: q.end };
}

const reading = (text: string, start: number, end: number, p: IntentProperty, source: ReadingSource, extra: Pick<IntentReading, 'range' | 'sort'>): IntentReading => ({
  words: text.slice(start, end),
  start,
  end,
  field: p.field,
  label: p.label,
  unit: p.unit,
  source,
  ...extra,
});

export function readIntent(query: string, lexicon: IntentLexicon): QueryIntent {
  const tokens = tokenize(query);
  const readings: IntentReading[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i].start;
    const label = lexicon.labels.at(tokens, i);
    // A property label with a number: "elastic modulus below 5 GPa".
    if (label) {
      const c = constraintAt(query, tokens, label.next, label.value);
      if (c) {
        readings.push(reading(query, start, c.end, label.value, 'number', { range: c.range }));
        i = c.next;
        continue;
      }
    }
    // "low modulus", "high-strength", "alta porosità".
    const level = LEVELS.at(tokens, i);
    const leveled = level && lexicon.labels.at(tokens, level.next);
    if (level && leveled) {
      readings.push(reading(query, start, tokens[leveled.next - 1].end, leveled.value, 'level', { sort: level.value }));
      i = leveled.next;
      continue;
    }
    // An adjective, unless it begins a longer property label ("elastic" in "elastic modulus").
    const adjective = lexicon.adjectives.at(tokens, i);
    if (adjective && !(label && label.next > adjective.next)) {
      const { property, min, max, sort } = adjective.value;
      const range = min !== undefined || max !== undefined ? { ...(min !== undefined && { min }), ...(max !== undefined && { max }) } : undefined;
      readings.push(reading(query, start, tokens[adjective.next - 1].end, property, 'adjective', { ...(range && { range }), sort }));
      i = adjective.next;
      continue;
    }
    i++;
  }
  return { readings, text: withoutReadings(query, readings) };
}

/** The query with the words of `readings` taken out. */
export function withoutReadings(query: string, readings: Pick<IntentReading, 'start' | 'end'>[]): string {
  let out = '';
  let at = 0;
  for (const r of [...readings].sort((a, b) => a.start - b.start)) {
    out += `${query.slice(at, r.start)} `;
    at = r.end;
  }
  out += query.slice(at);
  return out.replace(/\s+/g, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '').trim();
}
