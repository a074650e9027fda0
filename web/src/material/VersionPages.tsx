import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { ErrorMessage, PageTitle } from '../ui/Layout';
import { Datasheet } from './MaterialPage';
import { ChangesTable } from './ChangesTable';

const versionsQuery = (slug: string) => ({
  queryKey: ['versions', slug],
  queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/versions', { params: { path: { slug } } })),
  staleTime: 60_000,
});

/** One published version of a datasheet, as it was published (immutable). */
export function VersionPage() {
  const { slug, version } = useParams({ from: '/materials/$slug/versions/$version' });
  const n = Number(version);
  const { data: m, error, isPending } = useQuery({
    queryKey: ['material-version', slug, n],
    enabled: Number.isInteger(n) && n > 0,
    staleTime: Infinity,
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/versions/{version}', { params: { path: { slug, version: n } } })),
  });
  if (!Number.isInteger(n) || n < 1) return <ErrorMessage error={new Error('A version is a whole number from 1.')} />;
  if (isPending) return <p role="status">Loading…</p>;
  if (error || !m) return <ErrorMessage error={error ?? new Error('Not found')} />;
  return (
    <>
      <p className="notice card">
        You are reading version {n} of this datasheet as it was published.{' '}
        <Link to="/materials/$slug" params={{ slug }}>
          Read the current version
        </Link>
        {n > 1 && (
          <>
            {' '}
            ·{' '}
            <Link to="/materials/$slug/compare" params={{ slug }} search={{ from: n - 1, to: n }}>
              What changed from version {n - 1}
            </Link>
          </>
        )}
      </p>
      <Datasheet m={m} archived />
    </>
  );
}

/** Version n against version m of a published datasheet, field by field. */
export function VersionDiffPage() {
  const { slug } = useParams({ from: '/materials/$slug/compare' });
  const search = useSearch({ from: '/materials/$slug/compare' });
  const navigate = useNavigate({ from: '/materials/$slug/compare' });
  const versions = useQuery(versionsQuery(slug));
  const latest = versions.data?.[0]?.version ?? 1;
  const to = search.to ?? latest;
  const from = search.from ?? Math.max(1, to - 1);
  const diff = useQuery({
    queryKey: ['version-diff', slug, from, to],
    enabled: from !== to,
    staleTime: Infinity,
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/diff', { params: { path: { slug }, query: { from, to } } })),
  });
  const name = versions.data?.[0]?.name ?? slug;
  const options = (versions.data ?? []).map((v) => (
    <option key={v.version} value={v.version}>
      Version {v.version} ({new Date(v.publishedAt).toLocaleDateString('en')}, {v.publishedByName})
    </option>
  ));
  return (
    <section>
      <PageTitle>{`${name}: version ${from} → ${to}`}</PageTitle>
      <p>
        <Link to="/materials/$slug" params={{ slug }}>
          Back to the datasheet
        </Link>
      </p>
      <ErrorMessage error={versions.error} />
      <form className="inline-fields" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="diff-from">From</label>
          <select id="diff-from" value={from} onChange={(e) => void navigate({ search: { from: Number(e.target.value), to } })}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor="diff-to">To</label>
          <select id="diff-to" value={to} onChange={(e) => void navigate({ search: { from, to: Number(e.target.value) } })}>
            {options}
          </select>
        </div>
      </form>
      {from === to ? (
        <p>Choose two different versions.</p>
      ) : (
        <>
          <ErrorMessage error={diff.error} />
          {diff.isPending && <p role="status">Loading…</p>}
          {diff.data && <ChangesTable changes={diff.data.changes} before={`Version ${from}`} after={`Version ${to}`} caption={`Changes from version ${from} to version ${to}`} />}
          <p>
            <Link to="/materials/$slug/versions/$version" params={{ slug, version: String(from) }}>
              Read version {from}
            </Link>{' '}
            ·{' '}
            <Link to="/materials/$slug/versions/$version" params={{ slug, version: String(to) }}>
              Read version {to}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
