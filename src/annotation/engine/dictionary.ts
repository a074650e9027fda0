import { createHash } from 'node:crypto';
import { ELEMENT_NAME_KEYS } from './chemistry';
import { Entry, TrieNode, findCandidates, insert } from './matcher';
import { fold, singular } from './normalize';
import { Token, tokenize } from './tokenizer';
import { LABEL_TYPES, conceptType } from './type-rules';
import { EngineConcept, EntityType, PROPERTY_SCHEME, SCHEME_TYPES } from './types';

/**
 * The compiled dictionary: a trie of label keys built once from a vocabulary revision (every
 * label of every concept of the mapped schemes, in every language, plus the MeSH names of their
 * exactMatch descriptors), a second trie for the property types (quantities), and digests that
 * tell which concepts and labels changed between two revisions.
 */
export interface Dictionary {
  revision: string;
  entities: TrieNode;
  properties: TrieNode;
  /** Concept id -> what annotations need of it. */
  concepts: Map<string, { type: EntityType | null; prefLabel: string; meshId?: string }>;
  /** Concept id -> the word keys of all its labels (to tell whether a long form can mean it). */
  conceptWords: Map<string, Set<string>>;
  /** Element names in every language of the vocabulary (lookup key -> English name), for alloy names such as níquel-titanio. */
  elementNames: Map<string, string>;
  /** Property type id -> its canonical unit. */
  propertyUnits: Map<string, string>;
  /** Concept id -> digest of everything of it that the engine uses. */
  conceptDigests: Map<string, string>;
  /** Label key ("beta tcp") -> digest of the entries it leads to. */
  labelDigests: Map<string, string>;
  /** Label key -> a label as written, to search publications for. */
  labelSamples: Map<string, string>;
  stats: { concepts: number; labels: number; keys: number };
}

/**
 * Single words that name no concept on their own in a text ("cell" alone, "material",
 * "properties", "surface" alone, "test": the annotation guidelines). A vocabulary label made of
 * one of them only is not matched; longer labels containing them are.
 */
export const GENERIC_WORDS = new Set(
  ['cell', 'material', 'property', 'surface', 'test', 'sample', 'study', 'method', 'result', 'system', 'group', 'model',
    'value', 'level', 'type', 'use', 'area', 'time', 'rate', 'control', 'process', 'effect', 'response', 'function',
    'factor', 'analysis', 'treatment', 'application', 'product', 'device', 'structure', 'form', 'agent', 'design', 'patient',
    'bacterium', 'medium', 'construct', 'solution'].map((w) => singular(w)),
);

const MESH_URI = /^https?:\/\/id\.nlm\.nih\.gov\/mesh\/([A-Z]\d+)$/;
export const meshIdOf = (uri: string): string | undefined => MESH_URI.exec(uri)?.[1];

/** The keys (lookup tokens) of a label, its letters-and-digits surface, and whether it is an acronym / case-sensitive. */
export function labelKeys(label: string): { keys: string[]; surface: string; acronym: boolean; caseSensitive: boolean } {
  const tokens: Token[] = tokenize(label).filter((t) => !t.soft);
  const keys = tokens.map((t) => t.key);
  const written = tokens.map((t) => t.raw).join('').replace(/[^\p{L}\p{N}]/gu, '');
  const surface = tokens.map((t) => (t.kind === 'greek' ? t.key : t.raw)).join('').replace(/[^\p{L}\p{N}]/gu, '');
  const upper = (written.match(/\p{Lu}/gu) ?? []).length;
  const lower = (written.match(/\p{Ll}/gu) ?? []).length;
  const letters = upper + lower;
  const spaced = /\s/.test(label.trim());
  // Labels of one or two characters with a capital (Ti, Mg, E) and all-capital acronyms up to six
  // characters (HA, PCL, PEEK, UHMWPE) match case-sensitively only; so do mixed-case acronyms with
  // at least as many capitals as small letters (CoNS, HAp, TiO2, rhBMP-2): they are written
  // exactly. A capitalised word ("Gel", "Rat") is no acronym.
  const caseSensitive = (written.length <= 2 && upper > 0) || (!spaced && letters >= 2 && lower === 0 && written.length <= 6) || (!spaced && upper >= 2 && upper >= lower && written.length <= 8);
  const acronym = !spaced && written.length <= 10 && (upper >= 2 || caseSensitive);
  return { keys, surface, acronym, caseSensitive };
}

