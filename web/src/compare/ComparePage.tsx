import { useQueries } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { materialQuery } from '../api/queries';
import type { MaterialDetail } from '../api/types';
import { compareRoute } from '../router';
import { ErrorMessage, PageTitle } from '../ui/Layout';
import { compareRows, difference, toCsv } from './compare';
import { tray, useTray } from './tray';
import { unitText } from '../ui/money';

export function ComparePage() {
  const search = compareRoute.useSearch();
  const navigate = useNavigate({ from: '/compare' });
  const stored = useTray();
  const slugs = search.s?.length ? search.s : stored;
  const results = useQueries({ queries: slugs.map((s) => materialQuery(s)) });
  const materials = results.map((r) => r.data).filter((m): m is MaterialDetail => !!m);
  const refSlug = search.ref && slugs.includes(search.ref) ? search.ref : slugs[0];
  const ordered = [...materials].sort((a, b) => Number(b.slug === refSlug) - Number(a.slug === refSlug));
  const rows = compareRows(ordered);
  const error = results.find((r) => r.error)?.error;

  const download = () => {
    const blob = new Blob([toCsv(ordered, rows)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'biomat-compare.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <section>
      <PageTitle>Compare materials</PageTitle>
      {slugs.length === 0 ? (
        <p>
          The compare tray is empty. Add materials from the <Link to="/">search results</Link> (up to 20).
        </p>
      ) : (
        <>
          <p>
            {slugs.length} material{slugs.length === 1 ? '' : 's'}. Values in canonical units; differences of 10 % or more from the reference column are highlighted.
          </p>
          <div className="actions">
            <button type="button" onClick={download} disabled={!ordered.length}>
              Export CSV
            </button>
            {!search.s?.length && (
              <Link to="/compare" search={{ s: slugs, ref: refSlug }}>
                Link to this comparison
              </Link>
            )}
            {search.s?.length ? (
              <button type="button" className="secondary" onClick={() => tray.set(slugs)}>
                Put these in my compare tray
              </button>
            ) : (
              <button type="button" className="secondary" onClick={() => tray.set([])}>
                Empty the tray
              </button>
            )}
          </div>
          <ErrorMessage error={error} />
          {results.some((r) => r.isPending) ? (
            <p role="status">Loading {slugs.length} materials…</p>
          ) : (
          <div className="table-wrap">
            <table className="compare">
              <caption className="sr-only">Properties side by side; the first material column is the reference</caption>
              <thead>
                <tr>
                  <th scope="col">Property</th>
                  {ordered.map((m) => (
                    <th scope="col" key={m.slug} className={m.slug === refSlug ? 'ref' : undefined}>
                      <Link to="/materials/$slug" params={{ slug: m.slug }}>
                        {m.name}
                      </Link>
                      <div className="small muted">{m.slug === refSlug ? 'Reference' : ''}</div>
                      {m.slug !== refSlug && (
                        <button type="button" className="link small" onClick={() => navigate({ search: { s: slugs, ref: m.slug } })}>
                          Use as reference<span className="sr-only"> for {m.name}</span>
                        </button>
                      )}
                      <button
                        type="button"
                        className="link small"
                        onClick={() => {
                          const next = slugs.filter((s) => s !== m.slug);
                          if (search.s?.length) void navigate({ search: { s: next, ref: search.ref === m.slug ? undefined : search.ref } });
                          else tray.set(next);
                        }}
                      >
                        Remove<span className="sr-only"> {m.name}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Class</th>
                  {ordered.map((m) => (
                    <td key={m.slug}>{m.class?.path.join(' › ')}</td>
                  ))}
                </tr>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">
                      {r.label} {unitText(r.unit) && <span className="muted">({unitText(r.unit)})</span>}
                    </th>
                    {r.cells.map((c, i) => {
                      const d = i === 0 ? null : difference(c, r.cells[0]);
                      return (
                        <td key={i} className={d?.significant ? 'diff' : undefined}>
                          {c ? (
                            <>
                              {c.text} {unitText(c.unit)}
                              {d?.significant && <span className="delta"> ({d.pct > 0 ? '+' : ''}{Math.round(d.pct * 100)} % vs reference)</span>}
                              {c.source && <div className="small muted">Source: {c.source}</div>}
                            </>
                          ) : (
                            <span className="muted">no value</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )}
        </>
      )}
    </section>
  );
}
