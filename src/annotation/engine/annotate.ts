import { Definition, findDefinitions } from './abbreviations';
import { ELEMENT_NAME_KEYS, findNotations } from './chemistry';
import { Dictionary, GENERIC_WORDS } from './dictionary';
import { Candidate, Entry, STRENGTH_RANK, TrieNode, compactSurface, findCandidates, insert } from './matcher';
import { RawQuantity, compatible, convert, findQuantities, isComposition, isLengthUnit, isStressUnit, isTimeUnit } from './quantities';
import { Sentence, sentences } from './sentences';
import { singular } from './normalize';
import { Token, tokenize } from './tokenizer';
import { Abbreviation, AnnotateInput, AnnotateResult, Annotation, ENGINE_VERSION, ENTITY_TYPES, EntityType, Field, QuantityMention } from './types';

const TYPE_RANK = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));
const CONFIDENCE: Record<Entry['strength'], number> = { pref: 0.95, alt: 0.9, mesh: 0.8, derived: 0.75, hidden: 0.7 };

interface FieldDoc {
  field: Field;
  source: string;
  tokens: Token[];
  sents: Sentence[];
  candidates: Candidate[];
  /** Candidates by their first token. */
  byFirst: Map<number, Candidate[]>;
  definitions: Definition[];
}

/** A span proposed for output, before overlaps are resolved. */
interface Proposal {
  field: Field;
  first: number;
  last: number;
  start: number;
  end: number;
  entry: Entry;
  source: Annotation['source'];
  confidence: number;
  /** Higher wins on equal spans before type priority (a definition in the text beats the dictionary). */
  rank: number;
}

/**
 * Head nouns that name a class of materials. When a span names both a material (Biomaterial) and
 * a material class (BiomaterialType), as "titanium alloy", "calcium phosphate" or "hydrogels" do
 * in our vocabulary, such a head makes it the class; otherwise ("titanium", "alumina") the
 * material wins by the type priority.
 */
const CLASS_HEADS = new Set(
  ['alloy', 'metal', 'ceramic', 'bioceramic', 'polymer', 'biopolymer', 'copolymer', 'glass', 'hydrogel', 'composite', 'biocomposite', 'nanocomposite',
    'polyester', 'polyether', 'polyolefin', 'fluoropolymer', 'polysaccharide', 'protein', 'phosphate', 'elastomer', 'silicate', 'steel'].map((w) => singular(w)),
);

const pickEntry = (entries: Entry[], head?: string): Entry | undefined => {
  let best: Entry | undefined;
  if (head && CLASS_HEADS.has(head) && entries.some((e) => e.type === 'BiomaterialType') && entries.some((e) => e.type === 'Biomaterial'))
    entries = entries.filter((e) => e.type !== 'Biomaterial');
  for (const e of entries) {
    if (!e.type) continue;
    if (
      !best ||
      TYPE_RANK.get(e.type)! < TYPE_RANK.get(best.type!)! ||
      (e.type === best.type && (STRENGTH_RANK[e.strength] < STRENGTH_RANK[best.strength] || (e.strength === best.strength && e.conceptId < best.conceptId)))
    )
      best = e;
  }
  return best;
};

/** An abbreviation-like label that means several things (HA: hydroxyapatite, hyaluronic acid) is matched only when the text defines it. */
const isAmbiguous = (entries: Entry[]): boolean => {
  let acr = entries.filter((e) => e.acronym && e.type);
  if (!acr.length) return false;
  // A material and its class (PEEK: polyether ether ketone, polyaryletherketone) are one meaning.
  if (acr.every((e) => e.type === 'Biomaterial' || e.type === 'BiomaterialType')) {
    const materials = acr.filter((e) => e.type === 'Biomaterial');
    if (materials.length) acr = materials;
  }
  return new Set(acr.map((e) => e.sense)).size > 1;
};

/** Anions of salts: "calcium chloride", "silver nitrate" name a reagent, not the element. */
const ANIONS = new Set(['chloride', 'nitrate', 'nitrite', 'sulfate', 'sulfide', 'carbonate', 'hydroxide', 'acetate', 'citrate', 'bromide', 'iodide', 'fluoride', 'hydride', 'chlorate', 'perchlorate', 'hypochlorite', 'cyanide', 'lactate', 'gluconate', 'phosphide', 'oxalate', 'dihydrogen', 'hydrogen'].map((w) => singular(w)));

/** The key of the last word of a candidate (its head noun in English). */
function headKey(tokens: Token[], c: Candidate): string | undefined {
  for (let k = c.last; k >= c.first; k--) if (tokens[k].kind === 'word') return tokens[k].key;
  return undefined;
}

const EMPTY = (revision: string): AnnotateResult => ({ annotations: [], quantities: [], abbreviations: [], revision, engineVersion: ENGINE_VERSION });

/**
 * Annotates a title and a text as one document: entity mentions (dictionary, MeSH names,
 * abbreviations defined in the document), abbreviation definitions, and quantities linked to
 * property types and materials. Never throws: any input gives a (possibly empty) result.
 */
export function annotate(dict: Dictionary, input: AnnotateInput): AnnotateResult {
  const revision = dict?.revision ?? 'unversioned';
  try {
    return annotateDocument(dict, input);
  } catch {
    // A bug must not break a batch of publications: return nothing for this one.
    return EMPTY(revision);
  }
}

