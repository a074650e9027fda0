import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ProblemFieldError } from '../common/problem/problem';
import { ConceptInput } from './concept-view';

const LANGS = ['en', 'it', 'es', 'de'];
const SEP = '|';
const COLUMNS = [
  'id',
  ...LANGS.map((l) => `prefLabel@${l}`),
  ...LANGS.map((l) => `altLabels@${l}`),
  ...LANGS.map((l) => `hiddenLabels@${l}`),
  ...LANGS.map((l) => `definition@${l}`),
  'broader',
  'exactMatch',
  'closeMatch',
  'canonicalUnit',
  'min',
  'max',
  'searchField',
];

/** One row per concept; lists joined with "|"; one column per language (en, it, es, de). */
export function toCsv(concepts: ConceptInput[]): string {
  const rows = concepts.map((c) => ({
    id: c.id,
    ...Object.fromEntries(LANGS.map((l) => [`prefLabel@${l}`, c.prefLabel[l] ?? ''])),
    ...Object.fromEntries(LANGS.map((l) => [`altLabels@${l}`, (c.altLabels?.[l] ?? []).join(SEP)])),
    ...Object.fromEntries(LANGS.map((l) => [`hiddenLabels@${l}`, (c.hiddenLabels?.[l] ?? []).join(SEP)])),
    ...Object.fromEntries(LANGS.map((l) => [`definition@${l}`, c.definition?.[l] ?? ''])),
    broader: (c.broader ?? []).join(SEP),
    exactMatch: (c.exactMatch ?? []).join(SEP),
    closeMatch: (c.closeMatch ?? []).join(SEP),
    canonicalUnit: c.quantity?.canonicalUnit ?? '',
    min: c.quantity?.min ?? '',
    max: c.quantity?.max ?? '',
    searchField: c.quantity?.searchField ?? '',
  }));
  return stringify(rows, { header: true, columns: COLUMNS });
}

export function fromCsv(text: string): { concepts: ConceptInput[]; errors: ProblemFieldError[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, max_record_size: 100_000 });
  } catch (err) {
    return { concepts: [], errors: [{ path: 'body', message: `not valid CSV: ${(err as Error).message}` }] };
  }
  const errors: ProblemFieldError[] = [];
  const list = (v?: string) => (v ? v.split(SEP).map((s) => s.trim()).filter(Boolean) : []);
  const num = (v: string | undefined, path: string): number | null => {
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) errors.push({ path, message: `"${v}" is not a number` });
    return n;
  };
  const concepts = records.map((r, i) => {
    const unknown = Object.keys(r).filter((k) => !COLUMNS.includes(k));
    for (const k of unknown) errors.push({ path: `row ${i + 2}.${k}`, message: 'unknown column' });
    const pick = (prefix: string) => Object.fromEntries(LANGS.map((l) => [l, r[`${prefix}@${l}`]]).filter(([, v]) => v));
    const pickList = (prefix: string) => Object.fromEntries(LANGS.map((l) => [l, list(r[`${prefix}@${l}`])]).filter(([, v]) => v.length));
    const c: ConceptInput = {
      id: r.id ?? '',
      prefLabel: pick('prefLabel'),
      altLabels: pickList('altLabels'),
      hiddenLabels: pickList('hiddenLabels'),
      definition: pick('definition'),
      broader: list(r.broader),
      exactMatch: list(r.exactMatch),
      closeMatch: list(r.closeMatch),
    };
    if (r.canonicalUnit) {
      c.quantity = { canonicalUnit: r.canonicalUnit, min: num(r.min, `row ${i + 2}.min`), max: num(r.max, `row ${i + 2}.max`), searchField: r.searchField || null };
    }
    return c;
  });
  return { concepts, errors };
}
