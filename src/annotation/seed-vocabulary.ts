import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EngineConcept } from './engine/types';

/**
 * Reads the seed vocabulary (seed/vocabulary/*.json, the format of seed/FORMAT.md) and the MeSH
 * descriptor names (seed/mesh/descriptors.tsv) into the engine's input shapes. File I/O lives
 * here, outside the engine: the bench and the specs use it; the app passes concepts from MongoDB.
 */
export function loadSeedConcepts(dir: string): EngineConcept[] {
  const out: EngineConcept[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { scheme?: string; concepts?: (Omit<EngineConcept, '_id'> & { id: string })[] };
    for (const c of doc.concepts ?? []) {
      const { id, ...rest } = c;
      out.push({ _id: id, ...rest, scheme: c.scheme ?? doc.scheme ?? id.split('/')[0] });
    }
  }
  return out;
}

export function loadMeshNames(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).trim());
  }
  return map;
}