/** Irregular participles of process nouns in -ing. */
const IRREGULAR: Record<string, string[]> = { spinning: ['spun'], casting: ['cast'], cutting: ['cut'], freezing: ['frozen'], weaving: ['woven'], setting: ['set'], grinding: ['ground'] };

/**
 * The verb forms of a process or degradation noun, on its last word: sintering -> sintered,
 * electrospinning -> electrospun, freeze-drying -> freeze-dried, anodization -> anodized,
 * irradiation -> irradiated, degradation -> degraded/degrades, extrusion -> extruded, corrosion ->
 * corroded/corrodes, resorption -> resorbed/resorbs, heat treatment -> heat treated, hydrolysis ->
 * hydrolysed. Forms that are no English word are harmless: no text contains them.
 */
export function verbForms(label: string): string[] {
  const m = /^(.*?)([A-Za-z]+)$/.exec(label.trim());
  if (!m) return [];
  const [, head, word] = m;
  const w = word.toLowerCase();
  const out = new Set<string>();
  const add = (...forms: string[]) => forms.forEach((f) => f && f !== w && out.add(head + f));
  for (const [suffix, forms] of Object.entries(IRREGULAR)) if (w.endsWith(suffix)) add(...forms.map((f) => w.slice(0, -suffix.length) + f));
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    add(/[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : `${stem}ed`);
  } else if (w.endsWith('ization')) add(`${w.slice(0, -7)}ized`, `${w.slice(0, -7)}izes`);
  else if (w.endsWith('ation')) add(`${w.slice(0, -5)}ated`, `${w.slice(0, -5)}ed`, `${w.slice(0, -5)}es`);
  else if (w.endsWith('sion')) add(`${w.slice(0, -4)}ded`, `${w.slice(0, -4)}des`);
  else if (w.endsWith('rption')) add(`${w.slice(0, -5)}bed`, `${w.slice(0, -5)}bs`);
  else if (w.endsWith('ment') && w.length > 7) {
    const stem = w.slice(0, -4);
    add(stem.endsWith('e') ? `${stem}d` : `${stem}ed`);
  } else if (w.endsWith('ysis')) add(`${w.slice(0, -4)}ysed`);
  return [...out];
}

const IRREGULAR_ADJECTIVES: Record<string, string> = { femur: 'femoral' };

/** Adjectives of one-word tissue names: calvaria -> calvarial, tibia -> tibial, periosteum -> periosteal, femur -> femoral. */
export function tissueAdjectives(label: string): string[] {
  const w = label.trim();
  if (!/^\p{L}{4,}$/u.test(w)) return [];
  const lower = w.toLowerCase();
  if (IRREGULAR_ADJECTIVES[lower]) return [IRREGULAR_ADJECTIVES[lower]];
  if (lower.endsWith('a')) return [`${lower}l`];
  if (lower.endsWith('um')) return [`${lower.slice(0, -2)}al`];
  return [];
}

/** "Cells, Cultured" -> "Cultured Cells": MeSH writes some names inverted. */
function meshNames(name: string): string[] {
  const parts = name.split(', ');
  return parts.length === 2 && !/\d/.test(name) ? [name, `${parts[1]} ${parts[0]}`] : [name];
}

const schemeOf = (c: EngineConcept): string => c.scheme ?? c._id.split('/')[0];

