import { parse } from 'csv-parse/sync';
import { ProblemFieldError } from '../../common/problem/problem';

/**
 * The spreadsheet format curators import: one row per material. Identity columns, then one column
 * per property named `<property-type id> [<unit>]` whose cells hold `4.43` or `100-125`, all
 * sourced from the row's reference columns. Lists are separated with "|".
 */
export const CSV_IDENTITY_COLUMNS = [
  'slug',
  'name',
  'class',
  'summary',
  'synonyms',
  'tradeNames',
  'standards',
  'forms',
  'applications',
  'reference_doi',
  'reference_url',
  'reference_title',
  'reference_year',
];
const PROPERTY_COLUMN = /^(property-type\/[a-z0-9-]+) \[(.+)\]$/;
const RANGE = /^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*(?:(?:-|–|\.\.)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?))?\s*$/i;

export interface CsvRow {
  line: number;
  material: Record<string, unknown>;
  errors: ProblemFieldError[];
}

export function parseMaterialCsv(text: string): { rows: CsvRow[]; errors: ProblemFieldError[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, max_record_size: 200_000 });
  } catch (err) {
    return { rows: [], errors: [{ path: 'body', message: `not valid CSV: ${(err as Error).message}` }] };
  }
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((h) => !CSV_IDENTITY_COLUMNS.includes(h) && !PROPERTY_COLUMN.test(h));
  if (unknown.length) {
    return { rows: [], errors: unknown.map((h) => ({ path: `header.${h}`, message: 'unknown column; properties are named like "property-type/density [g/cm^3]"' })) };
  }
  const list = (v?: string) => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : []);
  const rows = records.map((r, i) => {
    const line = i + 2;
    const errors: ProblemFieldError[] = [];
    const properties: Record<string, unknown>[] = [];
    for (const column of header) {
      const m = PROPERTY_COLUMN.exec(column);
      const cell = r[column];
      if (!m || !cell) continue;
      const range = RANGE.exec(cell);
      if (!range) {
        errors.push({ path: `line ${line}.${column}`, message: `"${cell}" is not a number or a range like 100-125` });
        continue;
      }
      const [, a, b] = range;
      properties.push({ type: m[1], unit: m[2], reference: 'ref-1', ...(b ? { min: Number(a), max: Number(b) } : { value: Number(a) }) });
    }
    const year = r.reference_year ? Number(r.reference_year) : null;
    const material = {
      slug: r.slug,
      name: r.name,
      class: r.class,
      summary: r.summary,
      synonyms: list(r.synonyms),
      tradeNames: list(r.tradeNames),
      standards: list(r.standards),
      forms: list(r.forms),
      applications: list(r.applications),
      properties,
      references:
        r.reference_doi || r.reference_url
          ? [{ key: 'ref-1', doi: r.reference_doi || null, url: r.reference_url || null, title: r.reference_title || null, year }]
          : [],
    };
    return { line, material, errors };
  });
  return { rows, errors: [] };
}
