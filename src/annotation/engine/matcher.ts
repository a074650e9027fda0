import { Token } from './tokenizer';

/** What a dictionary label says when it matches. */
export interface Entry {
  conceptId: string;
  /** null for property types (they feed quantities, not mentions). */
  type: import('./types').EntityType | null;
  /** derived: a device's head noun taken from its compound labels ("stent" from "coronary stent"). */
  strength: 'pref' | 'alt' | 'hidden' | 'mesh' | 'derived';
  /** Case-sensitive labels (short acronyms): the label as written, letters and digits only. */
  surface?: string;
  /** Looks like an abbreviation (HA, PEO, rhBMP-2): matched only when it means one thing. */
  acronym: boolean;
  /** The concept's meaning, for ambiguity: its English preferred label, folded and singular. */
  sense: string;
  meshId?: string;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  entries?: Entry[];
}

export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  entries: Entry[];
  /** Number of key tokens matched. */
  length: number;
}

/** Letters and digits of the key tokens first..last as written, Greek letters spelled (for case-sensitive labels: β-TCP = beta-TCP). */
export function compactSurface(tokens: Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) if (!tokens[k].soft) out += tokens[k].kind === 'greek' ? tokens[k].key : tokens[k].raw;
  return out.replace(/[^\p{L}\p{N}]/gu, '');
}

const MAX_WALK = 24;

/**
 * Every dictionary match in the tokens: from each start token, walk the trie over the key tokens
 * (soft separators are stepped over) and keep each node that ends a label. A match neither starts
 * nor ends inside a glued atom group (no "Ti" out of "Ti6Al4V"), and keeps its inner parentheses
 * balanced (poly(L-lactide) takes its closing parenthesis).
 */
export function findCandidates(root: TrieNode, tokens: Token[], from = 0, to = tokens.length): Candidate[] {
  const out: Candidate[] = [];
  const rootNext = root.next;
  if (!rootNext) return out;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.soft || t.glued) continue;
    let node = rootNext.get(t.key);
    if (!node) continue;
    let k = i;
    let steps = 0;
    while (node) {
      if (node.entries && !(k + 1 < tokens.length && tokens[k + 1].glued)) {
        const c = finish(tokens, i, k, node.entries);
        if (c) out.push({ ...c, length: steps + 1 });
      }
      if (!node.next || ++steps > MAX_WALK) break;
      // next key token
      let j = k + 1;
      while (j < to && tokens[j].soft) j++;
      if (j >= to) break;
      node = node.next.get(tokens[j].key);
      k = j;
    }
  }
  return out;
}

function finish(tokens: Token[], first: number, last: number, entries: Entry[]): Omit<Candidate, 'length'> | undefined {
  let open = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.soft && (t.raw === '(' || t.raw === '[')) open++;
    else if (t.soft && (t.raw === ')' || t.raw === ']')) open--;
  }
  let end = last;
  while (open > 0 && end + 1 < tokens.length && tokens[end + 1].soft && (tokens[end + 1].raw === ')' || tokens[end + 1].raw === ']')) {
    end++;
    open--;
  }
  if (open !== 0) return undefined;
  let surface: string | undefined;
  const ok: Entry[] = [];
  for (const e of entries) {
    if (e.surface !== undefined) {
      surface ??= compactSurface(tokens, first, last);
      if (surface !== e.surface && surface !== e.surface + 's') continue;
    }
    ok.push(e);
  }
  if (!ok.length) return undefined;
  return { first, last: end, start: tokens[first].start, end: tokens[end].end, entries: ok };
}

/** Adds one label (its key sequence) to the trie. */
export function insert(root: TrieNode, keys: string[], entry: Entry): void {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = {}));
    node = child;
  }
  node.entries ??= [];
  const rank = STRENGTH_RANK[entry.strength];
  const same = node.entries.findIndex((e) => e.conceptId === entry.conceptId && (e.surface ?? '') === (entry.surface ?? ''));
  if (same < 0) node.entries.push(entry);
  else if (rank < STRENGTH_RANK[node.entries[same].strength]) node.entries[same] = { ...entry, meshId: entry.meshId ?? node.entries[same].meshId };
}

export const STRENGTH_RANK: Record<Entry['strength'], number> = { pref: 0, alt: 1, mesh: 2, derived: 3, hidden: 4 };
