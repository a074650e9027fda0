/**
 * Ranking metrics of the relevance suite (definitions in bench/relevance/README.md): success@5,
 * MRR@10 and graded nDCG@10 per query, averaged per group, over all queries and over groups.
 * Pure functions: the bench and the CI floor (test/relevance.e2e-spec.ts) share them.
 */

export interface JudgedQuery {
  q: string;
  group: string;
  acceptable: string[];
  ideal?: string[];
  filters?: { range?: Record<string, string> };
  note?: string;
}

/** What one query scored; `mrr` and `ndcg` are null for no-answer queries (left out of those means). */
export interface QueryScore {
  q: string;
  group: string;
  success5: number;
  mrr: number | null;
  ndcg: number | null;
  /** An answerable query that got no result at all. */
  empty: boolean;
  top: string[];
}

export interface GroupFigures {
  group: string;
  queries: number;
  success5: number;
  mrr: number | null;
  ndcg: number | null;
  empty: number;
}

export interface SuiteFigures {
  groups: GroupFigures[];
  overall: GroupFigures;
  /** Mean of the group means (every group weighs the same). */
  macro: { success5: number; mrr: number | null; ndcg: number | null };
}

const gain = (slug: string, q: JudgedQuery): number => (q.ideal?.includes(slug) ? 2 : q.acceptable.includes(slug) ? 1 : 0);
const dcg = (gains: number[]): number => gains.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

/** Scores one query from the slugs of its results, best first. */
export function scoreQuery(q: JudgedQuery, ranked: string[]): QueryScore {
  const top = ranked.slice(0, 10);
  if (q.acceptable.length === 0) return { q: q.q, group: q.group, success5: ranked.length === 0 ? 1 : 0, mrr: null, ndcg: null, empty: false, top };
  const first = top.findIndex((s) => q.acceptable.includes(s));
  const ideal = q.acceptable.map((s) => gain(s, q)).sort((a, b) => b - a);
  return {
    q: q.q,
    group: q.group,
    success5: first >= 0 && first < 5 ? 1 : 0,
    mrr: first >= 0 ? 1 / (first + 1) : 0,
    ndcg: dcg(top.map((s) => gain(s, q))) / dcg(ideal),
    empty: ranked.length === 0,
    top,
  };
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const present = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

function figures(group: string, scores: QueryScore[]): GroupFigures {
  return {
    group,
    queries: scores.length,
    success5: mean(scores.map((s) => s.success5)) ?? 0,
    mrr: mean(present(scores.map((s) => s.mrr))),
    ndcg: mean(present(scores.map((s) => s.ndcg))),
    empty: scores.filter((s) => s.empty).length,
  };
}

/** Group means (groups in first-seen order), the overall mean and the macro average over groups. */
export function summarize(scores: QueryScore[]): SuiteFigures {
  const byGroup = new Map<string, QueryScore[]>();
  for (const s of scores) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  const groups = [...byGroup].map(([g, list]) => figures(g, list));
  return {
    groups,
    overall: figures('overall', scores),
    macro: {
      success5: mean(groups.map((g) => g.success5)) ?? 0,
      mrr: mean(present(groups.map((g) => g.mrr))),
      ndcg: mean(present(groups.map((g) => g.ndcg))),
    },
  };
}
