import { JudgedQuery, scoreQuery, summarize } from './relevance-metrics';

const q = (over: Partial<JudgedQuery> = {}): JudgedQuery => ({ q: 'x', group: 'name', acceptable: ['a', 'b'], ideal: ['a'], ...over });

describe('relevance metrics', () => {
  it('gives success@5 only when an acceptable slug is in the first five', () => {
    expect(scoreQuery(q(), ['z1', 'z2', 'z3', 'z4', 'b']).success5).toBe(1);
    expect(scoreQuery(q(), ['z1', 'z2', 'z3', 'z4', 'z5', 'a']).success5).toBe(0);
  });

  it('takes MRR@10 from the first acceptable slug and 0 beyond ten', () => {
    expect(scoreQuery(q(), ['z', 'b', 'a']).mrr).toBeCloseTo(0.5);
    expect(scoreQuery(q(), [...Array.from({ length: 10 }, (_, i) => `z${i}`), 'a']).mrr).toBe(0);
  });

  it('computes graded nDCG@10: 1 for the ideal order, less when the ideal slug comes second', () => {
    expect(scoreQuery(q(), ['a', 'b']).ndcg).toBeCloseTo(1);
    // DCG = (2^1-1)/log2(2) + (2^2-1)/log2(3) = 1 + 3/1.58496; IDCG = 3 + 1/1.58496
    expect(scoreQuery(q(), ['b', 'a']).ndcg).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 6);
    expect(scoreQuery(q(), ['z']).ndcg).toBe(0);
  });

  it('counts an empty list as success for a no-answer query and as an empty result for others', () => {
    const none = q({ group: 'no-answer', acceptable: [], ideal: undefined });
    expect(scoreQuery(none, [])).toMatchObject({ success5: 1, mrr: null, ndcg: null, empty: false });
    expect(scoreQuery(none, ['a']).success5).toBe(0);
    expect(scoreQuery(q(), [])).toMatchObject({ success5: 0, empty: true });
  });

  it('averages per group, overall and over groups (macro), leaving no-answer queries out of MRR', () => {
    const scores = [scoreQuery(q(), ['a']), scoreQuery(q(), ['z']), scoreQuery(q({ group: 'no-answer', acceptable: [], ideal: undefined }), [])];
    const f = summarize(scores);
    expect(f.groups.map((g) => [g.group, g.success5, g.mrr])).toEqual([
      ['name', 0.5, 0.5],
      ['no-answer', 1, null],
    ]);
    expect(f.overall.success5).toBeCloseTo(2 / 3);
    expect(f.overall.mrr).toBeCloseTo(0.5);
    expect(f.macro.success5).toBeCloseTo(0.75);
  });
});
