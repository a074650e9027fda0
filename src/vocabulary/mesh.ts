import { readFileSync } from 'node:fs';

/** MeSH descriptors (seed/mesh/descriptors.tsv): the ids we may cite and what they name. */

export const MESH_URI = /^https?:\/\/id\.nlm\.nih\.gov\/mesh\/(D\d{6,9})$/;

/** `D000001` -> `Calcimycin`, from the derived TSV (comment lines start with #). */
export function loadMeshDescriptors(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

/** The MeSH descriptor id of a match URI, or null when it is not a MeSH descriptor URI. */
export const meshIdOf = (uri: string): string | null => MESH_URI.exec(uri)?.[1] ?? null;

/** Word stems for a loose comparison: case and accents folded, plural `s` dropped, five letters kept. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || FILLER.has(raw)) continue;
    const word = raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    out.add(word.slice(0, 5));
  }
  return out;
}
const FILLER = new Set(['and', 'the', 'for', 'with', 'other', 'topic', 'non']);

/**
 * Whether a descriptor's name shares a word with what a concept is called (any label, any
 * language) or how it is defined: an exactMatch whose name shares nothing names something else
 * ("Complement C1r" cited for cochlear implants).
 */
export function namesTheConcept(meshName: string, conceptText: string[]): boolean {
  const ours = new Set(conceptText.flatMap((t) => [...stems(t)]));
  return [...stems(meshName)].some((s) => ours.has(s));
}