/** Concepts with the same id (seed files may repeat one) are merged: labels united, first prefLabel per language kept. */
function mergeById(concepts: Iterable<EngineConcept>): EngineConcept[] {
  const byId = new Map<string, EngineConcept>();
  for (const c of concepts) {
    if (!c || typeof c._id !== 'string') continue;
    const prev = byId.get(c._id);
    if (!prev) {
      byId.set(c._id, { ...c });
      continue;
    }
    const unite = (a: Record<string, string[]> = {}, b: Record<string, string[]> = {}) => {
      const out: Record<string, string[]> = { ...a };
      for (const [lang, xs] of Object.entries(b)) out[lang] = [...new Set([...(out[lang] ?? []), ...(xs ?? [])])];
      return out;
    };
    byId.set(c._id, {
      ...prev,
      scheme: prev.scheme ?? c.scheme,
      prefLabel: { ...(c.prefLabel ?? {}), ...(prev.prefLabel ?? {}) },
      altLabels: unite(unite(prev.altLabels, c.altLabels), c.prefLabel ? Object.fromEntries(Object.entries(c.prefLabel).filter(([l, v]) => prev.prefLabel?.[l] && prev.prefLabel[l] !== v).map(([l, v]) => [l, [v]])) : {}),
      hiddenLabels: unite(prev.hiddenLabels, c.hiddenLabels),
      exactMatch: [...new Set([...(prev.exactMatch ?? []), ...(c.exactMatch ?? [])])],
      closeMatch: [...new Set([...(prev.closeMatch ?? []), ...(c.closeMatch ?? [])])],
      quantity: prev.quantity ?? c.quantity,
    });
  }
  return [...byId.values()];
}

const digest = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

const cache = new Map<string, Dictionary>();
const CACHE_MAX = 4;

/** Drops the cached dictionaries (tests). */
export function clearDictionaryCache(): void {
  cache.clear();
}

/**
 * Builds the dictionary of a vocabulary revision, or returns the one already built for that
 * revision (a revision names one vocabulary content: the caller passes a new one whenever
 * concepts change).
 */
export function compileDictionary(concepts: Iterable<EngineConcept>, mesh: ReadonlyMap<string, string> = new Map(), revision = 'unversioned'): Dictionary {
  const hit = cache.get(revision);
  if (hit) return hit;
  const dict = buildDictionary(concepts, mesh, revision);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(revision, dict);
  return dict;
}

