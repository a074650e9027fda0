import { MaterialContent, PropertyValue } from '../material.types';

/**
 * Data-quality flags of property values: a value far from the material's other values of the same
 * type, or outside what its class typically shows. Flags are for review (a warning in the editor and
 * in the review page, a line in `npm run data:check`), never a refusal: a real outlier exists (a
 * foam among solids), but a unit slip (MPa typed for GPa) is caught before it is published.
 */
export interface ValueFlag {
  /** `properties[3]` */
  path: string;
  type: string;
  kind: 'far-from-siblings' | 'outside-class-range';
  message: string;
}

/** The spread a class shows for a property type, over its other materials (canonical unit). */
export interface ClassRange {
  low: number;
  high: number;
  materials: number;
}
/** `classRanges(...)` output: class id -> property type -> range. */
export type ClassRanges = ReadonlyMap<string, ReadonlyMap<string, ClassRange>>;

/** How far (as a factor) a value may sit from the median of its siblings, and beyond a class's 10th-90th percentile span. */
export const SIBLING_FACTOR = 3;
export const CLASS_FACTOR = 3;
/** Fewer materials than this in a class say nothing about its range. */
export const CLASS_MIN_MATERIALS = 4;

/** One number for a value: the value, or the geometric middle of a range (canonical unit; kelvin for °C). */
export function representative(p: PropertyValue): number | null {
  const n = p.normalized;
  if (!n) return null;
  // Temperatures compare as ratios in kelvin (a Celsius ratio means nothing).
  if (n.unit === 'degC') {
    const k = (x?: number | null) => (typeof x === 'number' ? x + 273.15 : x);
    return representative({ ...p, normalized: { unit: 'K', value: k(n.value), min: k(n.min), max: k(n.max) } });
  }
  if (typeof n.value === 'number') return n.value;
  if (typeof n.min === 'number' && typeof n.max === 'number') return n.min > 0 && n.max > 0 ? Math.sqrt(n.min * n.max) : (n.min + n.max) / 2;
  return typeof n.min === 'number' ? n.min : typeof n.max === 'number' ? n.max : null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (sorted: number[], q: number): number => {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
};
/** Ratios only mean something between positive numbers (temperatures in °C, contact angles of 0...). */
const ratioable = (xs: number[]) => xs.every((x) => x > 0);
const condition = (p: PropertyValue) => (p.conditions ?? '').trim().toLowerCase();
const fmt = (n: number) => Number(n.toPrecision(3)).toString();

/** A material's value per type: the representative of each of its values of that type. */
function byType(content: Pick<MaterialContent, 'properties'>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of content.properties) {
    const r = representative(p);
    if (r !== null) out.set(p.type, [...(out.get(p.type) ?? []), r]);
  }
  return out;
}

/**
 * Each class's range per property type: the 10th and 90th percentile of its materials' medians.
 * `exclude` leaves one material out (so that a record is never judged against itself).
 */
export function classRanges(materials: { slug: string; content: Pick<MaterialContent, 'class' | 'properties'> }[], exclude?: string): ClassRanges {
  const perClass = new Map<string, Map<string, number[]>>();
  for (const m of materials) {
    if (m.slug === exclude) continue;
    const types = perClass.get(m.content.class) ?? new Map<string, number[]>();
    for (const [type, values] of byType(m.content)) types.set(type, [...(types.get(type) ?? []), median(values)]);
    perClass.set(m.content.class, types);
  }
  const out = new Map<string, Map<string, ClassRange>>();
  for (const [cls, types] of perClass) {
    const ranges = new Map<string, ClassRange>();
    for (const [type, values] of types) {
      if (values.length < CLASS_MIN_MATERIALS) continue;
      const sorted = [...values].sort((a, b) => a - b);
      ranges.set(type, { low: quantile(sorted, 0.1), high: quantile(sorted, 0.9), materials: values.length });
    }
    out.set(cls, ranges);
  }
  return out;
}

/** The flags of one material's values, given its class's ranges (see classRanges). */
export function valueFlags(content: Pick<MaterialContent, 'class' | 'properties'>, ranges: ClassRanges, labelOf: (type: string) => string = (t) => t): ValueFlag[] {
  const flags: ValueFlag[] = [];
  const reps = content.properties.map(representative);
  content.properties.forEach((p, i) => {
    const r = reps[i];
    if (r === null) return;
    const unit = p.normalized?.unit === '1' ? '' : p.normalized?.unit === 'degC' ? ' K' : ` ${p.normalized?.unit}`;
    // Siblings: the same type under the same conditions (a porous and a dense body differ for real).
    const conditions = condition(p);
    const siblings = reps.filter((x, j): x is number => j !== i && x !== null && content.properties[j].type === p.type && condition(content.properties[j]) === conditions);
    if (siblings.length && ratioable([r, ...siblings])) {
      const m = median(siblings);
      if (r > m * SIBLING_FACTOR || r < m / SIBLING_FACTOR) {
        flags.push({ path: `properties[${i}]`, type: p.type, kind: 'far-from-siblings', message: `${labelOf(p.type)} ${fmt(r)}${unit} is more than ${SIBLING_FACTOR}x away from this material's other values (median ${fmt(m)}${unit}): check the unit and the source` });
      }
    }
    const range = ranges.get(content.class)?.get(p.type);
    if (range && ratioable([r, range.low, range.high]) && (r > range.high * CLASS_FACTOR || r < range.low / CLASS_FACTOR)) {
      flags.push({ path: `properties[${i}]`, type: p.type, kind: 'outside-class-range', message: `${labelOf(p.type)} ${fmt(r)}${unit} is far outside what this class shows (${fmt(range.low)}-${fmt(range.high)}${unit} over ${range.materials} materials): check the unit and the source` });
    }
  });
  return flags;
}
