import { useEffect, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorMessage, Highlighted, PageTitle } from '../ui/Layout';
import { FacetList } from '../search/FacetList';
import { RangeFilter } from '../search/RangeFilter';
import { pageList } from '../search/SearchPage';
import { withFacet, withRange } from '../search/params';
import { literatureSearchRoute } from '../router';
import { callUntyped } from './api';
import { IdLinks } from './PublicationParts';
import { facetsToShow, LITERATURE_PER_PAGE, shortAuthors, toLiteratureQuery, type LiteratureSearchState } from './literature';
import { api, call } from '../api/client';
import type { LiteratureSearchAnswer } from './search-types';

export const LITERATURE_SEARCH = '/api/v1/literature/search';

const SORTS = [
  ['relevance', 'Relevance'],
  ['year:desc', 'Newest'],
  ['year:asc', 'Oldest'],
];

/** Literature search: full text with highlights, facets (counted disjunctively by the API), a year range, paging. */
export function LiteratureSearchPage() {
  const s = literatureSearchRoute.useSearch();
  const navigate = useNavigate({ from: '/literature' });
  const go = (next: LiteratureSearchState) => void navigate({ search: next as never });
  const query = toLiteratureQuery(s);
  const result = useQuery({
    queryKey: ['literature-search', query],
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: ({ signal }) => callUntyped<LiteratureSearchAnswer>('GET', LITERATURE_SEARCH, { params: { query }, signal }),
  });
  const data = result.data;
  const [text, setText] = useState(s.q ?? '');
  useEffect(() => setText(s.q ?? ''), [s.q]);
  const total = data?.total ?? 0;
  const page = s.page ?? 1;
  const pages = Math.min(Math.ceil(total / LITERATURE_PER_PAGE), Math.floor(1000 / LITERATURE_PER_PAGE));
  const facets = facetsToShow(data?.facetDistribution ?? {}, s.f);
  return (
    <div className="search-page">
      <PageTitle>Search the literature</PageTitle>
      <form
        role="search"
        className="searchbar"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...s, q: text.trim() || undefined, page: undefined });
        }}
      >
        <label htmlFor="lit-q" className="sr-only">
          Words in the title, abstract, keywords or authors
        </label>
        <input id="lit-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. hydroxyapatite coating osseointegration" />
        <button type="submit">Search</button>
      </form>
      <div className="chips-row">
        <p role="status" aria-live="polite" aria-atomic="true" className="result-count">
          {result.isPending ? 'Searching…' : `${total.toLocaleString('en')} publication${total === 1 ? '' : 's'} found`}
        </p>
        <EvidenceFilters s={s} go={go} />
      </div>
      <ErrorMessage error={result.error} />
      <div className="layout">
        <aside className="filters" aria-label="Filters">
          <RangeFilter field="year" label="Year" unit="" stats={data?.facetStats.year} value={s.r?.year} onChange={(b) => go({ ...s, ...withRange(s, 'year', b) })} withoutMissing />
          {facets.map((f) => (
            <FacetList key={f.facet} facet={f.facet} label={f.label} counts={data?.facetDistribution[f.facet] ?? {}} selected={s.f?.[f.facet] ?? []} onChange={(v) => go({ ...s, ...withFacet(s, f.facet, v) })} />
          ))}
        </aside>
        <section className="results" aria-labelledby="lit-results-title">
          <div className="results-bar">
            <h2 id="lit-results-title">Results</h2>
            <label htmlFor="lit-sort">Sort by</label>
            <select id="lit-sort" value={s.sort ?? 'relevance'} onChange={(e) => go({ ...s, sort: e.target.value === 'relevance' ? undefined : e.target.value, page: undefined })}>
              {SORTS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <ol className="hits" aria-busy={result.isFetching}>
            {data?.hits.map((h) => (
              <li key={h.id} className="hit">
                <h3>
                  <Link to="/publications/$id" params={{ id: h.id }}>
                    <Highlighted html={h._formatted?.title} fallback={h.title} />
                  </Link>
                </h3>
                <p className="muted">{[shortAuthors(h.authors), [h.journal, h.year].filter(Boolean).join(' ')].filter(Boolean).join('. ')}</p>
                {h._formatted?.abstract && (
                  <p className="summary">
                    <Highlighted html={h._formatted.abstract} fallback="" />
                  </p>
                )}
                <p className="small">
                  <IdLinks p={h} />
                  {h.materials.length > 0 && (
                    <>
                      {' '}
                      · Materials:{' '}
                      {h.materials.map((m, i) => (
                        <span key={m.slug}>
                          {i > 0 && ', '}
                          <Link to="/materials/$slug" params={{ slug: m.slug }}>
                            {m.name}
                          </Link>
                        </span>
                      ))}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
          {data && data.hits.length === 0 && <p>No publication matches. Remove a filter or try other words.</p>}
          {pages > 1 && (
            <nav aria-label="Pages" className="pager">
              <ul>
                {pageList(page, pages).map((p, i) =>
                  p === null ? (
                    <li key={`gap${i}`} aria-hidden="true">
                      …
                    </li>
                  ) : (
                    <li key={p}>
                      <Link to="/literature" search={{ ...s, page: p > 1 ? p : undefined }} aria-current={p === page ? 'page' : undefined} aria-label={`Page ${p}`}>
                        {p}
                      </Link>
                    </li>
                  ),
                )}
              </ul>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

/** The filters a datasheet's evidence links set (a concept, reviewed publications only), each removable. */
function EvidenceFilters({ s, go }: { s: LiteratureSearchState; go: (next: LiteratureSearchState) => void }) {
  const [scheme, slug] = (s.concept ?? '').split('/');
  const concept = useQuery({
    queryKey: ['concept', s.concept],
    enabled: !!s.concept,
    staleTime: 300_000,
    queryFn: () => call(() => api.GET('/api/v1/vocabulary/concepts/{scheme}/{slug}', { params: { path: { scheme, slug } } })),
  });
  const chips: { key: string; label: string; next: LiteratureSearchState }[] = [];
  if (s.concept) chips.push({ key: 'concept', label: `Labelled: ${concept.data?.prefLabel.en ?? s.concept}`, next: { ...s, concept: undefined, page: undefined } });
  if (s.reviewed !== undefined) chips.push({ key: 'reviewed', label: s.reviewed ? 'Reviewed publications only' : 'Not reviewed yet', next: { ...s, reviewed: undefined, page: undefined } });
  if (!chips.length) return null;
  return (
    <ul className="chips" aria-label="Evidence filters">
      {chips.map((c) => (
        <li key={c.key}>
          <button type="button" className="chip" onClick={() => go(c.next)} aria-label={`Remove filter ${c.label}`}>
            {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
