import { fold, greekName, wordKey } from './normalize';

/**
 * The tokeniser: one pass over the string, every token keeps its offsets (JavaScript string
 * indices). Everything downstream (dictionary, abbreviations, quantities, sentences) works on these
 * tokens and never tokenises the text again.
 *
 * - word: a run of letters (with combining marks and inner apostrophes: Young's);
 * - num: ASCII digits with a decimal part (12.5; 12,5 when the comma is not a thousands
 *   separator), thousands groups (1,500) and an exponent (1.2e3, 1.2E-3);
 * - greek: one Greek letter written next to other letters or alone (β in β-TCP or βTCP), spelled
 *   out in its key (beta); a run of Greek letters that forms a Greek word stays a word;
 * - sup: superscript digits and signs (10⁻³, cm³);
 * - sym: any other single character (punctuation, -, –, /, %, °, ±, ×, ~, <, ≤, ...).
 *
 * Letters and digits written together are separate tokens glued to each other (Ti6Al4V ->
 * Ti|6|Al|4|V; 6Al -> 6|Al), so that alloy notations with hyphens, en dashes, spaces or nothing
 * between their parts give the same keys. Separators (hyphens, dashes, slashes, a colon between
 * digits, parentheses glued inside a word as in poly(L-lactide)) are `soft`: dictionary matching
 * steps over them.
 */
export type TokenKind = 'word' | 'num' | 'greek' | 'sup' | 'sym';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The text as written: `source.slice(start, end)`. */
  raw: string;
  /** Lookup key: folded, singular word; spelled Greek letter; number text; symbol itself. */
  key: string;
  /** Whitespace (or the start of the string) comes right before this token. */
  space: boolean;
  /** A separator the dictionary steps over (hyphen, dash, slash, digit colon, inner parenthesis). */
  soft: boolean;
  /** An atom (word/num/greek/sup) written with no character between it and the previous atom. */
  glued: boolean;
  /** For numbers: the numeric value. */
  num?: number;
}

/**
 * Elided articles and prepositions of French and Italian ("l'histologie", "dell'osso", "un'erosione"):
 * the apostrophe ends them, so that the word after it is a token of its own (English "Young's" keeps
 * its apostrophe inside the word).
 */
const ELISIONS = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'un', 'dell', 'all', 'nell', 'sull', 'dall', 'coll', 'quell', 'dev', 'quest', 'lorsqu', 'puisqu', 'jusqu']);

const HYPHENS = new Set(['-', '‐', '‑', '‒', '–', '—', '−', '/', '⁄', '_']);
const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '-',
};

type CharClass = 'space' | 'letter' | 'greek' | 'digit' | 'sup' | 'other' | 'mark' | 'apos';

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

function classOf(ch: string, code: number): CharClass {
  if (code < 128) {
    if (isAsciiDigit(code)) return 'digit';
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'letter';
    if (code <= 32 || code === 127) return 'space';
    if (code === 39) return 'apos';
    return 'other';
  }
  if (SUPERSCRIPTS[ch] !== undefined) return 'sup';
  if (ch === '’' || ch === 'ʼ') return 'apos';
  if (ch === 'µ') return 'greek';
  if (/\s|\p{Cc}|\p{Cf}|\p{Zs}|\p{Zl}|\p{Zp}/u.test(ch)) return 'space';
  if (/\p{M}/u.test(ch)) return 'mark';
  if (/\p{Script=Greek}/u.test(ch) && /\p{L}/u.test(ch)) return 'greek';
  if (/\p{L}/u.test(ch)) return 'letter';
  return 'other';
}

/** Reads one code point at `i` (a lone surrogate is a character of its own). */
function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