export function buildDictionary(concepts: Iterable<EngineConcept>, mesh: ReadonlyMap<string, string>, revision: string): Dictionary {
  const dict: Dictionary = {
    revision,
    entities: {},
    properties: {},
    concepts: new Map(),
    conceptWords: new Map(),
    elementNames: new Map(ELEMENT_NAME_KEYS),
    propertyUnits: new Map(),
    conceptDigests: new Map(),
    labelDigests: new Map(),
    labelSamples: new Map(),
    stats: { concepts: 0, labels: 0, keys: 0 },
  };
  const keyEntries = new Map<string, string[]>();
  /** Device and component labels in English: their head nouns may stand alone ("stents", "cups"). */
  const deviceLabels: { conceptId: string; type: EntityType; keys: string[]; raw: string; sense: string; meshId?: string }[] = [];
  for (const c of mergeById(concepts)) {
    const scheme = schemeOf(c);
    const isProperty = scheme === PROPERTY_SCHEME;
    const type = conceptType(c._id, SCHEME_TYPES[scheme]);
    if (!type && !isProperty) continue;
    if (isProperty && !c.quantity?.canonicalUnit) continue;
    const prefEn = c.prefLabel?.en ?? Object.values(c.prefLabel ?? {})[0] ?? c._id.split('/').pop()!;
    const sense = labelKeys(prefEn).keys.join(' ') || fold(prefEn);
    const meshIds = (c.exactMatch ?? []).map(meshIdOf).filter((x): x is string => !!x);
    const labels: [string, Entry['strength'], string?][] = [];
    for (const v of Object.values(c.prefLabel ?? {})) labels.push([v, 'pref']);
    for (const vs of Object.values(c.altLabels ?? {})) for (const v of vs ?? []) labels.push([v, 'alt']);
    // Processes and degradation are named by verbs too ("sintered", "electrospun", "plasma-sprayed",
    // "resorbed", "corrodes": the annotation guidelines count them).
    // Tissues are named by their adjectives too ("calvarial defects", "tibial", "periosteal", "femoral").
    if (type === 'Tissue')
      for (const v of [c.prefLabel?.en, ...(c.altLabels?.en ?? [])]) if (typeof v === 'string') for (const form of tissueAdjectives(v)) labels.push([form, 'alt']);
    if (type === 'MaterialProcessing' || type === 'DegradationFeatures') {
      const english = [c.prefLabel?.en, ...(c.altLabels?.en ?? [])].filter((x): x is string => typeof x === 'string');
      for (const v of english) for (const form of verbForms(v)) labels.push([form, 'alt']);
    }
    for (const vs of Object.values(c.hiddenLabels ?? {})) for (const v of vs ?? []) labels.push([v, 'hidden']);
    for (const id of meshIds) {
      const name = mesh.get(id);
      if (name) for (const n of meshNames(name)) labels.push([n, 'mesh', id]);
    }
    const usedKeys: string[] = [];
    for (const [label, strength, meshId] of labels) {
      if (typeof label !== 'string' || !label.trim() || label.length > 200) continue;
      const { keys, surface, acronym, caseSensitive } = labelKeys(label);
      if (!keys.length || (keys.length === 1 && GENERIC_WORDS.has(keys[0]) && !caseSensitive)) continue;
      const entry: Entry = {
        conceptId: c._id,
        type: isProperty ? null : type,
        strength,
        acronym,
        sense,
        ...(caseSensitive ? { surface } : {}),
        ...(meshId ?? meshIds[0] ? { meshId: meshId ?? meshIds[0] } : {}),
      };
      insert(isProperty ? dict.properties : dict.entities, keys, entry);
      if ((type === 'ManufacturedObject' || type === 'ManufacturedObjectComponent') && strength !== 'hidden' && keys.length > 1 && isEnglish(c, label))
        deviceLabels.push({ conceptId: c._id, type, keys, raw: label, sense, ...(entry.meshId ? { meshId: entry.meshId } : {}) });
      let words = dict.conceptWords.get(c._id);
      if (!words) dict.conceptWords.set(c._id, (words = new Set()));
      for (const k of keys) if (k.length >= 3 && /^\p{L}+$/u.test(k)) words.add(k);
      const k = (isProperty ? 'p:' : '') + keys.join(' ');
      usedKeys.push(`${k}|${strength}|${surface}|${caseSensitive}`);
      if (!keyEntries.has(k)) {
        keyEntries.set(k, []);
        dict.labelSamples.set(k, label);
      }
      keyEntries.get(k)!.push(`${c._id}|${type ?? 'property'}|${strength}|${caseSensitive ? surface : ''}|${acronym}|${sense}`);
      dict.stats.labels++;
    }
    // A material concept named after an element lends its one-word labels in every language to the element names.
    const element = type === 'Biomaterial' ? ELEMENT_NAME_KEYS.get(labelKeys(prefEn).keys.join(' ')) : undefined;
    if (element)
      for (const [label, strength] of labels) {
        if (strength === 'mesh' || typeof label !== 'string') continue;
        const { keys, caseSensitive } = labelKeys(label);
        if (keys.length === 1 && !caseSensitive && /^\p{L}{3,}$/u.test(keys[0])) dict.elementNames.set(keys[0], element);
      }
    dict.concepts.set(c._id, { type: isProperty ? null : type, prefLabel: prefEn, ...(meshIds[0] ? { meshId: meshIds[0] } : {}) });
    if (isProperty) dict.propertyUnits.set(c._id, c.quantity!.canonicalUnit);
    dict.conceptDigests.set(c._id, digest({ type: type ?? null, sense, keys: [...new Set(usedKeys)].sort(), quantity: c.quantity ?? null, meshIds }));
    dict.stats.concepts++;
  }
  addDeviceHeads(dict, deviceLabels, keyEntries);
  applyLabelTypes(dict, keyEntries);
  for (const [k, entries] of keyEntries) dict.labelDigests.set(k, digest([...new Set(entries)].sort()));
  dict.stats.keys = keyEntries.size;
  return dict;
}