function annotateDocument(dict: Dictionary, input: AnnotateInput): AnnotateResult {
  const text = typeof input?.text === 'string' ? input.text : '';
  const title = typeof input?.title === 'string' ? input.title : '';
  const docs: FieldDoc[] = [];
  for (const [field, source] of [['title', title], ['text', text]] as [Field, string][]) {
    const tokens = tokenize(source);
    const sents = sentences(tokens, source);
    const candidates = findCandidates(dict.entities, tokens);
    const byFirst = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const list = byFirst.get(c.first);
      if (list) list.push(c);
      else byFirst.set(c.first, [c]);
    }
    docs.push({ field, source, tokens, sents, candidates, byFirst, definitions: findDefinitions(tokens, source, sents) });
  }

  // 1. Abbreviations defined in the document: what each short form means here.
  const abbreviations: Abbreviation[] = [];
  const overlay: TrieNode = {};
  const extra: Proposal[] = [];
  let overlayCount = 0;
  for (const d of docs) {
    for (const def of d.definitions) {
      const sfEntry = longFormMeaning(d, def) ?? shortFormMeaning(dict, d, def);
      const abbr: Abbreviation = {
        shortForm: d.source.slice(def.short.start, def.short.end),
        longForm: d.source.slice(def.long.start, def.long.end),
        field: d.field,
        short: { start: def.short.start, end: def.short.end },
        long: { start: def.long.start, end: def.long.end },
      };
      if (!sfEntry) {
        // Defined here as something the vocabulary does not know ("physical examination (PE)"):
        // the dictionary's meaning of the short form does not hold in this document.
        const keys: string[] = [];
        for (let k = def.short.first; k <= def.short.last; k++) if (!d.tokens[k].soft) keys.push(d.tokens[k].key);
        const written = compactSurface(d.tokens, def.short.first, def.short.last);
        if (keys.length && written) {
          insert(overlay, keys, { conceptId: '', type: null, strength: 'alt', acronym: false, sense: '', surface: /^[\p{Lu}\d]{2,}s$/u.test(written) ? written.slice(0, -1) : written });
          overlayCount++;
        }
      } else {
        abbr.conceptId = sfEntry.entry.conceptId;
        abbr.type = sfEntry.entry.type!;
        const keys: string[] = [];
        for (let k = def.short.first; k <= def.short.last; k++) if (!d.tokens[k].soft) keys.push(d.tokens[k].key);
        // A plural short form (MSCs) also stands for its singular (MSC): the matcher accepts surface + "s".
        const written = compactSurface(d.tokens, def.short.first, def.short.last);
        const surface = /^[\p{Lu}\d]{2,}s$/u.test(written) ? written.slice(0, -1) : written;
        if (keys.length && surface) {
          insert(overlay, keys, { ...sfEntry.entry, surface, acronym: false, strength: sfEntry.fromLongForm ? 'pref' : 'alt' });
          overlayCount++;
        }
        if (!sfEntry.fromLongForm) {
          // The long form is not in the vocabulary: it takes the short form's meaning.
          extra.push({ field: d.field, first: def.long.first, last: def.long.last, start: def.long.start, end: def.long.end, entry: sfEntry.entry, source: 'abbreviation', confidence: 0.6, rank: 0 });
        }
      }
      abbreviations.push(abbr);
    }
  }

  // 2. Proposals: dictionary candidates, short forms as this document defines them, long forms.
  const proposals: Proposal[] = [...extra];
  for (const d of docs) {
    const overridden = new Set<string>();
    if (overlayCount) {
      for (const c of findCandidates(overlay, d.tokens)) {
        const e = c.entries[0];
        overridden.add(`${c.first}:${c.last}`);
        if (!e.type) continue;
        const sameAsDictionary = (d.byFirst.get(c.first) ?? []).some((x) => x.last === c.last && x.entries.some((y) => y.conceptId === e.conceptId));
        proposals.push({
          field: d.field, first: c.first, last: c.last, start: c.start, end: c.end, entry: e,
          source: sameAsDictionary ? 'dictionary' : 'abbreviation',
          confidence: sameAsDictionary ? 0.9 : e.strength === 'pref' ? 0.85 : 0.7,
          rank: 1,
        });
      }
    }
    for (const c of d.candidates) {
      if (overridden.has(`${c.first}:${c.last}`)) continue;
      if (isAmbiguous(c.entries)) continue;
      const e = pickEntry(c.entries, headKey(d.tokens, c));
      if (!e) continue;
      proposals.push({
        field: d.field, first: c.first, last: c.last, start: c.start, end: c.end, entry: e,
        source: e.strength === 'mesh' ? 'mesh' : 'dictionary', confidence: CONFIDENCE[e.strength], rank: 0,
      });
    }
  }

  // Alloy designations and ions written in chemical notation (Fe-35Mn, Mg2+).
  for (const d of docs) proposals.push(...notationProposals(dict, d));

  // 3. Overlaps: the longer span wins; on equal spans the document's own definition, then the type
  // priority. A property name is no mention ("fibre" in "fibre diameter"): what lies inside a
  // longer property-type label is dropped.
  const annotations: Annotation[] = [];
  const propsByField = new Map<Field, PropertyMention[]>();
  for (const d of docs) {
    const props = propertyMentions(dict, d);
    propsByField.set(d.field, props);
    const inProperty = new Uint8Array(d.tokens.length + 1);
    for (const pm of props) for (let k = pm.first; k <= pm.last; k++) inProperty[k] = 1;
    const insideProperty = (p: Proposal) => {
      for (let k = p.first; k <= p.last; k++) if (!inProperty[k]) return false;
      return !props.some((pm) => pm.first === p.first && pm.last === p.last);
    };
    // Device compounds named with a material, feature or form are split before they compete
    // ("calcium alginate dressings": "calcium alginate" + "dressings", not "calcium" + "alginate dressings").
    const mine = proposals.filter((p) => p.field === d.field && !insideProperty(p)).flatMap((p) => splitModifiers(d, p, 0));
    mine.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || TYPE_RANK.get(a.entry.type!)! - TYPE_RANK.get(b.entry.type!)! || a.start - b.start);
    const taken = new Uint8Array(d.tokens.length);
    const kept: Proposal[] = [];
    for (const p of mine) {
      let free = true;
      for (let k = p.first; k <= p.last; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = p.first; k <= p.last; k++) taken[k] = 1;
      kept.push(p);
    }
    kept.sort((a, b) => a.start - b.start);
    for (const p of kept) extendSpan(d, p, taken);
    const refined = refine(d, kept, dict);
    for (const p of refined) {
      const meshId = p.entry.meshId ?? dict.concepts.get(p.entry.conceptId)?.meshId;
      annotations.push({
        start: p.start,
        end: p.end,
        text: d.source.slice(p.start, p.end),
        type: p.entry.type!,
        conceptId: p.entry.conceptId,
        ...(meshId ? { meshId } : {}),
        source: p.source,
        confidence: p.confidence,
        field: d.field,
      });
    }
  }

  // 4. Quantities.
  const quantities = linkQuantities(dict, docs, annotations, propsByField);
  return { annotations, quantities, abbreviations, revision: dict.revision, engineVersion: ENGINE_VERSION };
}