export function tokenize(source: string): Token[] {
  const s = typeof source === 'string' ? source : '';
  const n = s.length;
  const tokens: Token[] = [];
  // Character classes, computed once (index -> class; the low half of a surrogate pair repeats the pair's class).
  const cls: CharClass[] = new Array(n);
  for (let i = 0; i < n; ) {
    const ch = charAt(s, i);
    const c = classOf(ch, ch.charCodeAt(0) < 0xd800 || ch.length === 1 ? ch.charCodeAt(0) : ch.codePointAt(0)!);
    cls[i] = c;
    if (ch.length === 2) cls[i + 1] = c;
    i += ch.length;
  }

  let space = true;
  const push = (start: number, end: number, kind: TokenKind, key: string, num?: number) => {
    const raw = s.slice(start, end);
    const prev = tokens[tokens.length - 1];
    const atom = kind !== 'sym';
    const glued = atom && !space && prev !== undefined && prev.kind !== 'sym' && prev.end === start;
    tokens.push({ start, end, kind, raw, key, space, soft: false, glued, num });
    space = false;
  };

  let i = 0;
  while (i < n) {
    const c = cls[i];
    if (c === 'space') {
      space = true;
      i++;
      continue;
    }
    if (c === 'digit') {
      let j = i;
      while (j < n && cls[j] === 'digit') j++;
      const intEnd = j;
      // Thousands groups: 1,500 or 12,000,000 (exactly three digits after each comma, not followed by another digit).
      let thousands = false;
      const group = (k: number) => s[k] === ',' && isAsciiDigit(s.charCodeAt(k + 1)) && isAsciiDigit(s.charCodeAt(k + 2)) && isAsciiDigit(s.charCodeAt(k + 3)) && !isAsciiDigit(s.charCodeAt(k + 4));
      while (intEnd - i <= 3 && group(j)) {
        j += 4;
        thousands = true;
      }
      // Decimal part: 12.5, or 12,5 (a decimal comma: not three digits after it).
      if (!thousands && (s[j] === '.' || s[j] === ',') && j + 1 < n && isAsciiDigit(s.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < n && cls[k] === 'digit') k++;
        if (s[j] === '.' || k - j - 1 !== 3) j = k;
      }
      // Exponent: 1.2e3, 1.2E-3, when no letter follows.
      if (s[j] === 'e' || s[j] === 'E') {
        let k = j + 1;
        if (s[k] === '-' || s[k] === '+' || s[k] === '−') k++;
        const digits = k;
        while (k < n && cls[k] === 'digit') k++;
        if (k > digits && (k >= n || (cls[k] !== 'letter' && cls[k] !== 'greek'))) j = k;
      }
      const text = s.slice(i, j);
      const value = Number(thousands ? text.replace(/,/g, '') : text.replace(',', '.').replace('−', '-'));
      push(i, j, 'num', text, Number.isFinite(value) ? value : undefined);
      i = j;
      continue;
    }
    if (c === 'letter' || c === 'greek' || c === 'mark' || c === 'apos') {
      if (c === 'mark' || c === 'apos') {
        // A combining mark or an apostrophe with no letter before it: a symbol.
        const ch = charAt(s, i);
        push(i, i + ch.length, 'sym', ch);
        i += ch.length;
        continue;
      }
      // A run of one script (Greek or not), with combining marks and inner apostrophes.
      const greek = c === 'greek';
      let j = i;
      while (j < n) {
        const d = cls[j];
        if (d === 'mark') j++;
        else if ((greek ? d === 'greek' : d === 'letter')) j += charAt(s, j).length;
        else if (d === 'apos' && j > i && j + 1 < n && cls[j + 1] === (greek ? 'greek' : 'letter') && !ELISIONS.has(s.slice(i, j).toLowerCase())) j++;
        else break;
      }
      const raw = s.slice(i, j);
      if (greek) {
        const letters = raw.replace(/\p{M}/gu, '');
        const name = [...letters].length === 1 ? greekName(letters) : undefined;
        // One Greek letter, or Greek letters glued to Latin ones or digits (βTCP, α2): spelled out one by one.
        const nextIsLatin = j < n && (cls[j] === 'letter' || cls[j] === 'digit');
        const prevIsLatin = i > 0 && (cls[i - 1] === 'letter' || cls[i - 1] === 'digit');
        if (name) push(i, j, 'greek', name);
        else if ((nextIsLatin || prevIsLatin) && [...letters].length <= 3) {
          let k = i;
          for (const ch of letters) {
            push(k, k + ch.length, 'greek', greekName(ch) ?? fold(ch));
            k += ch.length;
          }
        } else push(i, j, 'word', fold(raw));
      } else push(i, j, 'word', wordKey(raw));
      i = j;
      continue;
    }
    if (c === 'sup') {
      let j = i;
      while (j < n && cls[j] === 'sup') j++;
      const text = [...s.slice(i, j)].map((ch) => SUPERSCRIPTS[ch]).join('');
      const value = Number(text);
      push(i, j, 'sup', text, Number.isFinite(value) ? value : undefined);
      i = j;
      continue;
    }
    const ch = charAt(s, i);
    push(i, i + ch.length, 'sym', ch);
    i += ch.length;
  }
  markSoft(tokens);
  return tokens;
}

const isAtom = (t: Token | undefined) => t !== undefined && t.kind !== 'sym';

/** Which separators the dictionary steps over (see the header). */
function markSoft(tokens: Token[]): void {
  const open: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'sym') continue;
    if (HYPHENS.has(t.raw) || t.raw === '·') t.soft = true;
    else if (t.raw === ':' && !t.space && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1].space) t.soft = true;
    else if (t.raw === '(' || t.raw === '[') {
      // Inner parenthesis: glued to the atom before it (poly(...), 2(3H)).
      if (!t.space && isAtom(tokens[k - 1])) open.push(k);
      else open.push(-1 - k);
    } else if (t.raw === ')' || t.raw === ']') {
      const o = open.pop();
      if (o !== undefined && o >= 0) {
        tokens[o].soft = true;
        t.soft = true;
      }
    }
  }
  // Parentheses never closed stay hard. Glue never crosses a separator: the parts of "Ti-6Al" are
  // not glued, those of "Ti6Al" are.
}
