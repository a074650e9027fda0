/**
 * Runs the judged queries of bench/relevance/queries.json through GET /api/v1/search and scores
 * them. `search` is given the query string and answers the result slugs in order, so the bench (an
 * HTTP client) and the CI floor (Supertest) run the very same suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JudgedQuery, QueryScore, scoreQuery, summarize, SuiteFigures } from './relevance-metrics';

export const SUITE_FILE = join(__dirname, '..', 'relevance', 'queries.json');

export const loadSuite = (file = SUITE_FILE): JudgedQuery[] => JSON.parse(readFileSync(file, 'utf8')) as JudgedQuery[];

export interface SuiteRun {
  /** Every query with its text (`q` only): the main figures. */
  text: SuiteFigures;
  /** The property group sent as its range filter with an empty `q`. */
  filter: SuiteFigures;
  scores: QueryScore[];
  filterScores: QueryScore[];
}

/** The search request of one query: `q` alone (text mode) or its range filter alone (filter mode). */
export function searchPath(q: JudgedQuery, mode: 'text' | 'filter'): string {
  const params = new URLSearchParams({ perPage: '10', facets: '' });
  if (mode === 'text') params.set('q', q.q);
  else for (const [field, range] of Object.entries(q.filters?.range ?? {})) params.set(`range[${field}]`, range);
  return `/api/v1/search/materials?${params}`;
}

export async function runSuite(search: (path: string) => Promise<string[]>, queries = loadSuite()): Promise<SuiteRun> {
  const scores: QueryScore[] = [];
  for (const q of queries) scores.push(scoreQuery(q, await search(searchPath(q, 'text'))));
  const filterScores: QueryScore[] = [];
  for (const q of queries.filter((x) => x.filters?.range)) filterScores.push({ ...scoreQuery(q, await search(searchPath(q, 'filter'))), group: 'property (filter)' });
  return { text: summarize(scores), filter: summarize(filterScores), scores, filterScores };
}

const f3 = (x: number | null) => (x === null ? '    -' : x.toFixed(3));

/** The figures as a plain-text table, with the failing queries listed under it. */
export function renderSuite(run: SuiteRun, { failures = true } = {}): string {
  const row = (g: { group: string; queries: number; success5: number; mrr: number | null; ndcg: number | null; empty: number }) =>
    `${g.group.padEnd(18)} ${String(g.queries).padStart(4)}  ${f3(g.success5)}  ${f3(g.mrr)}  ${f3(g.ndcg)}  ${String(g.empty).padStart(5)}`;
  const lines = [`${'group'.padEnd(18)} ${'n'.padStart(4)}  succ@5  MRR@10  nDCG@10  empty`];
  for (const g of run.text.groups) lines.push(row(g));
  lines.push(row(run.text.overall));
  lines.push(`${'macro (groups)'.padEnd(18)} ${String(run.text.groups.length).padStart(4)}  ${f3(run.text.macro.success5)}  ${f3(run.text.macro.mrr)}  ${f3(run.text.macro.ndcg)}`);
  lines.push(row({ ...run.filter.overall, group: 'property (filter)' }));
  lines.push(`(property text mode is in the groups and overall; "property (filter)" sends only the range filter and is not in overall)`);
  if (failures) {
    const failed = [...run.scores, ...run.filterScores].filter((s) => s.success5 === 0);
    if (failed.length) lines.push('', `failed success@5 (${failed.length}):`, ...failed.map((s) => `  [${s.group}] ${JSON.stringify(s.q)} -> ${s.top.slice(0, 5).join(', ') || '(no result)'}`));
  }
  return lines.join('\n');
}