/** The guidelines' type of a shared phrase (LABEL_TYPES): its entries of other types are dropped. */
function applyLabelTypes(dict: Dictionary, keyEntries: Map<string, string[]>): void {
  for (const [phrase, type] of Object.entries(LABEL_TYPES)) {
    const keys = labelKeys(phrase).keys;
    let node: TrieNode | undefined = dict.entities;
    for (const k of keys) node = node?.next?.get(k);
    if (!node?.entries?.some((e) => e.type === type)) continue;
    node.entries = node.entries.filter((e) => e.type === type);
    const k = keys.join(' ');
    keyEntries.set(k, [...(keyEntries.get(k) ?? []), `type:${type}`]);
  }
}

function isEnglish(c: EngineConcept, label: string): boolean {
  return c.prefLabel?.en === label || (c.altLabels?.en ?? []).includes(label);
}

/**
 * A device noun that ends several compound device labels ("stent" in coronary, ureteral and
 * peripheral stent; "screw" in bone and pedicle screw; "graft" in vascular and bone graft) names
 * the device on its own in texts ("the stents", "the screws"). Such heads become labels (strength
 * derived) of the concept whose own label is shortest, unless the word is a label already or
 * generic or too general for a part (layer, site, junction).
 */
function addDeviceHeads(dict: Dictionary, labels: { conceptId: string; type: EntityType; keys: string[]; raw: string; sense: string; meshId?: string }[], keyEntries: Map<string, string[]>): void {
  const byHead = new Map<string, typeof labels>();
  for (const l of labels) {
    const head = l.keys[l.keys.length - 1];
    if (!/^\p{L}{3,}$/u.test(head) || GENERIC_WORDS.has(head) || NOT_DEVICE_HEADS.has(head)) continue;
    const list = byHead.get(head) ?? [];
    list.push(l);
    byHead.set(head, list);
  }
  for (const [head, list] of byHead) {
    const concepts = new Set(list.map((l) => l.conceptId));
    const modifiers = new Set(list.map((l) => l.keys.slice(0, -1).join(' ')));
    if (modifiers.size < 2) continue;
    // the commonest type among the compounds (a "stem" is a component, a "stent" a device)
    const types = new Map<EntityType, number>();
    for (const l of list) types.set(l.type, (types.get(l.type) ?? 0) + 1);
    const type = [...types].sort((a, b) => b[1] - a[1])[0][0];
    // A word that is a label already keeps its meaning, except that a device wins over a form or
    // an application of the same name (plate, membrane, mesh, stent) while a component does not
    // (gel, rod stay forms); case-sensitive acronyms (STEM) are another word.
    const existing = (dict.entities.next?.get(head)?.entries ?? []).filter((e) => e.surface === undefined);
    if (existing.some((e) => e.type === 'ManufacturedObject' || e.type === 'ManufacturedObjectComponent')) continue;
    if (type === 'ManufacturedObjectComponent' && existing.length) continue;
    const best = [...list].sort((a, b) => a.keys.length - b.keys.length || (a.conceptId < b.conceptId ? -1 : 1))[0];
    const owner = list.find((l) => l.type === type && l.conceptId === best.conceptId) ?? list.find((l) => l.type === type)!;
    insert(dict.entities, [head], { conceptId: owner.conceptId, type, strength: 'derived', acronym: false, sense: owner.sense, ...(owner.meshId ? { meshId: owner.meshId } : {}) });
    keyEntries.set(head, [...(keyEntries.get(head) ?? []), `${owner.conceptId}|${type}|derived|||${owner.sense}`]);
    if (!dict.labelSamples.has(head)) dict.labelSamples.set(head, head);
    void concepts;
  }
}

