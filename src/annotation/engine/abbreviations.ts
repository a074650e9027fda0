import { greekInitial } from './normalize';
import { Token } from './tokenizer';
import { Sentence } from './sentences';

/**
 * Abbreviations defined in a text, after Schwartz & Hearst (2003), "A simple algorithm for
 * identifying abbreviation definitions in biomedical text": a short form in parentheses after
 * its long form, "long form (SF)", and the reverse, "SF (long form)". The long form is the
 * shortest run of words before the parenthesis in which the characters of the short form appear
 * in order, the first one at the start of a word. Greek letters of a short form also match their
 * spelled initial (β-TCP: beta-tricalcium phosphate).
 */
export interface Definition {
  short: { start: number; end: number; first: number; last: number };
  long: { start: number; end: number; first: number; last: number };
}

const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The Schwartz-Hearst check: does `sf` abbreviate the end of `lf`? Returns where the long form starts in `lf`, or -1. */
export function bestLongFormStart(sf: string, lf: string): number {
  let s = sf.length - 1;
  let l = lf.length - 1;
  const same = (a: string, b: string) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x === y || greekInitial(a) === y || greekInitial(b) === x;
  };
  while (s >= 0) {
    const c = sf[s];
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && !same(lf[l], c)) || (s === 0 && l > 0 && isAlnum(lf[l - 1]))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return lf.lastIndexOf(' ', l) + 1;
}

/** A plausible short form: 2-10 characters, at most two words, starts with a letter or digit, has a letter and a capital. */
function validShortForm(sf: string): boolean {
  if (sf.length < 2 || sf.length > 10) return false;
  if (sf.split(/\s+/).length > 2) return false;
  if (!isAlnum(sf[0])) return false;
  if (!/\p{L}/u.test(sf)) return false;
  if (!/\p{Lu}/u.test(sf) && !/\p{Script=Greek}/u.test(sf)) return false;
  if (/^[\p{Lu}]?\d+$/u.test(sf) || /^(fig|table|ref|eq)/i.test(sf)) return false;
  return true;
}

/** Token index range of the characters [start, end). */
function tokenRange(tokens: Token[], start: number, end: number, lo: number, hi: number): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  for (let k = lo; k < hi; k++) {
    const t = tokens[k];
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (first < 0) first = k;
    last = k;
  }
  return first < 0 ? undefined : { first, last };
}

export function findDefinitions(tokens: Token[], source: string, sents: Sentence[]): Definition[] {
  const out: Definition[] = [];
  for (const sent of sents) {
    for (let k = sent.first; k < sent.endToken; k++) {
      const open = tokens[k];
      if (open.raw !== '(' || open.soft) continue;
      // The matching parenthesis within the sentence.
      let depth = 0;
      let close = -1;
      for (let j = k + 1; j < sent.endToken && j < k + 40; j++) {
        if (tokens[j].raw === '(') depth++;
        else if (tokens[j].raw === ')') {
          if (depth === 0) {
            close = j;
            break;
          }
          depth--;
        }
      }
      if (close < 0 || close === k + 1) continue;
      // Inside: up to the first ; or , (e.g. "(HA; ref)").
      let innerLast = close - 1;
      for (let j = k + 1; j < close; j++)
        if (tokens[j].raw === ';' || tokens[j].raw === ',') {
          innerLast = j - 1;
          break;
        }
      if (innerLast < k + 1) continue;
      const inStart = tokens[k + 1].start;
      const inEnd = tokens[innerLast].end;
      const inner = source.slice(inStart, inEnd);
      const def = validShortForm(inner) ? longBefore(tokens, source, sent, k, inner, inStart, inEnd) : reverse(tokens, source, sent, k, inner, inStart, inEnd);
      if (def) {
        k = close;
        out.push(def);
      }
    }
  }
  return out;
}

/** "long form (SF)". */
function longBefore(tokens: Token[], source: string, sent: Sentence, open: number, sf: string, sfStart: number, sfEnd: number): Definition | undefined {
  const sfLen = sf.replace(/[^\p{L}\p{N}]/gu, '').length;
  const maxWords = Math.min(sfLen + 5, sfLen * 2);
  // The window: up to maxWords words before the parenthesis, within the sentence and after the last clause break.
  let words = 0;
  let from = open;
  for (let j = open - 1; j >= sent.first; j--) {
    const t = tokens[j];
    if (t.kind === 'sym' && !t.soft && t.raw !== "'" && t.raw !== '+') break;
    if (t.space) words++;
    from = j;
    if (words >= maxWords) break;
  }
  if (from >= open) return undefined;
  const winStart = tokens[from].start;
  const winEnd = tokens[open - 1].end;
  const lf = source.slice(winStart, winEnd);
  const at = bestLongFormStart(sf, lf);
  if (at < 0) return undefined;
  const lfStart = winStart + at;
  const lfText = source.slice(lfStart, winEnd);
  if (lfText.length <= sf.length || lfText.toLowerCase() === sf.toLowerCase()) return undefined;
  const lr = tokenRange(tokens, lfStart, winEnd, from, open);
  const sr = tokenRange(tokens, sfStart, sfEnd, open, sent.endToken);
  if (!lr || !sr) return undefined;
  // The long form must start at a token boundary.
  if (tokens[lr.first].start !== lfStart) return undefined;
  return { short: { start: sfStart, end: sfEnd, ...sr }, long: { start: lfStart, end: winEnd, ...lr } };
}

/** "SF (long form)": the word before the parenthesis is the short form, the parenthesis holds the long form. */
function reverse(tokens: Token[], source: string, sent: Sentence, open: number, inner: string, inStart: number, inEnd: number): Definition | undefined {
  if (!/\s/.test(inner) && inner.length < 4) return undefined;
  // The short form: the run of tokens with no whitespace before the parenthesis.
  let first = open - 1;
  if (first < sent.first || !open || !tokens[open].space) return undefined;
  while (first > sent.first && !tokens[first].space) first--;
  const sfStart = tokens[first].start;
  const sfEnd = tokens[open - 1].end;
  const sf = source.slice(sfStart, sfEnd);
  if (!validShortForm(sf)) return undefined;
  if (inner.split(/\s+/).length > Math.min(sf.length + 5, sf.length * 2)) return undefined;
  const at = bestLongFormStart(sf, inner);
  if (at !== 0) return undefined;
  if (inner.length <= sf.length) return undefined;
  const lr = tokenRange(tokens, inStart, inEnd, open, sent.endToken);
  if (!lr) return undefined;
  return { short: { start: sfStart, end: sfEnd, first, last: open - 1 }, long: { start: inStart, end: inEnd, ...lr } };
}