/** The concept the long form of a definition names: the dictionary match nearest its end (the head of an English noun phrase). */
function longFormMeaning(d: FieldDoc, def: Definition): { entry: Entry; fromLongForm: boolean } | undefined {
  let best: Candidate | undefined;
  for (let k = def.long.first; k <= def.long.last; k++) for (const c of d.byFirst.get(k) ?? []) {
    if (c.end > def.long.end) continue;
    if (isAmbiguous(c.entries) || !pickEntry(c.entries)) continue;
    if (!best || c.end > best.end || (c.end === best.end && c.start < best.start)) best = c;
  }
  return best ? { entry: pickEntry(best.entries, headKey(d.tokens, best))!, fromLongForm: true } : undefined;
}

/**
 * The dictionary's own meaning of a short form, when it has exactly one and the long form can
 * mean it: the long form shares a word with one of the concept's labels ("polyaryl ether ether
 * ketone (PEEK)" can be polyether ether ketone; "physical examination (PE)" is no polyethylene).
 */
function shortFormMeaning(dict: Dictionary, d: FieldDoc, def: Definition): { entry: Entry; fromLongForm: boolean } | undefined {
  const c = (d.byFirst.get(def.short.first) ?? []).find((x) => x.last === def.short.last);
  if (!c || isAmbiguous(c.entries)) return undefined;
  const e = pickEntry(c.entries, headKey(d.tokens, c));
  if (!e) return undefined;
  const words = dict.conceptWords.get(e.conceptId);
  let related = false;
  for (let k = def.long.first; k <= def.long.last && !related; k++) if (words?.has(d.tokens[k].key)) related = true;
  return related ? { entry: e, fromLongForm: false } : undefined;
}

/**
 * Polymer and alloy notations that belong to a material's name: "PLGA 50:50", "PLGA 85/15"
 * (a copolymer ratio after the name) and "Ti-6Al-4V alloy", "AZ31 alloy" (a designation with
 * digits followed by alloy).
 */
function extendSpan(d: FieldDoc, p: Proposal, taken: Uint8Array): void {
  const t = d.tokens;
  // "distal radius", "proximal femur", "left ventricle": the position belongs to the site.
  const pos = t[p.first - 1];
  if (p.entry.type === 'Tissue' && pos && t[p.first].space && !taken[p.first - 1] && pos.kind === 'word' && POSITIONS.has(pos.key)) {
    p.first -= 1;
    p.start = t[p.first].start;
    taken[p.first] = 1;
  }
  // A phase letter names a specific material: "β titanium alloy", "α-TCP".
  const g = t[p.first - 1];
  const phaseType: EntityType = p.entry.type === 'BiomaterialType' && CLASS_HEADS.has(t[p.last].key) ? 'BiomaterialType' : 'Biomaterial';
  if (MATERIAL_TYPES.has(p.entry.type!) && g?.kind === 'greek' && !taken[p.first - 1] && /^(alpha|beta|gamma|delta|omega)$/.test(g.key) && (t[p.first].space || !t[p.first].glued)) {
    p.first -= 1;
    p.start = t[p.first].start;
    p.entry = { ...p.entry, type: phaseType };
  } else if (MATERIAL_TYPES.has(p.entry.type!) && g?.soft && !g.space && t[p.first - 2]?.kind === 'greek' && !taken[p.first - 2] && /^(alpha|beta|gamma|delta|omega)$/.test(t[p.first - 2].key)) {
    p.first -= 2;
    p.start = t[p.first].start;
    p.entry = { ...p.entry, type: phaseType };
  }
  if (p.entry.type !== 'Biomaterial') return;
  const a = t[p.last + 1];
  const b = t[p.last + 2];
  const c = t[p.last + 3];
  if (a?.kind === 'num' && a.space && (b?.raw === ':' || b?.raw === '/') && !b.space && c?.kind === 'num' && !c.space && !taken[p.last + 1]) {
    const sum = (a.num ?? 0) + (c.num ?? 0);
    if (Math.abs(sum - 100) < 1e-9 || (a.num! <= 100 && c.num! <= 100 && a.num! + c.num! <= 100)) {
      p.last += 3;
      p.end = c.end;
      return;
    }
  }
  const raw = d.source.slice(p.start, p.end);
  const before = t[p.first - 1];
  if (/\d/.test(raw) && a?.kind === 'word' && a.space && (a.key === 'alloy') && !taken[p.last + 1]) {
    p.last += 1;
    p.end = a.end;
  }
  // Hydrates belong to the compound: "calcium sulfate hemihydrate".
  if (a?.kind === 'word' && a.space && !taken[p.last + 1] && /^(hemihydrate|dihydrate|monohydrate|trihydrate|anhydrous|anhydrate)$/.test(a.key)) {
    p.last += 1;
    p.end = a.end;
  }
  // "nano-hydroxyapatite": the size prefix is part of the name.
  if (t[p.first - 1]?.soft && !t[p.first].space && !t[p.first - 1].space && t[p.first - 2]?.kind === 'word' && t[p.first - 2].key === 'nano' && !taken[p.first - 2]) {
    p.first -= 2;
    p.start = t[p.first].start;
  }
  // Purity belongs to the material's name: "high-purity alumina", "commercially pure titanium".
  if (before && t[p.first].space && !taken[p.first - 1] && before.kind === 'word') {
    // ("pure" alone often means unblended: "pure PCL" against the composite; it stays outside.)
    if (before.key === 'pure' && t[p.first - 2]?.key === 'commercially' && !taken[p.first - 2]) {
      p.first -= 2;
      p.start = t[p.first].start;
    } else if (before.key === 'purity' && t[p.first - 2]?.soft && t[p.first - 3]?.key === 'high' && !taken[p.first - 3]) {
      p.first -= 3;
      p.start = t[p.first].start;
    }
  }
}

