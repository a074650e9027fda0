import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConceptInput, SchemeInput } from '../vocabulary/concept-view';

/** Reading `seed/` as it is on disk (used by the seed loader, `npm run data:check` and the seed tests). */

export const jsonFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

/**
 * Every concept of `seed/vocabulary/`, the same id in several files merged. Scheme files come
 * before `extra-*.json`, so that a concept's own scheme file decides its preferred labels.
 */
export function readSeedVocabulary(dir: string): { concepts: ConceptInput[]; schemes: SchemeInput[]; errors: string[] } {
  const byId = new Map<string, ConceptInput>();
  const schemes: SchemeInput[] = [];
  const errors: string[] = [];
  const files = jsonFiles(dir).sort((a, b) => Number(a.startsWith('extra-')) - Number(b.startsWith('extra-')) || a.localeCompare(b));
  for (const file of files) {
    let doc: { scheme?: string; title?: Record<string, string>; concepts?: (ConceptInput & { scheme?: string })[] };
    try {
      doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      errors.push(`vocabulary/${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    if (doc.scheme) schemes.push({ id: doc.scheme, title: doc.title ?? { en: doc.scheme } });
    (doc.concepts ?? []).forEach((c) => {
      const { scheme: _scheme, ...concept } = c;
      const prev = byId.get(c.id);
      byId.set(c.id, prev ? mergeConcepts(prev, concept) : concept);
    });
  }
  return { concepts: [...byId.values()], schemes, errors };
}

/** The shared references of `seed/references/*.json`, by key (each with its key). */
export function readSeedReferences(dir: string): Map<string, Record<string, unknown>> {
  const references = new Map<string, Record<string, unknown>>();
  for (const file of jsonFiles(join(dir, 'references'))) {
    const doc = JSON.parse(readFileSync(join(dir, 'references', file), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [key, ref] of Object.entries(doc)) references.set(key, { key, ...ref });
  }
  return references;
}

/** Every material row of `seed/materials/*.json`, with the references it cites copied in. */
export function readSeedMaterials(dir: string): { position: string; raw: Record<string, unknown> }[] {
  const references = readSeedReferences(dir);
  const rows: { position: string; raw: Record<string, unknown> }[] = [];
  for (const file of jsonFiles(join(dir, 'materials'))) {
    const list = JSON.parse(readFileSync(join(dir, 'materials', file), 'utf8')) as Record<string, unknown>[];
    list.forEach((m, i) => rows.push({ position: `materials/${file} [${i}]`, raw: withReferences(m, references) }));
  }
  return rows;
}

/** Copies the seed's shared references that a material cites into the material itself. */
function withReferences(material: Record<string, unknown>, references: Map<string, Record<string, unknown>>): Record<string, unknown> {
  const keys = new Set<string>();
  const collect = (list: unknown) => {
    if (Array.isArray(list)) for (const item of list) if (item && typeof item === 'object' && typeof (item as { reference?: unknown }).reference === 'string') keys.add((item as { reference: string }).reference);
  };
  collect(material.properties);
  collect(material.biocompatibility);
  collect(material.regulatory);
  const sustainabilityRef = (material.sustainability as { reference?: unknown } | null | undefined)?.reference;
  if (typeof sustainabilityRef === 'string') keys.add(sustainabilityRef);
  const refs = [...keys].filter((k) => references.has(k)).sort().map((k) => stripNulls(references.get(k)!));
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(material)) if (v !== null) clean[k] = v;
  return { ...clean, references: refs };
}

function stripNulls(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

/** Same concept in two files: labels united, the first prefLabel per language kept. */
function mergeConcepts(a: ConceptInput, b: ConceptInput): ConceptInput {
  const unite = (x: Record<string, string[]> = {}, y: Record<string, string[]> = {}) => {
    const out: Record<string, string[]> = { ...x };
    for (const [lang, labels] of Object.entries(y)) out[lang] = [...new Set([...(out[lang] ?? []), ...labels])];
    return out;
  };
  return {
    ...a,
    prefLabel: { ...b.prefLabel, ...a.prefLabel },
    altLabels: unite(a.altLabels, b.altLabels),
    hiddenLabels: unite(a.hiddenLabels, b.hiddenLabels),
    definition: { ...b.definition, ...a.definition },
    broader: [...new Set([...(a.broader ?? []), ...(b.broader ?? [])])],
    exactMatch: [...new Set([...(a.exactMatch ?? []), ...(b.exactMatch ?? [])])],
    closeMatch: [...new Set([...(a.closeMatch ?? []), ...(b.closeMatch ?? [])])],
    quantity: a.quantity ?? b.quantity,
  };
}
