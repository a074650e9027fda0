import { elementKey } from '../../catalogue/content-diff';
import { KEYWORD_CATEGORIES, LiteratureReference, MaterialContent } from '../../catalogue/material.types';

/**
 * The import merge rule: a row changes only what it carries and never removes anything.
 * - Scalars it carries (name, summary, class, CAS number) replace; lists (synonyms, trade names,
 *   standards, forms, applications, keywords) gain the row's new entries.
 * - Property values: same type + same reference + same conditions replaces that value; otherwise
 *   the value is added. Composition: same component replaces. Biocompatibility: same endpoint +
 *   model + reference replaces. Regulatory: same region + pathway + identifier replaces.
 * - References are matched by identifier (DOI, PMID, ISBN, standard number, then URL): a row's
 *   reference that the record already has keeps the record's key (the row's values are re-pointed
 *   to it) and fills its missing facts; a new one is added under a key of its own.
 * - Sustainability: the fields the row carries replace.
 * `mode=replace` is the other rule: the row is the whole next draft (its removals are reported).
 */
export type ImportMode = 'merge' | 'replace';

/** What a row carries: any part of a material's content. */
export type RowContent = Partial<MaterialContent>;

const identifiersOf = (r: LiteratureReference): string[] =>
  [r.doi && `doi:${r.doi.toLowerCase()}`, r.pmid && `pmid:${r.pmid}`, r.isbn && `isbn:${r.isbn.replace(/[- ]/g, '')}`, r.standard && `std:${r.standard.toUpperCase()}`, r.url && `url:${r.url}`].filter(Boolean) as string[];

const union = (a: string[] = [], b: string[] = []) => [...a, ...b.filter((x) => !a.includes(x))];

/** Replaces the elements of `base` that match a row element by key, appends the others. */
function mergeElements<T>(base: T[], row: T[] | undefined, key: (e: T) => string): T[] {
  if (!row) return base;
  const out = [...base];
  for (const e of row) {
    const i = out.findIndex((b) => key(b) === key(e));
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

/** Row references mapped onto the record's: shared ones keep the record's key, new ones get a free key. */
function mergeReferences(base: LiteratureReference[], row: LiteratureReference[] | undefined): { references: LiteratureReference[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const references = base.map((r) => ({ ...r }));
  for (const r of row ?? []) {
    const ids = identifiersOf(r);
    const same = references.find((b) => identifiersOf(b).some((id) => ids.includes(id)));
    if (same) {
      renamed.set(r.key, same.key);
      for (const [k, v] of Object.entries(r)) if (k !== 'key' && v != null && (same as Record<string, unknown>)[k] == null) (same as Record<string, unknown>)[k] = v;
      continue;
    }
    let key = r.key;
    for (let n = 2; references.some((b) => b.key === key); n++) key = `${r.key}-${n}`;
    if (key !== r.key) renamed.set(r.key, key);
    references.push({ ...r, key });
  }
  return { references, renamed };
}

/** The next content of `existing` after a row, under the merge rule above. */
export function mergeRow(existing: MaterialContent, row: RowContent): MaterialContent {
  const { references, renamed } = mergeReferences(existing.references, row.references);
  const ref = (key: string) => renamed.get(key) ?? key;
  const repoint = <T extends { reference?: string | null }>(list: T[] | undefined) => list?.map((e) => (e.reference ? { ...e, reference: ref(e.reference) } : e));
  const keywords = { ...existing.keywords };
  for (const category of KEYWORD_CATEGORIES) {
    if (row.keywords?.[category]) keywords[category] = union(existing.keywords[category], row.keywords[category]);
  }
  const sustainability = row.sustainability
    ? { ...(existing.sustainability ?? {}), ...Object.fromEntries(Object.entries(row.sustainability).filter(([, v]) => v !== undefined && v !== null)), ...(row.sustainability.reference ? { reference: ref(row.sustainability.reference) } : {}) }
    : existing.sustainability;
  return {
    name: row.name ?? existing.name,
    summary: row.summary ?? existing.summary,
    class: row.class ?? existing.class,
    casNumber: row.casNumber ?? existing.casNumber ?? null,
    synonyms: union(existing.synonyms, row.synonyms),
    tradeNames: union(existing.tradeNames, row.tradeNames),
    standards: union(existing.standards, row.standards),
    forms: union(existing.forms, row.forms),
    applications: union(existing.applications, row.applications),
    keywords,
    composition: mergeElements(existing.composition, row.composition, elementKey.composition),
    properties: mergeElements(existing.properties, repoint(row.properties), elementKey.properties),
    biocompatibility: mergeElements(existing.biocompatibility, repoint(row.biocompatibility), elementKey.biocompatibility),
    regulatory: mergeElements(existing.regulatory, repoint(row.regulatory), elementKey.regulatory),
    sustainability: sustainability ?? null,
    references,
  };
}
