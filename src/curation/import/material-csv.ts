import { parse } from 'csv-parse/sync';
import { KEYWORD_CATEGORIES } from '../../catalogue/material.types';
import { ProblemFieldError } from '../../common/problem/problem';

/**
 * The spreadsheet format curators import: one row per material. Identity columns, one column per
 * property named `<property-type id> [<unit>]` whose cells hold `4.43` or `100-125`, the
 * `conditions` and `method` of those values, and the columns of the one reference they come from.
 * Lists are separated with "|". An empty cell is not carried: under the merge rule it changes
 * nothing (see ./merge.ts); only the cells a row fills count.
 */
export const CSV_COLUMNS: { name: string; meaning: string; example: string }[] = [
  { name: 'slug', meaning: 'The material record: lowercase letters, digits and dashes (required)', example: 'ti-6al-4v-eli' },
  { name: 'name', meaning: 'Name (required for a new material)', example: 'Ti-6Al-4V ELI (Grade 23)' },
  { name: 'class', meaning: 'Material class concept id (required for a new material)', example: 'material-class/titanium-alloy' },
  { name: 'summary', meaning: 'One or two sentences in your own words (required for a new material)', example: 'Extra-low-interstitial titanium alloy for implants.' },
  { name: 'casNumber', meaning: 'CAS Registry Number', example: '' },
  { name: 'synonyms', meaning: 'Other names, separated by |', example: 'Grade 23 titanium|Ti64 ELI' },
  { name: 'tradeNames', meaning: 'Trade names, separated by |', example: '' },
  { name: 'standards', meaning: 'Standards met, separated by |', example: 'ASTM F136|ISO 5832-3' },
  { name: 'forms', meaning: 'Form concept ids, separated by |', example: 'form/rod|form/powder' },
  { name: 'applications', meaning: 'Application concept ids, separated by |', example: 'application/joint-replacement' },
  ...KEYWORD_CATEGORIES.map((c) => ({ name: c, meaning: `Keyword concept ids of ${c}, separated by |`, example: '' })),
  { name: 'conditions', meaning: 'Conditions of the property values of the row', example: 'annealed, room temperature' },
  { name: 'method', meaning: 'Test method or standard of the property values of the row', example: 'ASTM E8 tensile test' },
  { name: 'reference_type', meaning: 'The source of the values: article, chapter, book, standard, datasheet, regulatory or web', example: 'article' },
  { name: 'reference_doi', meaning: 'DOI of the source (10.xxxx/...)', example: '' },
  { name: 'reference_pmid', meaning: 'PubMed id of the source', example: '' },
  { name: 'reference_isbn', meaning: 'ISBN of a book', example: '' },
  { name: 'reference_standard', meaning: 'Number of a standard', example: '' },
  { name: 'reference_url', meaning: "Link to the source's own page (publisher, maker, regulator)", example: '' },
  { name: 'reference_title', meaning: 'Title of the source', example: '' },
  { name: 'reference_authors', meaning: 'Authors, "Family, Given", separated by |', example: '' },
  { name: 'reference_year', meaning: 'Year of the source', example: '' },
  { name: 'reference_container', meaning: 'Journal, book, maker, regulator or standards body', example: '' },
  { name: 'reference_volume', meaning: 'Volume', example: '' },
  { name: 'reference_issue', meaning: 'Issue', example: '' },
  { name: 'reference_pages', meaning: 'Pages', example: '' },
];
const COLUMN_NAMES = new Set(CSV_COLUMNS.map((c) => c.name));
const PROPERTY_COLUMN = /^(property-type\/[a-z0-9-]+) \[(.+)\]$/;
const RANGE = /^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*(?:(?:-|–|\.\.)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?))?\s*$/i;

export interface CsvRow {
  line: number;
  material: Record<string, unknown>;
  errors: ProblemFieldError[];
}

