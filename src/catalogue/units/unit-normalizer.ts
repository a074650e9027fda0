import { all, create, Unit } from 'mathjs';

/**
 * Unit conversion through mathjs (a maintained units library). We only add what it lacks:
 * percent as a dimensionless unit, ksi, Vickers hardness as its own base, and spellings people type.
 */
const math = create(all, {});
math.createUnit('percent', { definition: '0.01', aliases: ['pct'] });
math.createUnit('ksi', { definition: '1000 psi' });
math.createUnit('HV', { baseName: 'vickers_hardness' });

/** Symbol spellings → mathjs syntax. Spelling only: no conversion factors live here. */
const SPELLINGS: [RegExp, string][] = [
  [/%/g, 'percent'],
  [/µ|μ/g, 'u'],
  [/°C|℃/g, 'degC'],
  [/°/g, 'deg'],
  [/\bdays?\b/g, 'day'],
  [/\bweeks?\b/g, 'week'],
  [/\bmonths?\b/g, 'month'],
  [/\byears?\b/g, 'year'],
  [/\bhours?\b|\bh\b/g, 'hour'],
  [/√m|m\^?\(?1\/2\)?|m½/g, 'm^0.5'],
  [/\bg\/cc\b/g, 'g/cm^3'],
  [/(cm|m|mm)3\b/g, '$1^3'],
  [/(mm|m)2\b/g, '$1^2'],
  [/·/g, ' '],
];

export function toMathjsUnit(unit: string): string {
  let out = unit.trim();
  for (const [from, to] of SPELLINGS) out = out.replace(from, to);
  return out;
}

export type UnitCheck = { ok: true; factor: (n: number) => number } | { ok: false; message: string };

/** Parses `unit` and checks it measures the same quantity as `canonical`. */
export function converterTo(canonical: string, unit: string): UnitCheck {
  const canonicalSpec = toMathjsUnit(canonical);
  const givenSpec = toMathjsUnit(unit);
  if (canonicalSpec === '1' || givenSpec === '1') {
    return canonicalSpec === givenSpec ? { ok: true, factor: (n) => n } : { ok: false, message: `must be dimensionless (1), not "${unit}"` };
  }
  let target: Unit;
  let given: Unit;
  try {
    target = math.unit(canonicalSpec);
  } catch {
    throw new Error(`canonical unit "${canonical}" is not understood`);
  }
  try {
    given = math.unit(givenSpec);
  } catch {
    return { ok: false, message: `"${unit}" is not a unit we understand` };
  }
  if (!given.equalBase(target)) return { ok: false, message: `"${unit}" does not measure the same quantity as ${canonical}` };
  const isOffset = (u: string) => /degC|degF/.test(u);
  if (isOffset(givenSpec) || isOffset(canonicalSpec)) {
    // Temperatures are affine: convert the value itself, not a scale factor.
    return { ok: true, factor: (n) => math.unit(n, givenSpec).toNumber(canonicalSpec) };
  }
  const scale = math.unit(1, givenSpec).toNumber(canonicalSpec);
  return { ok: true, factor: (n) => n * scale };
}

/** Rounds away floating-point noise (1.0000000000000002 → 1) while keeping 12 significant digits. */
export const tidy = (n: number): number => Number(n.toPrecision(12));

/** The units curators may give values in (seed/FORMAT.md), as written in records. */
export const KNOWN_UNITS = ['GPa', 'MPa', 'kPa', 'Pa', 'psi', 'ksi', 'N/mm^2', 'g/cm^3', 'kg/m^3', '%', 'day', 'week', 'month', 'year', 'hour', 'deg', 'degC', 'K', 'nm', 'um', 'mm', 'HV', 'MPa m^0.5', 'W/(m K)', '1'] as const;

const unitsCache = new Map<string, string[]>();
/** The known units that measure what `canonical` measures (the editor's unit picker), the canonical first. */
export function unitsFor(canonical: string): string[] {
  let hit = unitsCache.get(canonical);
  if (!hit) {
    hit = [canonical, ...KNOWN_UNITS.filter((u) => u !== canonical && converterTo(canonical, u).ok)];
    unitsCache.set(canonical, hit);
  }
  return hit;
}
