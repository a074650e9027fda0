import type { MaterialDetail, PropertyValue, Reference } from '../api/types';
import { materialTable, toCsv as csvText } from '../../../src/search/export/material-table';

export interface CompareCell {
  text: string;
  /** normalised (canonical unit) midpoint, for differences */
  n: number | null;
  /** the envelope in the canonical unit (a single value in both) */
  min: number | null;
  max: number | null;
  unit: string;
  source: string;
}
export interface CompareRow {
  key: string;
  label: string;
  unit: string;
  cells: (CompareCell | null)[];
}

const mid = (p: PropertyValue) => {
  const n = p.normalized;
  if (!n) return null;
  if (n.value != null) return n.value;
  if (n.min != null && n.max != null) return (n.min + n.max) / 2;
  return n.min ?? n.max ?? null;
};
const refText = (r: Reference | string | null | undefined) => (typeof r === 'string' ? r : r ? (r.doi ? `doi:${r.doi}` : (r.title ?? r.url ?? r.key)) : '');

/** One row per property type present in any material; the first value of a type per material. */
export function compareRows(materials: MaterialDetail[]): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  materials.forEach((m, i) => {
    for (const p of m.properties ?? []) {
      let row = rows.get(p.type);
      if (!row) {
        row = { key: p.type, label: p.typeLabel ?? p.type, unit: p.normalized?.unit ?? p.unit, cells: materials.map(() => null) };
        rows.set(p.type, row);
      }
      if (row.cells[i]) continue;
      const n = p.normalized;
      const text = n ? (n.value != null ? `${round(n.value)}` : `${round(n.min)}–${round(n.max)}`) : `${p.value ?? `${p.min}–${p.max}`}`;
      const min = n ? (n.min ?? n.value ?? null) : (p.min ?? p.value ?? null);
      const max = n ? (n.max ?? n.value ?? null) : (p.max ?? p.value ?? null);
      row.cells[i] = { text, n: mid(p), min, max, unit: n?.unit ?? p.unit, source: refText(p.reference) };
    }
  });
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
}

const round = (v: number | null | undefined) => (v == null ? '…' : Number(v.toPrecision(4)).toString());

/** Relative difference to the reference, or null when either is missing; `threshold` marks it significant. */
export function difference(cell: CompareCell | null, ref: CompareCell | null, threshold = 0.1): { pct: number; significant: boolean } | null {
  if (!cell || !ref || cell.n == null || ref.n == null || ref.n === 0) return null;
  const pct = (cell.n - ref.n) / Math.abs(ref.n);
  return { pct, significant: Math.abs(pct) >= threshold };
}

/**
 * CSV as the search export writes it (shared code): one row per material, a min and a max column per
 * property with its unit symbol in the header, then its source; UTF-8 with a byte order mark.
 */
export function toCsv(materials: MaterialDetail[], rows = compareRows(materials)): string {
  const fields = rows.map((r) => ({ key: r.key, label: r.label, unit: r.unit }));
  const table = materials.map((m, i) => ({
    slug: m.slug,
    name: m.name,
    classPath: m.class?.path ?? [],
    values: Object.fromEntries(rows.map((r) => [r.key, r.cells[i] ?? undefined])),
    sources: Object.fromEntries(rows.map((r) => [r.key, r.cells[i]?.source || undefined])),
  }));
  return csvText(materialTable(fields, table, { sources: true }));
}
