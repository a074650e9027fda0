import { Definition, findDefinitions } from './abbreviations';
import { Dictionary } from './dictionary';
import { Candidate, Entry, STRENGTH_RANK, TrieNode, compactSurface, findCandidates, insert } from './matcher';
import { RawQuantity, compatible, convert, findQuantities } from './quantities';
import { Sentence, sentences } from './sentences';
import { singular } from './normalize';
import { Token, tokenize } from './tokenizer';
import { Abbreviation, AnnotateInput, AnnotateResult, Annotation, ENGINE_VERSION, ENTITY_TYPES, EntityType, Field, QuantityMention } from './types';

const TYPE_RANK = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));
const CONFIDENCE: Record<Entry['strength'], number> = { pref: 0.95, alt: 0.9, mesh: 0.8, hidden: 0.7 };

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
    'polyester', 'polyether', 'polyolefin', 'fluoropolymer', 'polysaccharide', 'protein', 'phosphate', 'elastomer', 'silicate'].map((w) => singular(w)),
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
  const acr = entries.filter((e) => e.acronym && e.type);
  if (!acr.length) return false;
  return new Set(acr.map((e) => e.sense)).size > 1;
};

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
    const mine = proposals.filter((p) => p.field === d.field && !insideProperty(p));
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
    for (const p of kept) {
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
  if (p.entry.type !== 'Biomaterial') return;
  const t = d.tokens;
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
  if (/\d/.test(raw) && a?.kind === 'word' && a.space && (a.key === 'alloy') && !taken[p.last + 1]) {
    p.last += 1;
    p.end = a.end;
  }
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

  const dimensionless = [...dict.propertyUnits].filter(([, u]) => u === '1').map(([id]) => id);
  const byUnit = new Map<string, string[]>();
  const out: QuantityMention[] = [];
  for (const d of docs) {
    if (!d.tokens.length) continue;
    const props = propsByField.get(d.field) ?? [];
    const materials = annotations.filter((a) => a.field === d.field && a.type === 'Biomaterial');
    for (const s of d.sents) {
      const found = findQuantities(d.tokens, s.first, s.endToken);
      if (!found.length) continue;
      const inSentence = props.filter((p) => p.first >= s.first && p.last < s.endToken);
      for (const q of found) {
        const link = linkProperty(dict, q, inSentence, dimensionless, byUnit);
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
    }
  }
  return out;
}

/**
 * The property type a quantity measures: the nearest property mention before it in the sentence
 * whose canonical unit the quantity's unit converts to; else the nearest after it ("70 %
 * porosity"); else, for units that say what they measure (g/cm³, MPa·m^1/2, HV, W/(m K)), the only
 * property type of that dimension. Times, temperatures, lengths and percentages are never
 * inferred from the unit alone (culture times, process temperatures and compositions are no
 * property values), and a number without a unit is read only for a dimensionless property named
 * right before it.
 */
const SELF_EXPLAINING_UNITS = new Set(['g/cm^3', 'kg/m^3', 'MPa m^0.5', 'HV', 'W/(m K)']);

function linkProperty(dict: Dictionary, q: RawQuantity, props: PropertyMention[], dimensionless: string[], byUnit: Map<string, string[]>): { id: string } | undefined {
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
      const id = p.ids.find((x) => dimensionless.includes(x));
      if (id) return { id };
    }
    return undefined;
  }
  for (const p of before) {
    const id = p.ids.find(fits);
    if (id) return { id };
  }
  for (const p of after) {
    const id = p.ids.find(fits);
    if (id) return { id };
  }
  if (!SELF_EXPLAINING_UNITS.has(q.unit.spec)) return undefined;
  let all = byUnit.get(q.unit.spec);
  if (!all) byUnit.set(q.unit.spec, (all = [...dict.propertyUnits.keys()].filter(fits)));
  return all.length === 1 ? { id: all[0] } : undefined;
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