const POSITIONS = new Set(['proximal', 'distal', 'medial', 'lateral', 'anterior', 'posterior', 'superior', 'inferior', 'left', 'right', 'dorsal', 'ventral']);

/** Ions named by their element: "chromium ions", "calcium ion" (a biologically active substance). */
function extendIon(d: FieldDoc, p: Proposal): Proposal {
  const next = d.tokens[p.last + 1];
  if ((p.entry.type === 'Biomaterial' || p.entry.type === 'BiologicallyActiveSubstance') && p.first === p.last && next?.kind === 'word' && next.space && next.key === 'ion')
    return { ...p, last: p.last + 1, end: next.end, entry: { ...p.entry, type: 'BiologicallyActiveSubstance' } };
  return p;
}

const DEVICE_TYPES = new Set<EntityType>(['ManufacturedObject', 'ManufacturedObjectComponent']);
const DEVICE_MODIFIERS = new Set<EntityType>(['Biomaterial', 'BiomaterialType', 'ManufacturedObjectFeatures', 'Structure']);
const MATERIAL_TYPES = new Set<EntityType>(['Biomaterial', 'BiomaterialType']);
const MATERIAL_MODIFIERS = new Set<EntityType>(['DegradationFeatures']);

/**
 * The annotation guidelines' span rules that need more than one match:
 * - a material, class, feature or form named before a device is its own span even where the pair
 *   is a vocabulary label ("PEEK cage" -> PEEK + cage, "silicone breast implants", "drug-eluting
 *   stent"); so is a degradation or structure word before a material ("biodegradable" +
 *   "magnesium alloys", "porous" + "tantalum");
 * - a grade or designation next to a material or class is one Biomaterial span ("316L stainless
 *   steel", "45S5 Bioglass", "AZ31 magnesium alloy", "bioactive glass S53P4");
 * - a species word before a cell name belongs to the cell ("rat bone marrow mesenchymal stem cells");
 * - an element followed by "ions" is a biologically active substance ("chromium ions").
 */