/** Last words of device labels that name no device alone. */
const NOT_DEVICE_HEADS = new Set(
  ['substitute', 'filler', 'lead', 'system', 'material', 'glue', 'replacement', 'surface', 'part', 'component', 'unit', 'kit', 'set', 'support', 'body',
    'layer', 'site', 'connection', 'junction', 'restoration', 'former', 'carrier', 'coat', 'region', 'area', 'zone', 'wall', 'side', 'end', 'interface', 'neck', 'lumen', 'base', 'core'].map((w) => singular(w)),
);

export interface DictionaryChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Label keys whose meaning changed (new, gone, or leading to other concepts): only publications mentioning one of them need re-annotation. */
  labels: string[];
  /** One label as written per changed key (for a text search of the publications). */
  labelTexts: string[];
  /** Every concept whose annotations may change: the changed ones and those sharing a changed label. */
  affected: string[];
}

/** What changed between two compiled revisions, cheaply (digests only). */
export function conceptsAffectedBy(oldDict: Dictionary, newDict: Dictionary): DictionaryChanges {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [id, d] of newDict.conceptDigests) {
    const o = oldDict.conceptDigests.get(id);
    if (o === undefined) added.push(id);
    else if (o !== d) changed.push(id);
  }
  for (const id of oldDict.conceptDigests.keys()) if (!newDict.conceptDigests.has(id)) removed.push(id);
  const labels: string[] = [];
  for (const [k, d] of newDict.labelDigests) if (oldDict.labelDigests.get(k) !== d) labels.push(k);
  for (const k of oldDict.labelDigests.keys()) if (!newDict.labelDigests.has(k)) labels.push(k);
  const affected = new Set([...added, ...removed, ...changed]);
  const labelSet = new Set(labels);
  for (const dict of [oldDict, newDict]) collectConcepts(dict, labelSet, affected);
  return {
    added: added.sort(),
    removed: removed.sort(),
    changed: changed.sort(),
    labels: labels.sort(),
    labelTexts: labels.sort().map((k) => newDict.labelSamples.get(k) ?? oldDict.labelSamples.get(k) ?? k.replace(/^p:/, '')),
    affected: [...affected].sort(),
  };
}

function collectConcepts(dict: Dictionary, labels: Set<string>, into: Set<string>): void {
  const walk = (node: TrieNode, path: string[], prefix: string) => {
    if (node.entries && labels.has(prefix + path.join(' '))) for (const e of node.entries) into.add(e.conceptId);
    if (node.next) for (const [k, child] of node.next) walk(child, [...path, k], prefix);
  };
  walk(dict.entities, [], '');
  walk(dict.properties, [], 'p:');
}

/**
 * Whether a text mentions one of `labels` (keys from `conceptsAffectedBy`): the cheap test that
 * decides whether a publication needs re-annotation after a vocabulary change. Case is ignored
 * (it may say yes where the engine would not match; never no where it would).
 */
export function mentionsAnyLabel(labels: Iterable<string>, input: { text?: string; title?: string }): boolean {
  const root: TrieNode = {};
  let any = false;
  for (const k of labels) {
    const keys = k.replace(/^p:/, '').split(' ').filter(Boolean);
    if (!keys.length) continue;
    insert(root, keys, { conceptId: k, type: null, strength: 'pref', acronym: false, sense: k });
    any = true;
  }
  if (!any) return false;
  return [input.title ?? '', input.text ?? ''].some((s) => findCandidates(root, tokenize(s)).length > 0);
}
