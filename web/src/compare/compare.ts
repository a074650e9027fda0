import type { MaterialDetail, PropertyValue, Reference } from '../api/types';

export interface CompareCell {
  text: string;
  /** normalised (canonical unit) midpoint, for differences */
  n: number | null;
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
      row.cells[i] = { text, n: mid(p), unit: n?.unit ?? p.unit, source: refText(p.reference) };
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

const csvCell = (v: string) => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);

/** CSV: a header of material names, one row per property with its unit, then the sources. */
export function toCsv(materials: MaterialDetail[], rows = compareRows(materials)): string {
  const lines = [['Property', 'Unit', ...materials.map((m) => m.name)], ['Class', '', ...materials.map((m) => m.class?.path.join(' > ') ?? '')]];
  for (const r of rows) lines.push([r.label, r.unit, ...r.cells.map((c) => c?.text ?? '')]);
  for (const r of rows) lines.push([`Source: ${r.label}`, '', ...r.cells.map((c) => c?.source ?? '')]);
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
