import { Token } from './tokenizer';

/** Words after which a full stop does not end a sentence. */
const NO_BREAK_AFTER = new Set(['e.g', 'i.e', 'al', 'approx', 'ca', 'vs', 'fig', 'figs', 'ref', 'refs', 'eq', 'no', 'nos', 'resp', 'cf', 'etc', 'vol', 'wt', 'sp', 'spp', 'dr', 'prof', 'mr', 'ms', 'st', 'inc', 'ltd', 'co', 'corp', 'approx', 'max', 'min', 'avg', 'n.s']);

export interface Sentence {
  start: number;
  end: number;
  /** Token indices, inclusive first, exclusive end. */
  first: number;
  endToken: number;
}

/**
 * Sentences from the tokens: a break after . ! ? (or ; is not one) when whitespace follows and the
 * next token starts with a capital, a digit or a quote, unless the word before is an
 * abbreviation (e.g., et al., Fig.); "S. aureus" goes on since a small letter follows. An empty
 * line ends a sentence too.
 */
export function sentences(tokens: Token[], source: string): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    out.push({ start: tokens[first].start, end: tokens[endToken - 1].end, first, endToken });
    first = endToken;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!next) break;
    if (t.kind === 'sym' && (t.raw === '.' || t.raw === '!' || t.raw === '?') && next.space) {
      const prev = tokens[k - 1];
      const prevWord = prev && prev.kind === 'word' ? prev.raw.toLowerCase() : '';
      const before2 = prev && tokens[k - 2]?.raw === '.' ? `${tokens[k - 3]?.raw.toLowerCase()}.${prevWord}` : prevWord;
      if (t.raw === '.' && (NO_BREAK_AFTER.has(prevWord) || NO_BREAK_AFTER.has(before2))) continue;
      const c = next.raw[0];
      if (/[\p{Lu}\d([\u2018\u201c"']/u.test(c) || next.kind === 'greek') close(k + 1);
    } else if (next.start > t.end && /\n\s*\n/.test(source.slice(t.end, next.start))) close(k + 1);
  }
  close(tokens.length);
  return out;
}