function refine(d: FieldDoc, kept: Proposal[], dict: Dictionary): Proposal[] {
  let out: Proposal[] = [...kept];
  const covered = new Uint8Array(d.tokens.length + 1);
  for (const p of out) for (let k = p.first; k <= p.last; k++) covered[k] = 1;
  out = out.map((p) => (covered[p.last + 1] ? p : extendIon(d, p)));
  out = out
    .map((p) => shrinkGeneric(d, p))
    .filter((p) => !isSaltName(d, p, covered) && !isCompositionWord(d, p) && !isBearingCouple(d, p) && !isForeignAcronym(d, p))
    .map((p) => asReleasedElement(d, p))
    .map((p) => asProcessVerb(d, p));
  // merges of neighbours (only whitespace between)
  const merged: Proposal[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const c = out[i + 2];
    const adjacent = (x: Proposal, y: Proposal) => y.first === x.last + 1 && d.tokens[y.first].space && x.field === y.field;
    if (b && adjacent(a, b)) {
      const da = isDesignation(d, a);
      const db = isDesignation(d, b);
      const des = da && !db ? a : db && !da ? b : null;
      const other = des === a ? b : a;
      if (des && MATERIAL_TYPES.has(other.entry.type!) && designates(d, dict, des, other)) {
        merged.push({ ...des, first: a.first, last: b.last, start: a.start, end: b.end, confidence: Math.min(a.confidence, b.confidence) });
        i++;
        continue;
      }
      if (a.entry.type === 'Species' && b.entry.type === 'Cell') {
        merged.push({ ...b, first: a.first, start: a.start });
        i++;
        continue;
      }
      if (a.entry.type === 'Species' && b.entry.type === 'Tissue' && c && adjacent(b, c) && c.entry.type === 'Cell') {
        merged.push({ ...c, first: a.first, start: a.start });
        i += 2;
        continue;
      }
    }
    merged.push(a);
  }
  return merged;
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * A participle that names both a surface finish and a way of making ("machined") is the process
 * when it is used as a verb ("implants are usually machined from blocks", "were extruded and
 * machined"), the feature otherwise ("machined implants"): the guidelines' rule for machined.
 */
function asProcessVerb(d: FieldDoc, p: Proposal): Proposal {
  if (p.entry.type !== 'ManufacturedObjectFeatures' || p.first !== p.last || !/ed$/.test(d.tokens[p.first].key)) return p;
  const t = d.tokens;
  let verb = t[p.last + 1]?.kind === 'word' && (t[p.last + 1].key === 'from' || t[p.last + 1].key === 'by');
  for (let k = p.first - 1; !verb && k >= Math.max(0, p.first - 3); k--) verb = t[k].kind === 'word' && AUXILIARIES.has(t[k].key);
  if (!verb) return p;
  const proc = (d.byFirst.get(p.first) ?? []).find((x) => x.last === p.last)?.entries.find((e) => e.type === 'MaterialProcessing');
  return proc ? { ...p, entry: proc, confidence: CONFIDENCE[proc.strength] } : p;
}

/** "metal-on-metal", "ceramic-on-polyethylene": a bearing couple (a device feature), not a mention of the material. */
function isBearingCouple(d: FieldDoc, p: Proposal): boolean {
  const t = d.tokens;
  const on = (k: number) => t[k]?.kind === 'word' && t[k].key === 'on' && !t[k].space && t[k - 1]?.soft && t[k + 1]?.soft && !t[k + 1].space;
  return on(p.last + 2) || on(p.first - 2);
}

/**
 * An element named as an agent that is released, measured or added ("the release of nickel",
 * "serum zinc levels", "silver-containing dressings", "strontium-doped") is a biologically active
 * substance, not the material.
 */
const AGENT_BEFORE = [['release', 'of'], ['released'], ['concentration', 'of'], ['level', 'of'], ['content', 'of'], ['uptake', 'of'], ['serum'], ['blood']];
const AGENT_AFTER = new Set(['release', 'level', 'concentration', 'uptake', 'containing', 'releasing', 'doped', 'substituted', 'loaded', 'incorporated']);
function asReleasedElement(d: FieldDoc, p: Proposal): Proposal {
  if (p.entry.type !== 'Biomaterial' || p.first !== p.last || !d.tokens[p.first] || !ELEMENT_NAME_KEYS.has(d.tokens[p.first].key)) return p;
  const t = d.tokens;
  let agent = false;
  const next = t[p.last + 1]?.soft && !t[p.last + 1].space ? t[p.last + 2] : t[p.last + 1];
  if (next?.kind === 'word' && AGENT_AFTER.has(next.key)) agent = true;
  for (const words of AGENT_BEFORE) {
    if (agent) break;
    agent = words.every((w, i) => t[p.first - words.length + i]?.key === singular(w));
  }
  return agent ? { ...p, entry: { ...p.entry, type: 'BiologicallyActiveSubstance' } } : p;
}

/** "titanium-rich oxide", "aluminium-free alloys", "iron-laden macrophages": a composition, not the material. */
const COMPOSITION_SUFFIXES = new Set(['rich', 'free', 'laden', 'poor', 'depleted', 'deficient', 'enriched']);
function isCompositionWord(d: FieldDoc, p: Proposal): boolean {
  const dash = d.tokens[p.last + 1];
  const word = d.tokens[p.last + 2];
  return dash?.soft === true && !dash.space && dash.raw !== '/' && word?.kind === 'word' && !word.space && COMPOSITION_SUFFIXES.has(word.key);
}

function isSaltName(d: FieldDoc, p: Proposal, covered: Uint8Array): boolean {
  if (p.entry.type !== 'Biomaterial' && p.entry.type !== 'BiologicallyActiveSubstance') return false;
  const next = d.tokens[p.last + 1];
  return next !== undefined && next.kind === 'word' && next.space && !covered[p.last + 1] && ANIONS.has(next.key);
}

/**
 * An acronym that names something outside the 18 types here: an epitope tag ("an HA tag", "anti-HA
 * antibody": haemagglutinin, not hydroxyapatite). The guidelines leave such short forms out.
 */
function isForeignAcronym(d: FieldDoc, p: Proposal): boolean {
  if (p.first !== p.last || !p.entry.surface) return false;
  const t = d.tokens;
  const next = t[p.last + 1];
  if (next?.kind === 'word' && next.space && (next.key === 'tag' || next.key === 'epitope')) return true;
  const dash = t[p.first - 1];
  return dash?.soft === true && !dash.space && !t[p.first].space && t[p.first - 2]?.kind === 'word' && t[p.first - 2].key === 'anti';
}

/** Generic heads that belong to the term they end ("antibacterial effect", "inflammatory response"). */
const KEPT_HEADS = new Set(['effect', 'response']);

/** "in vitro study" -> "in vitro", "four-point bending tests" -> "four-point bending": a generic last word stays outside when the rest names the same concept. */
function shrinkGeneric(d: FieldDoc, p: Proposal): Proposal {
  const lastTok = d.tokens[p.last];
  // "strontium-substituted", "vancomycin-loaded": only the name is the mention (the guidelines).
  const dash = d.tokens[p.last - 1];
  if (p.first < p.last - 1 && lastTok.kind === 'word' && /(ed|ing)$/.test(lastTok.key) && dash?.soft && !dash.space && !lastTok.space && (p.entry.type === 'BiologicallyActiveSubstance' || p.entry.type === 'Biomaterial')) {
    const c = (d.byFirst.get(p.first) ?? []).find((x) => x.last === p.last - 2 && x.entries.some((e) => e.conceptId === p.entry.conceptId));
    if (c) return { ...p, last: c.last, end: c.end };
  }
  // (not for cells: "MG-63 cells" keeps its head noun)
  if (p.first === p.last || p.entry.type === 'Cell' || lastTok.kind !== 'word' || !GENERIC_WORDS.has(lastTok.key) || KEPT_HEADS.has(lastTok.key)) return p;
  let end = p.last - 1;
  while (end > p.first && d.tokens[end].soft) end--;
  const c = (d.byFirst.get(p.first) ?? []).find((x) => x.last === end && x.entries.some((e) => e.conceptId === p.entry.conceptId));
  return c ? { ...p, last: c.last, end: c.end } : p;
}

/**
 * A designation names the material next to it ("316L stainless steel", "AZ31 magnesium alloy") when
 * both are one concept, the neighbour is a class word, or the neighbour's words are among the
 * designation's labels; "titanium 316L" are two materials.
 */
function designates(d: FieldDoc, dict: Dictionary, des: Proposal, other: Proposal): boolean {
  if (des.entry.conceptId === other.entry.conceptId || other.entry.type === 'BiomaterialType') return true;
  const words = dict.conceptWords.get(des.entry.conceptId);
  if (!words) return false;
  for (let k = other.first; k <= other.last; k++) if (d.tokens[k].kind === 'word' && !d.tokens[k].soft && words.has(d.tokens[k].key)) return true;
  return false;
}

/** A grade or designation: one Biomaterial word with digits (316L, 45S5, AZ31, S53P4, WE43, 13-93). */
function isDesignation(d: FieldDoc, p: Proposal): boolean {
  if (p.entry.type !== 'Biomaterial') return false;
  const raw = d.source.slice(p.start, p.end);
  return /\d/.test(raw) && !/\s/.test(raw) && raw.length <= 12;
}

/** "in vitro cytotoxicity", "in vivo degradation": the study design is its own span wherever it occurs. */
const STUDY_MODIFIERS = new Set<EntityType>(['StudyType']);

function splitModifiers(d: FieldDoc, p: Proposal, depth: number): Proposal[] {
  const type = p.entry.type!;
  const allowed = DEVICE_TYPES.has(type) ? DEVICE_MODIFIERS : MATERIAL_TYPES.has(type) ? MATERIAL_MODIFIERS : type === 'StudyType' ? undefined : STUDY_MODIFIERS;
  if (!allowed || depth > 3 || p.first === p.last) return [p];
  const kept = splitExact(d, p, depth, type, allowed);
  return kept;
}

function splitExact(d: FieldDoc, p: Proposal, depth: number, type: EntityType, allowed: Set<EntityType>): Proposal[] {
  const heads = (d.byFirst.get(p.first) ?? []).filter((c) => c.last < p.last).sort((x, y) => y.last - x.last);
  for (const c of heads) {
    const e = pickEntry(c.entries, headKey(d.tokens, c));
    if (!e || !allowed.has(e.type!) || e.type === type || isAmbiguous(c.entries)) continue;
    if (e.type === 'ManufacturedObjectFeatures' && DEVICE_TYPES.has(type) && (p.entry.strength === 'pref' || p.entry.strength === 'alt')) continue;
    let next = c.last + 1;
    while (next <= p.last && d.tokens[next].soft) next++;
    const rest = (d.byFirst.get(next) ?? []).find((x) => x.last === p.last && !isAmbiguous(x.entries) && pickEntry(x.entries));
    if (!rest) continue;
    const re = pickEntry(rest.entries, headKey(d.tokens, rest))!;
    if (DEVICE_TYPES.has(type) ? !DEVICE_TYPES.has(re.type!) && re.type !== 'Structure' : MATERIAL_TYPES.has(type) ? !MATERIAL_TYPES.has(re.type!) : re.type === 'StudyType') continue;
    const head: Proposal = { ...p, first: c.first, last: c.last, start: c.start, end: c.end, entry: e, source: e.strength === 'mesh' ? 'mesh' : 'dictionary', confidence: CONFIDENCE[e.strength] };
    const tail: Proposal = { ...p, first: rest.first, last: rest.last, start: rest.start, end: rest.end, entry: re, source: re.strength === 'mesh' ? 'mesh' : 'dictionary', confidence: CONFIDENCE[re.strength] };
    return [head, ...splitModifiers(d, tail, depth + 1)];
  }
  // No exact decomposition ("monolithic zirconia crowns"): the device noun at the end and the
  // materials named before it, when there are any; the other words stay unannotated.
  if (DEVICE_TYPES.has(type) && depth === 0) {
    for (let k = p.first + 1; k <= p.last; k++) {
      const tail = (d.byFirst.get(k) ?? []).find((x) => x.last === p.last && !isAmbiguous(x.entries) && DEVICE_TYPES.has(pickEntry(x.entries)?.type as EntityType));
      if (!tail) continue;
      const inner: Proposal[] = [];
      for (let j = p.first; j < k; j++) {
        const m = (d.byFirst.get(j) ?? []).filter((x) => x.last < k && !isAmbiguous(x.entries)).sort((x, y) => y.last - x.last)[0];
        const me = m && pickEntry(m.entries, headKey(d.tokens, m));
        if (!m || !me || !MATERIAL_TYPES.has(me.type!)) continue;
        // "bare-metal stents": a material word inside a hyphenated modifier is no mention of the material.
        if (d.tokens[m.first - 1]?.soft && !d.tokens[m.first].space && d.tokens[m.first - 2]?.kind === 'word') continue;
        inner.push({ ...p, first: m.first, last: m.last, start: m.start, end: m.end, entry: me, source: me.strength === 'mesh' ? 'mesh' : 'dictionary', confidence: CONFIDENCE[me.strength] });
        j = m.last;
      }
      if (!inner.length) break;
      const te = pickEntry(tail.entries, headKey(d.tokens, tail))!;
      return [...inner, { ...p, first: tail.first, last: tail.last, start: tail.start, end: tail.end, entry: te, source: te.strength === 'mesh' ? 'mesh' : 'dictionary', confidence: CONFIDENCE[te.strength] }];
    }
  }
  // A feature named with its device or surface ("smooth implants", "rough surface"): the feature
  // word(s) keep the concept, the device is its own span, a generic surface word none.
  if (type === 'ManufacturedObjectFeatures' && depth === 0) {
    const lastTok = d.tokens[p.last];
    if (lastTok.kind === 'word' && GENERIC_WORDS.has(lastTok.key) && p.last > p.first) {
      let end = p.last - 1;
      while (end > p.first && d.tokens[end].soft) end--;
      const feature = (d.byFirst.get(p.first) ?? []).some((x) => x.last === end && x.entries.some((e) => e.type === 'ManufacturedObjectFeatures'));
      if (feature) return [{ ...p, last: end, end: d.tokens[end].end }];
    }
    for (let k = p.first + 1; k <= p.last; k++) {
      const tail = (d.byFirst.get(k) ?? []).find((x) => x.last === p.last && !isAmbiguous(x.entries) && DEVICE_TYPES.has(pickEntry(x.entries)?.type as EntityType));
      if (!tail) continue;
      let end = k - 1;
      while (end > p.first && d.tokens[end].soft) end--;
      const te = pickEntry(tail.entries, headKey(d.tokens, tail))!;
      return [{ ...p, last: end, end: d.tokens[end].end }, { ...p, first: tail.first, last: tail.last, start: tail.start, end: tail.end, entry: te, source: te.strength === 'mesh' ? 'mesh' : 'dictionary', confidence: CONFIDENCE[te.strength] }];
    }
  }
  return [p];
}

const nameCache = new WeakMap<Dictionary, Map<string, Entry[]>>();

/** The dictionary entries of a name written out ("magnesium alloys", "zinc"). */
function lookupName(dict: Dictionary, name: string): Entry[] {
  let cache = nameCache.get(dict);
  if (!cache) nameCache.set(dict, (cache = new Map()));
  let hit = cache.get(name);
  if (!hit) {
    const tokens = tokenize(name);
    const last = tokens.length - 1;
    hit = findCandidates(dict.entities, tokens).find((c) => c.first === 0 && c.last === last)?.entries ?? [];
    cache.set(name, hit);
  }
  return hit;
}

/** Alloys and ions in chemical notation, as proposals that lose to any dictionary match of the same span. */
function notationProposals(dict: Dictionary, d: FieldDoc): Proposal[] {
  const out: Proposal[] = [];
  for (const n of findNotations(d.tokens, dict.elementNames)) {
    const names =
      n.kind === 'alloy' ? [`${n.element} alloys`, n.element] : n.kind === 'pair' ? [`${n.element} alloys`, n.element, n.element.split('-')[0]] : [`${n.element} ions`, n.element];
    let entry: Entry | undefined;
    for (const name of names) {
      const entries = lookupName(dict, name);
      entry = entries.find((e) => e.type === (n.kind === 'ion' ? 'BiologicallyActiveSubstance' : 'Biomaterial')) ?? entries.find((e) => e.type === 'Biomaterial' || e.type === 'BiologicallyActiveSubstance');
      if (entry) break;
    }
    if (!entry) continue;
    out.push({
      field: d.field, first: n.first, last: n.last, start: d.tokens[n.first].start, end: d.tokens[n.last].end,
      entry: { ...entry, type: n.kind === 'ion' ? 'BiologicallyActiveSubstance' : 'Biomaterial' },
      source: 'dictionary', confidence: 0.7, rank: -1,
    });
  }
  return out;
}

interface PropertyMention {
  first: number;
  last: number;
  start: number;
  end: number;
  ids: string[];
}

function propertyMentions(dict: Dictionary, d: FieldDoc): PropertyMention[] {
  const cands = findCandidates(dict.properties, d.tokens);
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(d.tokens.length);
  const out: PropertyMention[] = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.first; k <= c.last; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.first; k <= c.last; k++) taken[k] = 1;
    const ids = [...new Set(c.entries.sort((x, y) => STRENGTH_RANK[x.strength] - STRENGTH_RANK[y.strength]).map((e) => e.conceptId))];
    out.push({ first: c.first, last: c.last, start: c.start, end: c.end, ids });
  }
  return out.sort((a, b) => a.start - b.start);
}

