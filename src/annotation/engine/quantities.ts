import { converterTo, tidy } from '../../catalogue/units/unit-normalizer';
import { Bound } from './types';
import { Token } from './tokenizer';

/**
 * Value-and-unit mentions, read from the tokens: plus-minus (12.5 ± 1.3 GPa, 12.5 +/- 1.3),
 * ranges (70-90 %, 70–90%, 2 to 5 MPa, from 2 to 5 MPa, between 2 and 5 MPa), approximate and
 * bounded values (about, ~, <, below, up to, more than...), scientific notation (1.2 × 10^3,
 * 1.2e3, 10⁻³) and the units of the property types (MPa, GPa, wt %, µm, nm, °C, days,
 * MPa·m^1/2, g/cm³, ...). Linking to a property type and a material happens in annotate.ts.
 */
export interface RawQuantity {
  first: number;
  last: number;
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  uncertainty?: number;
  bound?: Bound;
  /** The unit as written and how the converter spells it; absent when none was written. */
  unit?: { written: string; spec: string; first: number; last: number };
  /** For a range written with a unit on each end (2 MPa to 5 GPa), the first end's unit. */
  minUnit?: { written: string; spec: string };
}

/** Units as written (spaces removed) -> the spelling unit-normalizer.ts understands. */
const UNITS: Record<string, string> = {};
const add = (spec: string, ...written: string[]) => written.forEach((w) => (UNITS[w.replace(/\s+/g, '')] = spec));
add('GPa', 'GPa');
add('MPa', 'MPa');
add('kPa', 'kPa');
add('Pa', 'Pa');
add('psi', 'psi');
add('ksi', 'ksi');
add('N/mm^2', 'N/mm2', 'N/mm²', 'N/mm^2', 'N mm-2', 'N mm−2', 'N mm⁻²', 'N·mm⁻²');
add('g/cm^3', 'g/cm3', 'g/cm³', 'g/cm^3', 'g cm-3', 'g cm−3', 'g cm⁻³', 'g·cm⁻³', 'g·cm-3', 'g/cc'); // not g/mL: a concentration in our texts
add('kg/m^3', 'kg/m3', 'kg/m³', 'kg/m^3', 'kg m-3', 'kg m−3', 'kg m⁻³', 'kg·m⁻³');
add('%', '%', 'wt%', 'wt.%', 'wt. %', 'vol%', 'vol.%', 'mol%', 'mol.%', 'at%', 'at.%', 'w/w%', 'v/v%', 'percent', 'per cent');
add('um', 'µm', 'μm', 'um', 'micron', 'microns', 'micrometre', 'micrometres', 'micrometer', 'micrometers');
add('nm', 'nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers');
add('mm', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
add('cm', 'cm');
add('angstrom', 'Å', 'Å');
add('degC', '°C', '℃', 'degC', 'ºC');
add('K', 'K');
add('deg', '°', 'º', 'deg', 'degree', 'degrees');
add('day', 'd', 'day', 'days');
add('week', 'wk', 'wks', 'week', 'weeks');
add('month', 'mo', 'month', 'months');
add('year', 'yr', 'yrs', 'year', 'years');
add('hour', 'h', 'hr', 'hrs', 'hour', 'hours');
for (const sep of ['', '·', '.', '⋅']) {
  for (const root of ['m^1/2', 'm1/2', 'm^(1/2)', 'm^0.5', 'm0.5', 'm½', '√m']) add('MPa m^0.5', `MPa${sep}${root}`);
}
add('MPa m^0.5', 'MN/m^3/2', 'MN/m3/2', 'MN m-3/2', 'MN·m−3/2', 'MN·m-3/2', 'MN m−3/2');
add('HV', 'HV', 'HV0.1', 'HV0.2', 'HV0.3', 'HV0.5', 'HV1', 'HV5', 'HV10', 'HV30');
add('W/(m K)', 'W/mK', 'W/m·K', 'W/(m·K)', 'W/(mK)', 'W/(m K)', 'W m-1 K-1', 'W m−1 K−1', 'W·m⁻¹·K⁻¹', 'W m⁻¹ K⁻¹', 'W/m/K');

const MAX_UNIT_TOKENS = 9;

/** The longest unit written from token k on (tokens glued or one space apart). */
export function readUnit(tokens: Token[], k: number, limit = tokens.length): RawQuantity['unit'] | undefined {
  let best: RawQuantity['unit'] | undefined;
  let compact = '';
  for (let j = k; j < limit && j < k + MAX_UNIT_TOKENS; j++) {
    const t = tokens[j];
    if (j > k && t.space && !/^[\p{L}%°º℃·⋅\-−⁻^()/\d.]/u.test(t.raw)) break;
    compact += t.raw;
    if (compact.length > 16) break;
    const spec = UNITS[compact];
    // A unit ends where a word ends: not "mm" out of "mmol" (tokens keep words whole), not "d" glued to more letters.
    if (spec !== undefined && !(tokens[j + 1]?.glued && tokens[j + 1].kind === 'word')) {
      best = { written: '', spec, first: k, last: j };
    }
  }
  if (best) best.written = joinRaw(tokens, best.first, best.last);
  return best;
}

function joinRaw(tokens: Token[], first: number, last: number): string {
  let out = '';
  for (let j = first; j <= last; j++) out += (j > first && tokens[j].space ? ' ' : '') + tokens[j].raw;
  return out;
}

const BOUND_PHRASES: [string[], Bound][] = (
  [
    ['about', 'approx'], ['approximately', 'approx'], ['approx', 'approx'], ['approx .', 'approx'], ['around', 'approx'], ['roughly', 'approx'],
    ['nearly', 'approx'], ['almost', 'approx'], ['near', 'approx'], ['close to', 'approx'], ['ca .', 'approx'], ['circa', 'approx'], ['~', 'approx'], ['∼', 'approx'], ['≈', 'approx'], ['≃', 'approx'],
    ['<', 'lt'], ['below', 'lt'], ['under', 'lt'], ['less than', 'lt'], ['lower than', 'lt'], ['smaller than', 'lt'], ['fewer than', 'lt'],
    ['≤', 'le'], ['⩽', 'le'], ['< =', 'le'], ['up to', 'le'], ['at most', 'le'], ['not more than', 'le'], ['no more than', 'le'], ['not exceeding', 'le'], ['a maximum of', 'le'],
    ['>', 'gt'], ['above', 'gt'], ['over', 'gt'], ['more than', 'gt'], ['greater than', 'gt'], ['higher than', 'gt'], ['larger than', 'gt'], ['exceeding', 'gt'], ['in excess of', 'gt'],
    ['≥', 'ge'], ['⩾', 'ge'], ['> =', 'ge'], ['at least', 'ge'], ['not less than', 'ge'], ['no less than', 'ge'], ['a minimum of', 'ge'],
  ] as [string, Bound][]
)
  .map(([p, b]) => [p.split(' '), b] as [string[], Bound])
  .sort((a, b) => b[0].length - a[0].length);

/** Bound phrases by their first word (lower case), longest first. */
const BOUND_BY_FIRST = new Map<string, [string[], Bound][]>();
for (const phrase of BOUND_PHRASES) {
  const list = BOUND_BY_FIRST.get(phrase[0][0]) ?? [];
  list.push(phrase);
  BOUND_BY_FIRST.set(phrase[0][0], list);
}

function readBound(tokens: Token[], k: number): { bound: Bound; next: number } | undefined {
  const t = tokens[k];
  if (!t || t.raw.length > 13) return undefined;
  const list = BOUND_BY_FIRST.get(t.raw.toLowerCase());
  if (!list) return undefined;
  for (const [words, bound] of list) {
    let ok = true;
    for (let w = 1; w < words.length; w++) {
      const u = tokens[k + w];
      if (!u || u.raw.toLowerCase() !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) return { bound, next: k + words.length };
  }
  return undefined;
}

const SIGNS = new Set(['-', '−', '–']);
const TIMES = new Set(['×', 'x', 'X', '*', '·', '⋅']);

/** A number from token k: sign, decimal, scientific notation. */
function readNumber(tokens: Token[], k: number, limit: number): { value: number; first: number; last: number } | undefined {
  let j = k;
  let sign = 1;
  const t0 = tokens[j];
  if (!t0) return undefined;
  if (t0.kind === 'sym' && SIGNS.has(t0.raw) && tokens[j + 1]?.kind === 'num' && !tokens[j + 1].space) {
    sign = -1;
    j++;
  }
  const t = tokens[j];
  if (!t || t.kind !== 'num' || t.num === undefined || j >= limit) return undefined;
  let value = t.num * sign;
  let last = j;
  // 10⁻³ or 1.2 × 10⁻³ / 1.2 × 10^3 / 1.2 x 10^-3
  const power = (at: number): { exp: number; last: number } | undefined => {
    const ten = tokens[at];
    if (!ten || ten.raw !== '10') return undefined;
    const a = tokens[at + 1];
    if (a && a.kind === 'sup' && !a.space && a.num !== undefined) return { exp: a.num, last: at + 1 };
    if (a && a.raw === '^' && !a.space) {
      let b = at + 2;
      let s = 1;
      if (tokens[b] && SIGNS.has(tokens[b].raw)) {
        s = -1;
        b++;
      }
      if (tokens[b]?.kind === 'num' && tokens[b].num !== undefined) return { exp: s * tokens[b].num!, last: b };
      if (tokens[b]?.raw === '(' && tokens[b + 1]?.kind === 'num' && tokens[b + 2]?.raw === ')') return { exp: s * tokens[b + 1].num!, last: b + 2 };
    }
    return undefined;
  };
  const self = t.raw === '10' ? power(j) : undefined;
  if (self && sign === 1) {
    value = 10 ** self.exp;
    last = self.last;
  } else if (tokens[j + 1] && TIMES.has(tokens[j + 1].raw)) {
    const p = power(j + 2);
    if (p) {
      value = value * 10 ** p.exp;
      last = p.last;
    }
  }
  if (last >= limit || !Number.isFinite(value)) return undefined;
  return { value: tidy(value), first: k, last };
}

/** Reads a quantity starting at token k (a bound word or a number), or nothing. */
export function readQuantity(tokens: Token[], k: number, limit: number): RawQuantity | undefined {
  let j = k;
  let bound: Bound | undefined;
  let rangeWord: 'from' | 'between' | undefined;
  const b = readBound(tokens, j);
  if (b) {
    bound = b.bound;
    j = b.next;
  } else {
    const w = tokens[j].raw.toLowerCase();
    if (w === 'from' || w === 'between') {
      rangeWord = w;
      j++;
    }
  }
  const n1 = readNumber(tokens, j, limit);
  if (!n1) return undefined;
  // A number glued to letters before it is part of a name (Ti6Al4V, AZ31, 45S5), not a value.
  if (tokens[n1.first].glued) return undefined;
  let last = n1.last;
  let unit1 = readUnit(tokens, last + 1, limit);
  if (unit1) last = unit1.last;
  const q: RawQuantity = { first: k, last, start: tokens[k].start, end: tokens[last].end, value: n1.value, ...(bound ? { bound } : {}) };
  const at = (i: number) => tokens[i]?.raw;
  let next = last + 1;
  // ± 1.3, +/- 1.3, +- 1.3
  let pm = 0;
  if (at(next) === '±') pm = 1;
  else if (at(next) === '+' && at(next + 1) === '/' && SIGNS.has(at(next + 2) ?? '')) pm = 3;
  else if (at(next) === '+' && SIGNS.has(at(next + 1) ?? '') && !tokens[next + 1].space) pm = 2;
  if (pm && !rangeWord) {
    const n2 = readNumber(tokens, next + pm, limit);
    if (n2) {
      q.uncertainty = n2.value;
      last = n2.last;
      const u2 = readUnit(tokens, last + 1, limit);
      if (u2) {
        last = u2.last;
        unit1 = u2;
      }
    }
  } else {
    // Ranges: 70-90, 70–90, 2 to 5, from 2 to 5, between 2 and 5
    const conn = at(next)?.toLowerCase();
    const isConn = conn !== undefined && ((rangeWord === 'between' ? conn === 'and' : conn === 'to') || (rangeWord !== 'between' && (conn === '-' || conn === '–' || conn === '—' || conn === '−' || conn === '~')));
    if (isConn && !bound) {
      const n2 = readNumber(tokens, next + 1, limit);
      if (n2 && !tokens[n2.first].glued) {
        let u2 = readUnit(tokens, n2.last + 1, limit);
        if (unit1 && u2 && conn === 'to' && rangeWord !== 'between') {
          // "fell from 48 MPa to 41 MPa": a change is two values, not a range.
          q.unit = unit1;
          q.first = n1.first;
          q.start = tokens[n1.first].start;
          q.last = unit1.last;
          q.end = tokens[unit1.last].end;
          return q;
        }
        if (unit1 && u2 && unit1.spec !== u2.spec) q.minUnit = { written: unit1.written, spec: unit1.spec };
        if (!u2 && unit1) u2 = unit1;
        if (u2 || !unit1) {
          q.min = Math.min(n1.value, n2.value);
          q.max = Math.max(n1.value, n2.value);
          delete q.value;
          last = u2 && u2 !== unit1 ? u2.last : n2.last;
          unit1 = u2;
        }
      }
    } else if (rangeWord) return undefined; // "from 5 MPa" alone: the word is not part of the quantity
  }
  if (unit1) q.unit = unit1;
  q.last = Math.max(last, q.unit?.last ?? last);
  q.end = tokens[q.last].end;
  // A range word opens the span only when a range followed.
  if (rangeWord && q.min === undefined) {
    q.first = j;
    q.start = tokens[j].start;
  }
  return q;
}

/** Every quantity candidate of the token range, left to right, non-overlapping. */
export function findQuantities(tokens: Token[], from: number, to: number): RawQuantity[] {
  const out: RawQuantity[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'num') {
      if (t.kind !== 'sym' && t.kind !== 'word') continue;
      const lower = t.raw.length <= 13 ? t.raw.toLowerCase() : '';
      if (!(BOUND_BY_FIRST.has(lower) || lower === 'from' || lower === 'between' || (SIGNS.has(t.raw) && tokens[k + 1]?.kind === 'num'))) continue;
    }
    // A dash after a number or glued to a word is a range dash or a hyphen, not a sign.
    if (SIGNS.has(t.raw) && (tokens[k - 1]?.kind === 'num' || (!t.space && tokens[k - 1] !== undefined && tokens[k - 1].kind !== 'sym'))) continue;
    const q = readQuantity(tokens, k, to);
    if (!q) continue;
    if (!q.unit) q.unit = sharedUnit(tokens, q.last + 1, to);
    out.push(q);
    k = q.last;
  }
  return out;
}

const LIST_WORDS = new Set([',', 'and', 'or']);

/** "densities of 3.98 and 6.05 g/cm³", "3, 9 and 21 kPa": a bare number takes the unit that ends its list. */
function sharedUnit(tokens: Token[], from: number, to: number): RawQuantity['unit'] | undefined {
  let j = from;
  for (let n = 0; n < 8 && j < to; n++) {
    let sep = 0;
    while (j < to && LIST_WORDS.has(tokens[j].raw.toLowerCase())) {
      j++;
      sep++;
    }
    if (!sep) return undefined;
    const num = readNumber(tokens, j, to);
    if (!num) return undefined;
    const u = readUnit(tokens, num.last + 1, to);
    if (u) return u;
    j = num.last + 1;
  }
  return undefined;
}

/** A percentage of a composition (wt %, vol %, mol %, at %, w/v): a formulation, not a property value. */
export const isComposition = (unit: { written: string } | undefined): boolean => !!unit && /wt|vol|mol|at\.?\s*%|w\/[wv]|v\/v/i.test(unit.written);

export const isTimeUnit = (spec: string): boolean => spec === 'day' || spec === 'week' || spec === 'month' || spec === 'year' || spec === 'hour';
export const isLengthUnit = (spec: string): boolean => spec === 'um' || spec === 'nm' || spec === 'mm' || spec === 'cm' || spec === 'angstrom';
export const isStressUnit = (spec: string): boolean => spec === 'GPa' || spec === 'MPa' || spec === 'kPa' || spec === 'Pa' || spec === 'psi' || spec === 'ksi' || spec === 'N/mm^2';

const converters = new Map<string, ReturnType<typeof converterTo> | null>();

/** Converts `n` written in `spec` to `canonical` (the catalogue's converter), or undefined when the units do not measure the same quantity. */
export function convert(canonical: string, spec: string, n: number): number | undefined {
  const c = converterFor(canonical, spec);
  return c && c.ok ? tidy(c.factor(n)) : undefined;
}

export function compatible(canonical: string, spec: string): boolean {
  const c = converterFor(canonical, spec);
  return !!c && c.ok;
}

function converterFor(canonical: string, spec: string): ReturnType<typeof converterTo> | null {
  const key = `${canonical}\u0000${spec}`;
  let c = converters.get(key);
  if (c === undefined) {
    try {
      c = converterTo(canonical, spec);
    } catch {
      c = null;
    }
    converters.set(key, c);
  }
  return c;
}

