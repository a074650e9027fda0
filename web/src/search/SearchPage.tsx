import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { searchQuery, useFieldInfo, useRangeFields } from '../api/queries';
import { api, call } from '../api/client';
import { API_FEATURES } from '../api/features';
import { searchRoute } from '../router';
import { ErrorMessage, Highlighted, PageTitle } from '../ui/Layout';
import { tray, useTray, MAX_COMPARE } from '../compare/tray';
import { ClassMenu, HierarchyMenu } from './ClassMenu';
import { SuggestBox } from './SuggestBox';
import { FacetList } from './FacetList';
import { RangeFilter } from './RangeFilter';
import { ExportLinks } from './ExportLinks';
import { rebase } from './rebase';
import { activeChips, clearAll, DEFAULT_X, DEFAULT_Y, facetLabel, fmt, interpretationChips, PER_PAGE, toApiQuery, withFacet, withMissing, withQuery, withRange, type SearchState } from './params';
import { markInteraction, settleInteraction } from './perf';

const AshbyChart = lazy(() => import('../chart/AshbyChart'));

const TERM_FACETS = ['forms', 'biocompatibility', 'regulatory', 'certifications'];
/** Facets whose values are paths ("Metal > Titanium alloy"), filtered one path at a time from a menu. */
const HIERARCHIES = ['class', 'applications'];
const DEFAULT_RANGES = ['youngsModulusGPa', 'densityGcm3', 'tensileStrengthMPa'];