function linkQuantities(dict: Dictionary, docs: FieldDoc[], annotations: Annotation[], propsByField: Map<Field, PropertyMention[]>): QuantityMention[] {
  // The document's main material: the Biomaterial named most often (title mentions count twice), first named on ties.
  const counts = new Map<string, { n: number; at: number }>();
  annotations.forEach((a, i) => {
    if (a.type !== 'Biomaterial') return;
    const c = counts.get(a.conceptId) ?? { n: 0, at: i };
    c.n += a.field === 'title' ? 2 : 1;
    counts.set(a.conceptId, c);
  });
  let main: string | undefined;
  let bestN = 0;
  let bestAt = Infinity;
  for (const [id, c] of counts) if (c.n > bestN || (c.n === bestN && c.at < bestAt)) [main, bestN, bestAt] = [id, c.n, c.at];

  const ctx: LinkContext = { dict, dimensionless: [...dict.propertyUnits].filter(([, u]) => u === '1').map(([id]) => id), byUnit: new Map() };
  const out: QuantityMention[] = [];
  for (const d of docs) {
    if (!d.tokens.length) continue;
    const props = propsByField.get(d.field) ?? [];
    const materials = annotations.filter((a) => a.field === d.field && a.type === 'Biomaterial');
    const degradation = annotations.filter((a) => a.field === d.field && a.type === 'DegradationFeatures');
    let previous: PropertyMention[] = [];
    for (const s of d.sents) {
      const inSentence = props.filter((p) => p.first >= s.first && p.last < s.endToken);
      const found = findQuantities(d.tokens, s.first, s.endToken);
      for (const q of found) {
        const link = linkProperty(ctx, d, s, q, inSentence, previous, degradation);
        if (!link) continue;
        const canonical = dict.propertyUnits.get(link.id)!;
        const spec = q.unit?.spec ?? '1';
        const norm = (n: number, unitSpec = spec) => (spec === '1' && canonical === '1' ? n : convert(canonical, unitSpec, n));
        const normalized: QuantityMention['normalized'] = { unit: canonical };
        if (q.value !== undefined) {
          const v = norm(q.value);
          if (v === undefined) continue;
          normalized.value = v;
        } else {
          const lo = norm(q.min!, q.minUnit?.spec ?? spec);
          const hi = norm(q.max!);
          if (lo === undefined || hi === undefined) continue;
          normalized.min = Math.min(lo, hi);
          normalized.max = Math.max(lo, hi);
        }
        const material = nearestMaterial(materials, q, s) ?? main;
        out.push({
          start: q.start,
          end: q.end,
          text: d.source.slice(q.start, q.end),
          field: d.field,
          propertyType: link.id,
          ...(q.value !== undefined ? { value: q.value } : { min: q.min, max: q.max }),
          ...(q.uncertainty !== undefined ? { uncertainty: q.uncertainty } : {}),
          unit: q.unit?.written ?? '1',
          normalized,
          ...(material ? { materialConceptId: material } : {}),
          ...(q.bound ? { bound: q.bound } : {}),
          sentence: { start: s.start, end: s.end },
        });
      }
      if (inSentence.length) previous = inSentence;
      else previous = [];
    }
  }
  return out;
}

