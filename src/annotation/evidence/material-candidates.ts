import { labelKeys } from '../engine/dictionary';
import { fold } from '../engine/normalize';

/** How a candidate material matched the mention: by its name (or slug), a synonym, a trade name, or only by its keyword. */
export type CandidateMatch = 'name' | 'synonym' | 'trade-name' | 'keyword';

/** What ranking needs of a published material that carries the mention's concept among its kw-materials-composition keywords. */
export interface CandidateSource {
  slug: string;
  name: string;
  synonyms: string[];
  tradeNames: string[];
}

export interface MaterialCandidate {
  slug: string;
  name: string;
  match: CandidateMatch;
}

/**
 * The two forms a written name is compared in: its words, each folded by the engine's own lookup
 * keys (case, diacritics, Greek letters, plurals, exactly as the annotator does, so "Ti-6Al-4V
 * alloys" meets "Ti-6Al-4V alloy"), and its letters and digits only ("Ti6Al4V" meets "Ti-6Al-4V").
 */
function forms(text: string): { words: string; compact: string } {
  const words = text.split(/\s+/).map((w) => labelKeys(w).keys.join('')).filter(Boolean);
  return { words: words.join(' '), compact: fold(labelKeys(text).surface) };
}

/** 0: the same name; 1: one holds the other as whole words; null: unrelated. */
function closeness(a: { words: string; compact: string }, b: { words: string; compact: string }): 0 | 1 | null {
  if (!a.compact || !b.compact) return null;
  if (a.words === b.words || a.compact === b.compact) return 0;
  const within = (x: string, y: string) => ` ${y} `.includes(` ${x} `);
  if (a.words && b.words && (within(a.words, b.words) || within(b.words, a.words))) return 1;
  return null;
}

const ORDER: CandidateMatch[] = ['name', 'synonym', 'trade-name'];

/**
 * Ranks the materials a mention may be about, best first: an exact name match, then synonym,
 * trade name (the slug counts as the record's code, a name); then the same fields containing the
 * mention or contained in it; then the materials that only carry the concept as a keyword.
 * Ties keep the name order.
 */
export function rankMaterialCandidates(text: string | undefined, materials: readonly CandidateSource[]): MaterialCandidate[] {
  const mention = text?.trim() ? forms(text) : null;
  const scored = materials.map((m) => {
    let best: { score: number; match: CandidateMatch } = { score: 100, match: 'keyword' };
    if (mention) {
      const fields: [CandidateMatch, string[]][] = [
        ['name', [m.name]],
        ['synonym', m.synonyms],
        ['trade-name', m.tradeNames],
      ];
      // The slug is the record's code: it counts as a name when it is the whole mention.
      if (forms(m.slug).compact === mention.compact) best = { score: 0, match: 'name' };
      for (const [match, values] of fields) {
        for (const v of values) {
          const c = closeness(mention, forms(v));
          if (c === null) continue;
          const score = c * ORDER.length + ORDER.indexOf(match);
          if (score < best.score) best = { score, match };
        }
      }
    }
    return { m, ...best };
  });
  scored.sort((a, b) => a.score - b.score || a.m.name.localeCompare(b.m.name, 'en') || a.m.slug.localeCompare(b.m.slug));
  return scored.map(({ m, match }) => ({ slug: m.slug, name: m.name, match }));
}