/** A stable key for the row's reference, from its identifier (the merge matches references by identifier anyway). */
function referenceKey(r: Record<string, string>): string {
  const id = r.reference_doi || r.reference_pmid || r.reference_isbn || r.reference_standard || r.reference_url || r.reference_title || 'source';
  return `ref-${id.toLowerCase().replace(/^https?:\/\//, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 70) || 'source'}`;
}

/** The template offered in the import screen: every column, one example row. */
export function csvTemplate(): string {
  const header = [...CSV_COLUMNS.map((c) => c.name), 'property-type/youngs-modulus [GPa]', 'property-type/density [g/cm^3]'];
  const example = [...CSV_COLUMNS.map((c) => c.example), '100-125', '4.43'];
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${header.map(cell).join(',')}\n${example.map(cell).join(',')}\n`;
}

export function parseMaterialCsv(text: string): { rows: CsvRow[]; errors: ProblemFieldError[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, max_record_size: 200_000 });
  } catch (err) {
    return { rows: [], errors: [{ path: 'body', message: `this is not a CSV file we can read (${(err as Error).message.replace(/ at line.*$/, '')})` }] };
  }
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((h) => !COLUMN_NAMES.has(h) && !PROPERTY_COLUMN.test(h));
  if (unknown.length) {
    return { rows: [], errors: unknown.map((h) => ({ path: `header.${h}`, message: 'is not a column we know; property columns are written like "property-type/density [g/cm^3]" (see the template)' })) };
  }
  const list = (v?: string) => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : undefined);
  const rows = records.map((r, i) => {
    const line = i + 2;
    const errors: ProblemFieldError[] = [];
    const hasReference = ['reference_doi', 'reference_pmid', 'reference_isbn', 'reference_standard', 'reference_url', 'reference_title'].some((c) => r[c]);
    const key = referenceKey(r);
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
      properties.push({
        type: m[1],
        unit: m[2],
        reference: key,
        ...(r.conditions && { conditions: r.conditions }),
        ...(r.method && { method: r.method }),
        ...(b ? { min: Number(a), max: Number(b) } : { value: Number(a) }),
      });
    }
    if (properties.length && !hasReference) errors.push({ path: `line ${line}.reference_doi`, message: 'property values need their source: fill the reference columns (a DOI, PMID, ISBN, standard number or link)' });
    const keywords = Object.fromEntries(KEYWORD_CATEGORIES.filter((c) => r[c]).map((c) => [c, list(r[c])]));
    const year = r.reference_year ? Number(r.reference_year) : undefined;
    const reference = hasReference
      ? Object.fromEntries(
          Object.entries({
            key,
            type: r.reference_type || undefined,
            doi: r.reference_doi || undefined,
            pmid: r.reference_pmid || undefined,
            isbn: r.reference_isbn || undefined,
            standard: r.reference_standard || undefined,
            url: r.reference_url || undefined,
            title: r.reference_title || undefined,
            authors: list(r.reference_authors),
            year: Number.isFinite(year) ? year : undefined,
            container: r.reference_container || undefined,
            volume: r.reference_volume || undefined,
            issue: r.reference_issue || undefined,
            pages: r.reference_pages || undefined,
          }).filter(([, v]) => v !== undefined),
        )
      : undefined;
    // Only what the row fills is carried: an empty cell never clears a field.
    const material: Record<string, unknown> = Object.fromEntries(
      Object.entries({
        slug: r.slug,
        name: r.name || undefined,
        class: r.class || undefined,
        summary: r.summary || undefined,
        casNumber: r.casNumber || undefined,
        synonyms: list(r.synonyms),
        tradeNames: list(r.tradeNames),
        standards: list(r.standards),
        forms: list(r.forms),
        applications: list(r.applications),
        keywords: Object.keys(keywords).length ? keywords : undefined,
        properties: properties.length ? properties : undefined,
        references: reference ? [reference] : undefined,
      }).filter(([, v]) => v !== undefined),
    );
    return { line, material, errors };
  });
  return { rows, errors: [] };
}