interface LinkContext {
  dict: Dictionary;
  dimensionless: string[];
  byUnit: Map<string, string[]>;
}

const SELF_EXPLAINING_UNITS = new Set(['g/cm^3', 'kg/m^3', 'MPa m^0.5', 'HV', 'W/(m K)']);

/** Words right before or after a length that say what it measures: "pores of about 550 µm", "fibres of 450 nm", "300 µm pores". */
const LENGTH_HEADS: [RegExp, string][] = [
  [/pore$/, 'property-type/pore-size'],
  [/fiber$/, 'property-type/fibre-diameter'],
  [/(grain|crystallite)$/, 'property-type/grain-size'],
];

/** Words that say a time is how long a material takes to degrade ("degrades in 1-2 months", "resorbs in 4 to 8 weeks"). */
const DEGRADATION_CUE = /^(degrad|resorb|resorp|bioresorb|erod|erosion|dissol|absorb)/;
/** Prepositions of a time point or an observation time ("after 7 days", "at 12 weeks", "for 60 days"). */
const TIME_POINT = new Set(['after', 'at', 'by', 'for', 'in', 'within', 'over', 'during', 'until', 'on', 'from', 'to', 'each', 'every', 'per']);

/**
 * The property type a quantity measures, by these rules in order:
 * 1. the nearest property-type label before it in the sentence whose canonical unit the
 *    quantity's unit converts to ("a porosity of 70-90 %");
 * 2. for a length, a pore, fibre or grain word next to it ("pores of about 550 µm");
 * 3. a compatible label right after it ("70 % porosity"), except for compositions (wt %);
 * 4. for a time, a degradation word before it in the sentence ("degrades in 1-2 months"), unless
 *    the time is a plain time point ("after 7 days", "for 60 days");
 * 5. for a percentage, "of their (initial) mass" after it: a mass loss;
 * 6. for units that say what they measure (g/cm³, MPa·m^1/2, HV, W/(m K)), the only property type
 *    of that dimension;
 * 7. for a stress, the property type of the previous sentence ("... modulus. Cortical bone was
 *    modelled with 17 GPa").
 * A number without a unit is read only for a dimensionless property named right before it.
 * Culture times, process temperatures, doses and compositions match none of these.
 */
