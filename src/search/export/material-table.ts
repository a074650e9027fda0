import { stringify } from 'csv-stringify/sync';
import { unitSymbol } from '../../catalogue/units/unit-symbols';

/**
 * Materials as a table: one row per material, a min and a max column per property with the unit in
 * the header, written as CSV for spreadsheets. Pure and free of Node APIs: the API's search export
 * and the web UI's compare table use the same code (web/src/compare imports it).
 */

export interface TableField {
  /** Search field or property type key. */
  key: string;
  label: string;
  /** Unit code as stored (mathjs spelling: um, degC, g/cm^3); printed as its symbol. */
  unit: string;
}

export interface TableMaterial {
  slug: string;
  name: string;
  classPath: string[];
  values: Record<string, { min: number | null; max: number | null } | undefined>;
  /** Where each value comes from (compare table): key -> citation text. */
  sources?: Record<string, string | undefined>;
}

/** "Young's modulus min (GPa)", "Porosity max (%)", "Biocompatibility score min" (dimensionless). */
export function columnTitle(field: TableField, end: 'min' | 'max'): string {
  const symbol = unitSymbol(field.unit);
  return `${field.label} ${end}${symbol ? ` (${symbol})` : ''}`;
}

/** The header and rows; a single value fills both columns, a missing one leaves both empty. */
export function materialTable(fields: TableField[], materials: TableMaterial[], opts: { sources?: boolean } = {}): (string | number | null)[][] {
  const header = ['Name', 'Slug', 'Class', ...fields.flatMap((f) => [columnTitle(f, 'min'), columnTitle(f, 'max'), ...(opts.sources ? [`${f.label} source`] : [])])];
  const rows = materials.map((m) => [
    m.name,
    m.slug,
    m.classPath.join(' > '),
    ...fields.flatMap((f) => {
      const v = m.values[f.key];
      const lo = v?.min ?? v?.max ?? null;
      const hi = v?.max ?? v?.min ?? null;
      return [lo, hi, ...(opts.sources ? [m.sources?.[f.key] ?? null] : [])];
    }),
  ]);
  return [header, ...rows];
}

/**
 * RFC 4180 CSV (CRLF line ends) with a UTF-8 byte order mark, so that spreadsheet programs read µm,
 * m² and °C right; text starting with = + - @ (which a spreadsheet would run as a formula) gets an
 * apostrophe in front. csv-stringify's sync API is free of Node streams, so the browser uses it too.
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return stringify(rows, { bom: true, escape_formulas: true, record_delimiter: 'windows' });
}
