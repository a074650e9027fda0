/**
 * Normalisation of one word ("atom") for dictionary lookup: case, diacritics, apostrophes, Greek
 * letters and English plurals. The same function serves labels and text, so that whatever it does
 * to a word it does on both sides.
 *
 * Plurals: `pluralize` (npm, MIT, no dependencies). Chosen over a stemmer because it returns real
 * singular words and knows the irregular and Latin/Greek plurals of our field (matrices, bacteria,
 * foci, analyses, vertebrae, mice, teeth) while leaving uncountables alone (species, series); over
 * a lemmatiser because it is small, dictionary-free and fast (we cache its answers).
 */
// pluralize ships CommonJS without types; we use three of its functions.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pluralize = require('pluralize') as {
  singular(word: string): string;
  addIrregularRule(single: string, plural: string): void;
  addSingularRule(rule: RegExp, replacement: string): void;
};
// Latin plurals of our field that pluralize does not know (compressive moduli, radii, tibiae, lamellae).
pluralize.addIrregularRule('modulus', 'moduli');
pluralize.addIrregularRule('radius', 'radii');
pluralize.addSingularRule(/([a-z])ae$/i, '$1a');

/** Spelled names of the Greek letters (lower case), as written in labels and texts ("beta-TCP"). */
const GREEK_NAMES: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta',
  θ: 'theta', ϑ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'micro', µ: 'micro', ν: 'nu', ξ: 'xi',
  ο: 'omicron', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', ϕ: 'phi',
  χ: 'chi', ψ: 'psi', ω: 'omega',
};

/** The first Latin letter of a Greek letter's name (β -> b), for matching abbreviations to long forms. */
export function greekInitial(ch: string): string | undefined {
  const name = GREEK_NAMES[ch.toLowerCase()];
  return name ? (ch === 'µ' || ch.toLowerCase() === 'μ' ? 'm' : name[0]) : undefined;
}

export function greekName(ch: string): string | undefined {
  return GREEK_NAMES[ch.toLowerCase()];
}

/** Lower case, no diacritics, no apostrophes, compatibility forms folded (ﬁ -> fi). */
export function fold(raw: string): string {
  let out = raw;
  // Fast path: plain ASCII letters and digits need only lower-casing.
  if (!/^[\x00-\x7f]*$/.test(out)) out = out.normalize('NFKD').replace(/\p{M}+/gu, '');
  return out.toLowerCase().replace(/['’ʼ]/g, '');
}

const singularCache = new Map<string, string>();
const SINGULAR_CACHE_MAX = 50_000;

/** English singular of a folded word; words shorter than 4 letters, acronyms and long strings are left alone. */
export function singular(folded: string): string {
  if (folded.length < 4 || folded.length > 40 || !/^[a-z]+$/.test(folded)) return folded;
  let s = singularCache.get(folded);
  if (s === undefined) {
    s = pluralize.singular(folded);
    // pluralize strips the s of Latin singulars ending in -is/-us (axis -> axi, bis -> bi): keep those whole.
    if (!s || s.length < 3 || /(is|us)$/.test(folded)) s = folded;
    if (singularCache.size >= SINGULAR_CACHE_MAX) singularCache.clear();
    singularCache.set(folded, s);
  }
  return s;
}

const keyCache = new Map<string, string>();

/** The lookup key of a word as written: folded, and singular unless it is an acronym (PDMS stays pdms; MSCs -> msc). */
export function wordKey(raw: string): string {
  if (raw.length > 40) return computeWordKey(raw);
  let k = keyCache.get(raw);
  if (k === undefined) {
    k = computeWordKey(raw);
    if (keyCache.size >= SINGULAR_CACHE_MAX) keyCache.clear();
    keyCache.set(raw, k);
  }
  return k;
}

/**
 * British and American spellings to one form (both sides get it, so any over-reach is harmless):
 * -ise/-isation -> -ize/-ization (stabilised), -yse -> -yze, -our -> -or (tumour), ae/oe -> e
 * (haemolysis, orthopaedic, oedema), -bre/-tre -> -ber/-ter (fibre, micrometre), sulph -> sulf,
 * aluminium -> aluminum, -lled/-lling -> -led/-ling (modelling), -ogue -> -og (analogue).
 */
export function spelling(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.includes('ae')) w = w.replace(/ae/g, 'e');
  if (w.includes('oe') && !w.endsWith('oe')) w = w.replace(/oe/g, 'e');
  if (w.includes('sulph')) w = w.replace(/sulph/g, 'sulf');
  if (w.includes('aluminium')) w = w.replace(/aluminium/g, 'aluminum');
  w = w
    .replace(/isation$/, 'ization')
    .replace(/is(e|ed|es|ing|er)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/([^aeiou])our$/, '$1or')
    .replace(/([bt])re$/, '$1er')
    .replace(/ll(ed|ing)$/, 'l$1')
    .replace(/ogue$/, 'og');
  return w;
}

function computeWordKey(raw: string): string {
  if (raw.length > 1 && /^[\p{Lu}\d]+s$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw)) return fold(raw.slice(0, -1));
  const folded = fold(raw);
  if (raw.length <= 6 && !/\p{Ll}/u.test(raw)) return folded; // a short word in capitals is an acronym: never singularised
  return spelling(singular(folded));
}