function linkProperty(ctx: LinkContext, d: FieldDoc, s: Sentence, q: RawQuantity, props: PropertyMention[], previous: PropertyMention[], degradation: Annotation[]): { id: string } | undefined {
  const { dict } = ctx;
  const has = (id: string) => dict.propertyUnits.has(id);
  const fits = (id: string) => {
    const canonical = dict.propertyUnits.get(id);
    if (!canonical) return false;
    if (!q.unit) return canonical === '1';
    return canonical !== '1' && compatible(canonical, q.unit.spec);
  };
  const before = props.filter((p) => p.end <= q.start).reverse();
  const after = props.filter((p) => p.start >= q.end);
  if (!q.unit) {
    const p = before[0];
    if (p && q.first - p.last <= 4) {
      const id = p.ids.find((x) => ctx.dimensionless.includes(x));
      if (id) return { id };
    }
    return undefined;
  }
  const spec = q.unit.spec;
  const composition = isComposition(q.unit) || (d.tokens[q.last + 1]?.raw === '(' && /^(w|v)$/i.test(d.tokens[q.last + 2]?.raw ?? ''));
  // 1.
  for (const p of before) {
    const id = p.ids.find(fits);
    if (id) return composition && q.first - p.last > 6 ? undefined : { id };
  }
  // 2.
  if (isLengthUnit(spec)) {
    const near: Token[] = [];
    for (let k = q.first - 1; k >= Math.max(s.first, q.first - 5); k--) near.push(d.tokens[k]);
    for (let k = q.last + 1; k < Math.min(s.endToken, q.last + 3); k++) near.push(d.tokens[k]);
    for (const t of near) {
      if (t.kind !== 'word') continue;
      for (const [re, id] of LENGTH_HEADS) if (re.test(t.key) && has(id) && fits(id)) return { id };
    }
  }
  // 3.
  if (!composition)
    for (const p of after) {
      if (p.first - q.last > 3) break;
      const id = p.ids.find(fits);
      if (id) return { id };
    }
  // 4.
  if (isTimeUnit(spec) && has('property-type/degradation-time')) {
    const prev = d.tokens[q.first - 1];
    const plainPoint = q.bound === undefined && q.min === undefined && (prev === undefined || TIME_POINT.has(prev.raw.toLowerCase()));
    if (!plainPoint) {
      let cue = degradation.some((a) => a.start >= s.start && a.end <= q.start && q.start - a.end < 120);
      for (let k = q.first - 1; !cue && k >= Math.max(s.first, q.first - 25); k--) cue = d.tokens[k].kind === 'word' && DEGRADATION_CUE.test(d.tokens[k].key);
      if (cue) return { id: 'property-type/degradation-time' };
    }
  }
  // 5.
  if (spec === '%' && has('property-type/mass-loss')) {
    let k = q.last + 1;
    if (d.tokens[k]?.key === 'of') {
      k++;
      if (/^(their|its|the)$/.test(d.tokens[k]?.key ?? '')) k++;
      if (/^(initial|original|dry)$/.test(d.tokens[k]?.key ?? '')) k++;
      if (/^(mass|weight)$/.test(d.tokens[k]?.key ?? '')) return { id: 'property-type/mass-loss' };
    }
  }
  // 6.
  if (SELF_EXPLAINING_UNITS.has(spec)) {
    let all = ctx.byUnit.get(spec);
    if (!all) ctx.byUnit.set(spec, (all = [...dict.propertyUnits.keys()].filter(fits)));
    if (all.length === 1) return { id: all[0] };
  }
  // 7.
  if (isStressUnit(spec) && !composition)
    for (const p of [...previous].reverse()) {
      const id = p.ids.find(fits);
      if (id) return { id };
    }
  return undefined;
}

function nearestMaterial(materials: Annotation[], q: RawQuantity, s: Sentence): string | undefined {
  let best: Annotation | undefined;
  let bestDist = Infinity;
  for (const m of materials) {
    if (m.start < s.start || m.end > s.end) continue;
    const dist = m.end <= q.start ? q.start - m.end : m.start >= q.end ? m.start - q.end + 0.5 : 0;
    if (dist < bestDist) [best, bestDist] = [m, dist];
  }
  return best?.conceptId;
}
