import { DataFactory, Literal, NamedNode, Parser, Quad, Writer } from 'n3';
import { ProblemFieldError } from '../common/problem/problem';
import { ConceptInput, SchemeInput } from './concept-view';

const { namedNode, literal, quad } = DataFactory;

export const VOCAB_BASE = 'https://w3id.org/biomat-hub/vocab/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCT = 'http://purl.org/dc/terms/';
const BM = 'https://w3id.org/biomat-hub/ns#';
const XSD_DECIMAL = 'http://www.w3.org/2001/XMLSchema#decimal';

const PREFIXES = { skos: SKOS, dct: DCT, bm: BM, vocab: VOCAB_BASE, xsd: 'http://www.w3.org/2001/XMLSchema#' };

type ExportConcept = ConceptInput & { narrower?: string[] };

/** Writes schemes and concepts as SKOS in Turtle (n3). Our quantity metadata uses the bm: namespace. */
export function toTurtle(schemes: SchemeInput[], concepts: ExportConcept[]): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  const iri = (id: string) => namedNode(VOCAB_BASE + id);
  const add = (s: string, p: string, o: NamedNode | Literal) => writer.addQuad(quad(iri(s), namedNode(p), o));
  for (const s of schemes) {
    add(s.id, RDF_TYPE, namedNode(`${SKOS}ConceptScheme`));
    for (const [lang, text] of Object.entries(s.title)) add(s.id, `${DCT}title`, literal(text, lang));
  }
  for (const c of concepts) {
    add(c.id, RDF_TYPE, namedNode(`${SKOS}Concept`));
    add(c.id, `${SKOS}inScheme`, iri(c.id.split('/')[0]));
    for (const [lang, text] of Object.entries(c.prefLabel)) add(c.id, `${SKOS}prefLabel`, literal(text, lang));
    for (const [lang, texts] of Object.entries(c.altLabels ?? {})) for (const t of texts) add(c.id, `${SKOS}altLabel`, literal(t, lang));
    for (const [lang, texts] of Object.entries(c.hiddenLabels ?? {})) for (const t of texts) add(c.id, `${SKOS}hiddenLabel`, literal(t, lang));
    for (const [lang, text] of Object.entries(c.definition ?? {})) add(c.id, `${SKOS}definition`, literal(text, lang));
    for (const b of c.broader ?? []) add(c.id, `${SKOS}broader`, iri(b));
    for (const n of c.narrower ?? []) add(c.id, `${SKOS}narrower`, iri(n));
    for (const m of c.exactMatch ?? []) add(c.id, `${SKOS}exactMatch`, namedNode(m));
    for (const m of c.closeMatch ?? []) add(c.id, `${SKOS}closeMatch`, namedNode(m));
    const q = c.quantity;
    if (q) {
      add(c.id, `${BM}canonicalUnit`, literal(q.canonicalUnit));
      if (q.min != null) add(c.id, `${BM}minimum`, literal(String(q.min), namedNode(XSD_DECIMAL)));
      if (q.max != null) add(c.id, `${BM}maximum`, literal(String(q.max), namedNode(XSD_DECIMAL)));
      if (q.searchField) add(c.id, `${BM}searchField`, literal(q.searchField));
    }
  }
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

export interface ParsedVocabulary {
  schemes: SchemeInput[];
  concepts: ConceptInput[];
  errors: ProblemFieldError[];
}

/** Reads SKOS Turtle: concepts under our base IRI; narrower is folded into the child's broader. */
export function fromTurtle(text: string): ParsedVocabulary {
  const errors: ProblemFieldError[] = [];
  let quads: Quad[];
  try {
    quads = new Parser({ format: 'text/turtle' }).parse(text);
  } catch (err) {
    return { schemes: [], concepts: [], errors: [{ path: 'body', message: `not valid Turtle: ${(err as Error).message}` }] };
  }
  const local = (iri: string): string | undefined => (iri.startsWith(VOCAB_BASE) ? iri.slice(VOCAB_BASE.length) : undefined);
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  const isA = (qs: Quad[], type: string) => qs.some((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}${type}`);

  const schemes: SchemeInput[] = [];
  const concepts = new Map<string, ConceptInput>();
  const extraBroader: [string, string][] = [];
  for (const [subject, qs] of bySubject) {
    const id = local(subject);
    if (isA(qs, 'ConceptScheme')) {
      if (!id) errors.push({ path: subject, message: `scheme IRI must start with ${VOCAB_BASE}` });
      else schemes.push({ id, title: Object.fromEntries(qs.filter((q) => q.predicate.value === `${DCT}title`).map((q) => [langOf(q), q.object.value])) });
      continue;
    }
    if (!isA(qs, 'Concept')) continue;
    if (!id) {
      errors.push({ path: subject, message: `concept IRI must start with ${VOCAB_BASE}` });
      continue;
    }
    const c: ConceptInput = { id, prefLabel: {}, altLabels: {}, hiddenLabels: {}, definition: {}, broader: [], exactMatch: [], closeMatch: [] };
    const quantity: Record<string, unknown> = {};
    for (const q of qs) {
      const p = q.predicate.value;
      const v = q.object.value;
      const lang = langOf(q);
      if (p === `${SKOS}prefLabel`) {
        if (c.prefLabel[lang] && c.prefLabel[lang] !== v) errors.push({ path: `${id}.prefLabel.${lang}`, message: 'more than one prefLabel in this language' });
        c.prefLabel[lang] = v;
      } else if (p === `${SKOS}altLabel`) (c.altLabels![lang] ??= []).push(v);
      else if (p === `${SKOS}hiddenLabel`) (c.hiddenLabels![lang] ??= []).push(v);
      else if (p === `${SKOS}definition`) c.definition![lang] = v;
      else if (p === `${SKOS}broader`) {
        const b = local(v);
        if (b) c.broader!.push(b);
        else errors.push({ path: `${id}.broader`, message: `"${v}" is not a concept of this vocabulary` });
      } else if (p === `${SKOS}narrower`) {
        const n = local(v);
        if (n) extraBroader.push([n, id]);
      } else if (p === `${SKOS}exactMatch`) c.exactMatch!.push(v);
      else if (p === `${SKOS}closeMatch`) c.closeMatch!.push(v);
      else if (p === `${BM}canonicalUnit`) quantity.canonicalUnit = v;
      else if (p === `${BM}minimum`) quantity.min = Number(v);
      else if (p === `${BM}maximum`) quantity.max = Number(v);
      else if (p === `${BM}searchField`) quantity.searchField = v;
    }
    if (quantity.canonicalUnit) c.quantity = { min: null, max: null, searchField: null, ...quantity } as ConceptInput['quantity'];
    concepts.set(id, c);
  }
  for (const [child, parent] of extraBroader) {
    const c = concepts.get(child);
    if (c && !c.broader!.includes(parent)) c.broader!.push(parent);
  }
  return { schemes, concepts: [...concepts.values()], errors };
}

const langOf = (q: Quad): string => (q.object.termType === 'Literal' && q.object.language ? q.object.language : 'en');
