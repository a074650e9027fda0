/**
 * Reads seed/ the way src/seed/seed.service.ts does (see seed/FORMAT.md). SeedService only offers
 * `run()`, which also loads the 162 seed materials, so the two private steps we need (vocabulary
 * with concepts merged across files; materials with the shared references they cite copied in)
 * are mirrored here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConceptInput, SchemeInput } from '../../src/vocabulary/concept-view';

export interface SeedVocabulary {
  concepts: ConceptInput[];
  schemes: SchemeInput[];
}

/** A seed material row: `slug` plus the raw content fields, references included. */
export type RawMaterial = Record<string, unknown> & { slug: string };

interface VocabularyFile {
  scheme?: string;
  title?: Record<string, string>;
  concepts?: (ConceptInput & { scheme?: string })[];
}

type LiteratureRef = Record<string, unknown>;

const jsonFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export function loadVocabulary(seedDir: string): SeedVocabulary {
  const dir = join(seedDir, 'vocabulary');
  const byId = new Map<string, ConceptInput>();
  const schemes: SchemeInput[] = [];
  for (const file of jsonFiles(dir)) {
    const doc = readJson<VocabularyFile>(join(dir, file));
    if (doc.scheme) schemes.push({ id: doc.scheme, title: doc.title ?? { en: doc.scheme } });
    for (const { scheme: _scheme, ...concept } of doc.concepts ?? []) {
      const prev = byId.get(concept.id);
      byId.set(concept.id, prev ? mergeConcepts(prev, concept) : concept);
    }
  }
  return { concepts: [...byId.values()], schemes };
}

/** Same concept in two files: labels united, the first prefLabel per language kept (as the seed does). */
function mergeConcepts(a: ConceptInput, b: ConceptInput): ConceptInput {
  const unite = (x: Record<string, string[]> = {}, y: Record<string, string[]> = {}) => {
    const out: Record<string, string[]> = { ...x };
    for (const [lang, labels] of Object.entries(y)) out[lang] = [...new Set([...(out[lang] ?? []), ...labels])];
    return out;
  };
  const union = (x: string[] = [], y: string[] = []) => [...new Set([...x, ...y])];
  return {
    ...a,
    prefLabel: { ...b.prefLabel, ...a.prefLabel },
    altLabels: unite(a.altLabels, b.altLabels),
    hiddenLabels: unite(a.hiddenLabels, b.hiddenLabels),
    definition: { ...b.definition, ...a.definition },
    broader: union(a.broader, b.broader),
    exactMatch: union(a.exactMatch, b.exactMatch),
    closeMatch: union(a.closeMatch, b.closeMatch),
    quantity: a.quantity ?? b.quantity,
  };
}

/** Every seed material, with the references it cites copied in and top-level nulls dropped. */
export function loadSeedMaterials(seedDir: string): RawMaterial[] {
  const references = new Map<string, LiteratureRef>();
  for (const file of jsonFiles(join(seedDir, 'references'))) {
    for (const [key, ref] of Object.entries(readJson<Record<string, LiteratureRef>>(join(seedDir, 'references', file)))) {
      references.set(key, withoutNulls({ key, ...ref }));
    }
  }
  const out: RawMaterial[] = [];
  for (const file of jsonFiles(join(seedDir, 'materials'))) {
    for (const m of readJson<RawMaterial[]>(join(seedDir, 'materials', file))) out.push(withReferences(m, references));
  }
  return out;
}

function withReferences(material: RawMaterial, references: Map<string, LiteratureRef>): RawMaterial {
  const keys = new Set<string>();
  const collect = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list as { reference?: unknown }[]) if (typeof item?.reference === 'string') keys.add(item.reference);
  };
  collect(material.properties);
  collect(material.biocompatibility);
  collect(material.regulatory);
  const sustainabilityRef = (material.sustainability as { reference?: unknown } | null | undefined)?.reference;
  if (typeof sustainabilityRef === 'string') keys.add(sustainabilityRef);
  const refs = [...keys].filter((k) => references.has(k)).sort().map((k) => references.get(k)!);
  return { ...(withoutNulls(material) as RawMaterial), references: refs };
}

const withoutNulls = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
