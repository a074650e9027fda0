import { wordKey } from './normalize';
import { Token } from './tokenizer';

/**
 * Chemical element symbols and their English names, for the notations that no vocabulary can list
 * in full: alloy designations (Fe-35Mn, Mg-1Ca, Ti-13Nb-13Zr, Zn-0.8Li) and ions (Mg2+, Ca²⁺, Ag+).
 */
export const ELEMENTS: Readonly<Record<string, string>> = Object.freeze({
  H: 'hydrogen', Li: 'lithium', B: 'boron', C: 'carbon', N: 'nitrogen', O: 'oxygen', F: 'fluorine', Na: 'sodium', Mg: 'magnesium',
  Al: 'aluminium', Si: 'silicon', P: 'phosphorus', S: 'sulfur', Cl: 'chlorine', K: 'potassium', Ca: 'calcium', Sc: 'scandium',
  Ti: 'titanium', V: 'vanadium', Cr: 'chromium', Mn: 'manganese', Fe: 'iron', Co: 'cobalt', Ni: 'nickel', Cu: 'copper', Zn: 'zinc',
  Ga: 'gallium', Ge: 'germanium', Se: 'selenium', Sr: 'strontium', Y: 'yttrium', Zr: 'zirconium', Nb: 'niobium', Mo: 'molybdenum',
  Ru: 'ruthenium', Rh: 'rhodium', Pd: 'palladium', Ag: 'silver', In: 'indium', Sn: 'tin', Ba: 'barium', La: 'lanthanum', Ce: 'cerium',
  Nd: 'neodymium', Gd: 'gadolinium', Hf: 'hafnium', Ta: 'tantalum', W: 'tungsten', Re: 'rhenium', Os: 'osmium', Ir: 'iridium',
  Pt: 'platinum', Au: 'gold', Bi: 'bismuth', Rb: 'rubidium', Cs: 'caesium', Be: 'beryllium', Cd: 'cadmium', Pb: 'lead', Hg: 'mercury',
});

const isSymbol = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && ELEMENTS[t.raw] !== undefined;

/** Element names as lookup keys (aluminium and aluminum alike). */
export const ELEMENT_NAME_KEYS: ReadonlyMap<string, string> = new Map<string, string>(Object.values(ELEMENTS).map((n) => [wordKey(n), n]));

export interface Notation {
  kind: 'alloy' | 'ion' | 'pair';
  first: number;
  last: number;
  /** The English name of the base element (the first one); for pairs, the names joined by hyphens. */
  element: string;
}

/**
 * Alloy designations: a symbol, then one or more amounts with their symbol, written with hyphens,
 * en dashes or nothing between (Fe-35Mn, Mg-1Ca-0.5Sr, Ti–13Nb–13Zr, Zn0.8Li); at least one amount.
 * Ions: a symbol with a charge (Mg2+, Ca²⁺, Ag+, Fe3+).
 */
/**
 * `names`: element names as lookup keys -> English name; by default the English names, the
 * dictionary adds its labels in other languages (titanio, Titan, titane).
 */
export function findNotations(tokens: Token[], names: ReadonlyMap<string, string> = ELEMENT_NAME_KEYS): Notation[] {
  const NAME_KEYS = names;
  const out: Notation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // element names joined by hyphens: cobalt-chromium, nickel-titanium, platinum-iridium
    if (t.kind === 'word' && NAME_KEYS.has(t.key) && !t.glued) {
      let j = i;
      const names = [NAME_KEYS.get(t.key)!];
      while (tokens[j + 1]?.soft && tokens[j + 1].raw !== '/' && !tokens[j + 1].space && tokens[j + 2]?.kind === 'word' && !tokens[j + 2].space && NAME_KEYS.has(tokens[j + 2].key)) {
        names.push(NAME_KEYS.get(tokens[j + 2].key)!);
        j += 2;
      }
      if (names.length > 1 && !(tokens[j + 1]?.soft && !tokens[j + 1].space && tokens[j + 2] && !tokens[j + 2].space && tokens[j + 2].kind === 'word')) {
        out.push({ kind: 'pair', first: i, last: j, element: names.join('-') });
        i = j;
        continue;
      }
    }
    if (!isSymbol(t) || t.glued) continue;
    // ion: Mg2+ / Mg²⁺ / Ag+
    const a = tokens[i + 1];
    const b = tokens[i + 2];
    if (a && !a.space && a.kind === 'sup' && /^\d?[+-]$/.test(a.key)) {
      out.push({ kind: 'ion', first: i, last: i + 1, element: ELEMENTS[t.raw] });
      continue;
    }
    if (a && !a.space && a.kind === 'num' && /^\d$/.test(a.raw) && b && !b.space && (b.raw === '+' || b.raw === '−' || b.raw === '-') && !(tokens[i + 3] && !tokens[i + 3].space && tokens[i + 3].kind !== 'sym')) {
      out.push({ kind: 'ion', first: i, last: i + 2, element: ELEMENTS[t.raw] });
      i += 2;
      continue;
    }
    if (a && !a.space && a.raw === '+' && !(b && !b.space && b.kind !== 'sym')) {
      out.push({ kind: 'ion', first: i, last: i + 1, element: ELEMENTS[t.raw] });
      continue;
    }
    // alloy: (sep? num symbol)+
    let j = i;
    let parts = 0;
    for (;;) {
      let k = j + 1;
      if (tokens[k] && !tokens[k].space && tokens[k].soft && tokens[k].raw !== '/' && tokens[k].raw !== '(' && tokens[k].raw !== ')') k++;
      const num = tokens[k];
      const sym = tokens[k + 1];
      if (!num || num.space || num.kind !== 'num' || !sym || !sym.glued || !isSymbol(sym)) break;
      j = k + 1;
      parts++;
    }
    // a further symbol without amount (Ti-6Al-4V-ELI no; Mg-Zn-Ca yes when there is an amount elsewhere)
    if (parts > 0 && !(tokens[j + 1] && tokens[j + 1].glued)) {
      out.push({ kind: 'alloy', first: i, last: j, element: ELEMENTS[t.raw] });
      i = j;
    }
  }
  return out;
}
