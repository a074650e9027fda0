import { AnnotateResult, ENTITY_TYPES } from './types';

/**
 * Scoring of the engine against hand-annotated texts (test/fixtures/annotation/*.json): precision,
 * recall and F1 per type, strict (same span and type) and lenient (overlapping span, same type),
 * micro and macro averages, and the same for quantities (same property type). Pure: the bench and
 * quality.spec.ts share it.
 */
export interface GoldSpan {
  start: number;
  end: number;
  text?: string;
  type: string;
  concept?: string;
}

export interface GoldQuantity {
  start: number;
  end: number;
  text?: string;
  propertyType: string;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
}

export interface GoldDoc {
  id: string;
  title?: string;
  text: string;
  annotations: GoldSpan[];
  titleAnnotations?: GoldSpan[];
  quantities?: GoldQuantity[];
  titleQuantities?: GoldQuantity[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mismatch {
  doc: string;
  field: 'title' | 'text';
  kind: 'fp' | 'fn';
  text: string;
  type: string;
  start: number;
  end: number;
}

export interface EvaluationReport {
  documents: number;
  strict: { perType: Record<string, Score>; micro: Score; macro: Score };
  lenient: { perType: Record<string, Score>; micro: Score; macro: Score };
  quantities: { strict: Score; lenient: Score; valuesCorrect: number; valuesCompared: number };
  /** Strict misses and false positives, for reading (not scored). */
  mismatches: Mismatch[];
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
};

interface Span {
  start: number;
  end: number;
  type: string;
}

/** One-to-one matching: exact pairs first, then (lenient) overlapping pairs of the same type. */
function match(gold: Span[], pred: Span[], lenient: boolean): { tp: Map<string, number>; fp: Span[]; fn: Span[] } {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const tp = new Map<string, number>();
  const add = (t: string) => tp.set(t, (tp.get(t) ?? 0) + 1);
  pred.forEach((p, i) => {
    const j = gold.findIndex((g, k) => !usedG.has(k) && g.start === p.start && g.end === p.end && g.type === p.type);
    if (j >= 0) {
      usedG.add(j);
      usedP.add(i);
      add(p.type);
    }
  });
  if (lenient)
    pred.forEach((p, i) => {
      if (usedP.has(i)) return;
      const j = gold.findIndex((g, k) => !usedG.has(k) && g.type === p.type && g.start < p.end && p.start < g.end);
      if (j >= 0) {
        usedG.add(j);
        usedP.add(i);
        add(p.type);
      }
    });
  return { tp, fp: pred.filter((_, i) => !usedP.has(i)), fn: gold.filter((_, k) => !usedG.has(k)) };
}

export function evaluate(docs: GoldDoc[], predict: (doc: GoldDoc) => AnnotateResult): EvaluationReport {
  const types = new Set<string>(ENTITY_TYPES);
  const counts = { strict: new Map<string, [number, number, number]>(), lenient: new Map<string, [number, number, number]>() };
  const bump = (m: Map<string, [number, number, number]>, t: string, i: 0 | 1 | 2, n = 1) => {
    types.add(t);
    const c = m.get(t) ?? [0, 0, 0];
    c[i] += n;
    m.set(t, c);
  };
  const q = { strict: [0, 0, 0], lenient: [0, 0, 0], valuesCorrect: 0, valuesCompared: 0 };
  const mismatches: Mismatch[] = [];
  for (const doc of docs) {
    const result = predict(doc);
    for (const field of ['title', 'text'] as const) {
      const gold: Span[] = (field === 'title' ? doc.titleAnnotations ?? [] : doc.annotations ?? []).map((g) => ({ start: g.start, end: g.end, type: g.type }));
      const pred: Span[] = result.annotations.filter((a) => a.field === field).map((a) => ({ start: a.start, end: a.end, type: a.type }));
      const source = field === 'title' ? doc.title ?? '' : doc.text;
      for (const mode of ['strict', 'lenient'] as const) {
        const m = match(gold, pred, mode === 'lenient');
        for (const [t, n] of m.tp) bump(counts[mode], t, 0, n);
        for (const s of m.fp) bump(counts[mode], s.type, 1);
        for (const s of m.fn) bump(counts[mode], s.type, 2);
        if (mode === 'strict') {
          for (const s of m.fp) mismatches.push({ doc: doc.id, field, kind: 'fp', text: source.slice(s.start, s.end), type: s.type, start: s.start, end: s.end });
          for (const s of m.fn) mismatches.push({ doc: doc.id, field, kind: 'fn', text: source.slice(s.start, s.end), type: s.type, start: s.start, end: s.end });
        }
      }
      const gq = field === 'title' ? doc.titleQuantities ?? [] : doc.quantities ?? [];
      const pq = result.quantities.filter((x) => x.field === field);
      for (const mode of ['strict', 'lenient'] as const) {
        const m = match(
          gq.map((g) => ({ start: g.start, end: g.end, type: g.propertyType })),
          pq.map((p) => ({ start: p.start, end: p.end, type: p.propertyType })),
          mode === 'lenient',
        );
        const tp = [...m.tp.values()].reduce((a, b) => a + b, 0);
        q[mode][0] += tp;
        q[mode][1] += m.fp.length;
        q[mode][2] += m.fn.length;
        if (mode === 'strict') {
          for (const s of m.fp) mismatches.push({ doc: doc.id, field, kind: 'fp', text: source.slice(s.start, s.end), type: `Q:${s.type}`, start: s.start, end: s.end });
          for (const s of m.fn) mismatches.push({ doc: doc.id, field, kind: 'fn', text: source.slice(s.start, s.end), type: `Q:${s.type}`, start: s.start, end: s.end });
        }
      }
      // Values of the quantities found with the right span and property type.
      for (const g of gq) {
        const p = pq.find((x) => x.start === g.start && x.end === g.end && x.propertyType === g.propertyType);
        if (!p) continue;
        q.valuesCompared++;
        const same = (a?: number, b?: number) => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
        // The gold set writes an upper bound as max alone and a lower bound as min alone.
        const pv = p.bound === 'lt' || p.bound === 'le' ? { max: p.value } : p.bound === 'gt' || p.bound === 'ge' ? { min: p.value } : { value: p.value, min: p.min, max: p.max };
        if (same(g.value, pv.value) && same(g.min, pv.min) && same(g.max, pv.max)) q.valuesCorrect++;
      }
    }
  }
  const summarize = (m: Map<string, [number, number, number]>) => {
    const perType: Record<string, Score> = {};
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const f1s: number[] = [];
    const ps: number[] = [];
    const rs: number[] = [];
    for (const t of types) {
      const [a, b, c] = m.get(t) ?? [0, 0, 0];
      const s = score(a, b, c);
      perType[t] = s;
      tp += a;
      fp += b;
      fn += c;
      if (a + b + c > 0) {
        f1s.push(s.f1);
        ps.push(s.precision);
        rs.push(s.recall);
      }
    }
    const mean = (xs: number[]) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : 0);
    return { perType, micro: score(tp, fp, fn), macro: { tp, fp, fn, precision: mean(ps), recall: mean(rs), f1: mean(f1s) } };
  };
  return {
    documents: docs.length,
    strict: summarize(counts.strict),
    lenient: summarize(counts.lenient),
    quantities: { strict: score(q.strict[0], q.strict[1], q.strict[2]), lenient: score(q.lenient[0], q.lenient[1], q.lenient[2]), valuesCorrect: q.valuesCorrect, valuesCompared: q.valuesCompared },
    mismatches,
  };
}

/** A fixed-width table of a report, for the bench and for failing quality checks. */
export function formatReport(r: EvaluationReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const row = (name: string, s: Score, l: Score) =>
    `${name.padEnd(30)} ${String(s.tp + s.fn).padStart(5)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)}`;
  const lines = [`${'type'.padEnd(30)} ${'gold'.padStart(5)}  strict P     R    F1   lenient P   R    F1`];
  for (const t of Object.keys(r.strict.perType)) {
    const s = r.strict.perType[t];
    if (s.tp + s.fp + s.fn === 0) continue;
    lines.push(row(t, s, r.lenient.perType[t]));
  }
  lines.push(row('micro', r.strict.micro, r.lenient.micro));
  lines.push(row('macro', r.strict.macro, r.lenient.macro));
  lines.push(row('quantities', r.quantities.strict, r.quantities.lenient));
  lines.push(`quantity values correct: ${r.quantities.valuesCorrect}/${r.quantities.valuesCompared} (strict matches)`);
  return lines.join('\n');
}