export function SearchPage() {
  const s = searchRoute.useSearch();
  const navigate = useNavigate({ from: '/' });
  const qc = useQueryClient();
  const info = useFieldInfo();
  const { data: rangeFields } = useRangeFields();
  const [extraRanges, setExtraRanges] = useState<string[]>([]);
  const rangesFor = (st: SearchState) => [...new Set([...DEFAULT_RANGES, ...Object.keys(st.r ?? {}), ...extraRanges, ...(st.chart ? [st.x ?? DEFAULT_X, st.y ?? DEFAULT_Y] : [])])];
  const queryFor = (st: SearchState) => toApiQuery(st, { statsFor: rangesFor(st), missingSupported: API_FEATURES.rangeMissing });
  // The newest state asked for, which the URL (and `s`) may not show yet: a change is applied to it.
  const latest = useRef<SearchState>(s);
  useEffect(() => {
    latest.current = s;
  }, [s]);
  const go = (changed: SearchState, interaction = 'filter') => {
    const next = rebase(s, changed, latest.current);
    latest.current = next;
    markInteraction(interaction);
    // Ask the API at once: the URL update and re-render happen while the request is on its way.
    void qc.prefetchQuery(searchQuery(queryFor(next)));
    void navigate({ search: next as never });
  };
  const x = s.x ?? DEFAULT_X;
  const y = s.y ?? DEFAULT_Y;
  const shownRanges = rangesFor(s);
  const apiQuery = useMemo(() => queryFor(s), [s, shownRanges.join()]);
  const result = useQuery(searchQuery(apiQuery));
  const data = result.data;
  const fresh = data && !result.isPlaceholderData;
  useEffect(() => {
    if (fresh) settleInteraction(data.processingTimeMs);
  }, [fresh, data]);

  const chips = activeChips(s, info);
  const read = interpretationChips(data?.interpretation?.parts ?? [], (f) => info(f).unit);
  const [text, setText] = useState(s.q ?? '');
  useEffect(() => setText(s.q ?? ''), [s.q]);
  const compared = useTray();
  const [trayMessage, setTrayMessage] = useState('');
  const total = data?.total ?? 0;
  const page = s.page ?? 1;
  const pages = Math.min(Math.ceil(total / PER_PAGE), Math.floor(1000 / PER_PAGE));
  const facetSearch = (facet: string) => async (q: string) => {
    const res = await call(() =>
      api.GET('/api/v1/search/facets/{facet}', { params: { path: { facet }, query: { ...toApiQuery(withFacet(s, facet, [])), q, query: s.q } as never } }),
    );
    return res.values;
  };
  const sortOptions = [
    ['relevance', 'Relevance'],
    ['name:asc', 'Name (A–Z)'],
    ['publishedAt:desc', 'Newest'],
    ['price:asc', 'Lowest price'],
    ...shownRanges.flatMap((f) => [
      [`${f}:asc`, `${info(f).label} (low to high)`],
      [`${f}:desc`, `${info(f).label} (high to low)`],
    ]),
  ];

  return (
    <div className="search-page">
      <PageTitle>Search biomaterials</PageTitle>
      <form
        role="search"
        className="searchbar"
        onSubmit={(e) => {
          e.preventDefault();
          go(withQuery(s, text), 'query');
        }}
      >
        <SuggestBox
          value={text}
          onChange={setText}
          placeholder="e.g. titanium, PEEK, hydroxyapatite"
          onSubmit={(t) => go(withQuery(s, t), 'query')}
          onMaterial={(slug) => void navigate({ to: '/materials/$slug', params: { slug } })}
          onFilter={(facet, value) => {
            // The typed text served to find the filter: it is not kept as a query.
            setText(s.q ?? '');
            const next = HIERARCHIES.includes(facet) ? [value] : [...new Set([...(s.f?.[facet] ?? []), value])];
            go(withFacet(s, facet, next));
          }}
        />
        <button type="submit">Search</button>
      </form>
      <a className="skip-link" href="#results-title" onClick={(e) => {
        e.preventDefault();
        document.getElementById('results-title')?.focus();
      }}>
        Skip to results
      </a>

      <div className="chips-row">
        <p role="status" aria-live="polite" aria-atomic="true" className="result-count">
          {result.isPending ? 'Searching…' : `${total.toLocaleString('en')} material${total === 1 ? '' : 's'} found`}
        </p>
        {chips.length > 0 && (
          <ul className="chips" aria-label="Active filters">
            {chips.map((c) => (
              <li key={c.key}>
                <button type="button" className="chip" onClick={() => go(c.remove(s))} aria-label={`Remove filter ${c.label}`}>
                  {c.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="link" onClick={() => go(clearAll(s))}>
                Clear all filters
              </button>
            </li>
          </ul>
        )}
      </div>
      {(read.chips.length > 0 || read.notes.length > 0) && (
        <div className="chips-row interpretation">
          <p className="muted small" id="read-title">
            Read from your query{data?.interpretation.text ? <>, searching the rest as text: “{data.interpretation.text}”</> : ''}
          </p>
          {read.chips.length > 0 && (
            <ul className="chips" aria-labelledby="read-title">
              {read.chips.map((c) => (
                <li key={c.key}>
                  <button type="button" className="chip" onClick={() => go(c.remove(s))} aria-label={`Remove ${c.label} (read from your query; its words are searched as text instead)`}>
                    {c.label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {read.notes.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
        </div>
      )}
      <ErrorMessage error={result.error} />

      <div className="layout">
        <aside className="filters" aria-label="Filters">
          <ClassMenu counts={data?.facetDistribution.class ?? {}} selected={s.f?.class?.[0]} onSelect={(p) => go(withFacet(s, 'class', p ? [p] : []))} />
          {(Object.keys(data?.facetDistribution.applications ?? {}).length > 0 || s.f?.applications) && (
            <HierarchyMenu
              id="application-menu"
              label="Application"
              allLabel="All applications"
              counts={data?.facetDistribution.applications ?? {}}
              selected={s.f?.applications?.[0]}
              onSelect={(p) => go(withFacet(s, 'applications', p ? [p] : []))}
            />
          )}
          {TERM_FACETS.map((f) => {
            const counts = data?.facetDistribution[f] ?? {};
            if (!Object.keys(counts).length && !s.f?.[f]) return null;
            return (
              <FacetList
                key={f}
                facet={f}
                label={facetLabel(f)}
                counts={f === 'regulatory' ? topLevelOrSelected(counts, s.f?.[f]) : counts}
                selected={s.f?.[f] ?? []}
                onChange={(v) => go(withFacet(s, f, v))}
                searchValues={facetSearch(f)}
              />
            );
          })}
          {data?.facetDistribution.inStock && (
            <FacetList
              facet="inStock"
              label="Availability"
              counts={data.facetDistribution.inStock}
              selected={s.f?.inStock ?? []}
              onChange={(v) => go(withFacet(s, 'inStock', v))}
              valueLabel={(v) => (v === 'true' ? 'In stock' : 'Not in stock')}
            />
          )}
          <h2 className="facet-title">Properties</h2>
          <fieldset className="range-mode">
            <legend>A range matches a material when</legend>
            <label>
              <input type="radio" name="range-mode" checked={s.rm !== 'overlaps'} onChange={() => go({ ...s, rm: undefined, page: undefined }, 'range')} /> all its values are inside
            </label>
            <label>
              <input type="radio" name="range-mode" checked={s.rm === 'overlaps'} onChange={() => go({ ...s, rm: 'overlaps', page: undefined }, 'range')} /> any of its values is inside
            </label>
            <p className="muted small">
              A material's values span from its lowest to its highest reported value (several sources or conditions). Sorting by a property uses the median of its values.
            </p>
          </fieldset>
          {!API_FEATURES.rangeMissing && (
            <p id="missing-note" className="muted small">
              “Include materials without this value” is not available yet: materials without a value are left out while a range is set.
            </p>
          )}
          {shownRanges.map((f) => (
            <RangeFilter
              key={f}
              field={f}
              label={info(f).label}
              unit={info(f).unit}
              stats={data?.facetStats[f]}
              value={s.r?.[f]}
              onChange={(b) => go(withRange(s, f, b), 'range')}
              includeMissing={s.m?.includes(f)}
              missingSupported={API_FEATURES.rangeMissing}
              missingNoteId="missing-note"
              onIncludeMissing={(v) => go(withMissing(s, f, v))}
              onRemove={DEFAULT_RANGES.includes(f) ? undefined : () => {
                setExtraRanges((e) => e.filter((x) => x !== f));
                if (s.r?.[f]) go(withRange(s, f, null));
              }}
            />
          ))}
          {rangeFields && (
            <div className="add-range">
              <label htmlFor="add-range">Add a property filter</label>
              <select
                id="add-range"
                value=""
                onChange={(e) => e.target.value && setExtraRanges((r) => [...r, e.target.value])}
              >
                <option value="">Choose a property…</option>
                {rangeFields
                  .filter((r) => !shownRanges.includes(r.field))
                  .map((r) => (
                    <option key={r.field} value={r.field}>
                      {r.label}
                    </option>
                  ))}
              </select>
            </div>
          )}
        </aside>

        <section className="results" aria-labelledby="results-title">
          <div className="results-bar">
            <h2 id="results-title" tabIndex={-1}>Results</h2>
            <label htmlFor="sort">Sort by</label>
            <select id="sort" value={s.sort ?? 'relevance'} onChange={(e) => go({ ...s, sort: e.target.value === 'relevance' ? undefined : e.target.value, page: undefined }, 'sort')}>
              {sortOptions.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
            <button type="button" aria-pressed={!!s.chart} onClick={() => go({ ...s, chart: s.chart ? undefined : true }, 'chart')}>
              {s.chart ? 'Hide Ashby chart' : 'Show Ashby chart'}
            </button>
          </div>
          <ExportLinks state={s} fields={shownRanges.filter((f) => f !== 'price' && f !== 'offerCount')} total={total} missingSupported={API_FEATURES.rangeMissing} />
          {s.chart && (
            <Suspense fallback={<p>Loading chart…</p>}>
              <AshbyChart state={s} x={x} y={y} fields={rangeFields ?? []} onState={(next) => go(next, 'chart')} onOpen={(slug) => void navigate({ to: '/materials/$slug', params: { slug } })} />
            </Suspense>
          )}
          <p className="sr-only" role="status" aria-live="polite">
            {trayMessage}
          </p>
          <ol className="hits" aria-busy={result.isFetching}>
            {data?.hits.map((h) => {
              const inTray = compared.includes(h.slug);
              return (
                <li key={h.slug} className="hit">
                  <h3>
                    <Link to="/materials/$slug" params={{ slug: h.slug }}>
                      <Highlighted html={h._formatted?.name} fallback={h.name} />
                    </Link>
                  </h3>
                  <p className="muted">{h.class?.path.join(' › ')}</p>
                  <p className="summary">
                    <Highlighted html={h._formatted?.summary} fallback={h.summary ?? ''} />
                  </p>
                  <dl className="props">
                    {[x, y].map((f) =>
                      h.properties?.[f] ? (
                        <div key={f}>
                          <dt>{info(f).label}</dt>
                          <dd>
                            {envelope(h.properties[f])} {info(f).unit}
                          </dd>
                        </div>
                      ) : null,
                    )}
                    {h.market && h.market.offerCount > 0 && (
                      <div>
                        <dt>Offers</dt>
                        <dd>
                          {h.market.offerCount}
                          {h.market.lowestPriceEurMinor !== null && ` from €${(h.market.lowestPriceEurMinor / 100).toFixed(2)}`}
                        </dd>
                      </div>
                    )}
                  </dl>
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={inTray}
                    onClick={() => {
                      const ok = tray.toggle(h.slug);
                      setTrayMessage(ok ? (inTray ? `${h.name} removed from compare` : `${h.name} added to compare`) : `The compare tray holds at most ${MAX_COMPARE} materials`);
                    }}
                  >
                    {inTray ? 'In compare' : 'Compare'}
                    <span className="sr-only"> {h.name}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          {data && data.hits.length === 0 && <p>No material matches. Remove a filter or try other words.</p>}
          {pages > 1 && (
            <nav aria-label="Pages" className="pager">
              <ul>
                {page > 1 && (
                  <li>
                    <Link to="/" search={{ ...s, page: page - 1 > 1 ? page - 1 : undefined }} rel="prev">
                      Previous
                    </Link>
                  </li>
                )}
                {pageList(page, pages).map((p, i) =>
                  p === null ? (
                    <li key={`gap${i}`} aria-hidden="true">
                      …
                    </li>
                  ) : (
                    <li key={p}>
                      <Link to="/" search={{ ...s, page: p > 1 ? p : undefined }} aria-current={p === page ? 'page' : undefined} aria-label={`Page ${p}`}>
                        {p}
                      </Link>
                    </li>
                  ),
                )}
                {page < pages && (
                  <li>
                    <Link to="/" search={{ ...s, page: page + 1 }} rel="next">
                      Next
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {compared.length > 0 && (
            <p className="tray-bar">
              {compared.length} material{compared.length === 1 ? '' : 's'} in the compare tray.{' '}
              <Link to="/compare" search={{ s: compared }}>
                Compare them
              </Link>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

function envelope(p: { value: number | null; min: number | null; max: number | null }): string {
  if (p.min !== null && p.max !== null && p.min !== p.max) return `${fmt(p.min)}–${fmt(p.max)}`;
  return p.value !== null ? fmt(p.value) : '—';
}

/** Hierarchical facets shown as flat lists: top level, plus the selected paths. */
function topLevelOrSelected(counts: Record<string, number>, selected: string[] = []) {
  return Object.fromEntries(Object.entries(counts).filter(([k]) => !k.includes(' > ') || selected.includes(k)));
}

export function pageList(page: number, pages: number): (number | null)[] {
  const set = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...set].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}
