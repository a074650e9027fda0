import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { ErrorMessage } from '../ui/Layout';
import { citationQuery } from './api';
import { CitationExport } from './CitationExport';
import { IdLinks } from './PublicationParts';
import { recordCitation, shortAuthors, sourceText, type PublicationSummary } from './literature';

const PER_PAGE = 10;

/** A datasheet's literature: the publications linked to the material (paged, newest first), their export, and how to cite the record itself. */
export function MaterialLiterature({ slug, name, version }: { slug: string; name: string; version: number }) {
  const [page, setPage] = useState(1);
  const { data, error, isPending, isFetching } = useQuery({
    queryKey: ['material-publications', slug, page],
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/publications', { params: { path: { slug }, query: { page, perPage: PER_PAGE } } })),
  });
  const total = data?.total ?? 0;
  const pages = Math.ceil(total / PER_PAGE);
  return (
    <>
      <section aria-labelledby="lit-title">
        <h2 id="lit-title">Literature{data ? ` (${total})` : ''}</h2>
        <ErrorMessage error={error} />
        {isPending && <p role="status">Loading the literature…</p>}
        {data && total === 0 && <p className="muted">No publication is linked to this material yet.</p>}
        {data && total > 0 && (
          <>
            <ol className="publications" aria-busy={isFetching} start={(page - 1) * PER_PAGE + 1}>
              {data.items.map((p) => (
                <PublicationItem key={p.id} p={p} />
              ))}
            </ol>
            {pages > 1 && (
              <nav aria-label="Literature pages" className="pager">
                <button type="button" onClick={() => setPage(page - 1)} disabled={page <= 1}>
                  Previous
                </button>
                <span>
                  Page {page} of {pages}
                </span>
                <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pages}>
                  Next
                </button>
              </nav>
            )}
            <h3>Export these references</h3>
            <CitationExport target={{ material: slug }} fileName={`${slug}-references`} what={`the references of ${name}`} />
          </>
        )}
      </section>
      <HowToCite slug={slug} name={name} version={version} />
    </>
  );
}

/** One publication in a list: title (to its page), authors, year, journal and identifier links. */
export function PublicationItem({ p }: { p: Pick<PublicationSummary, 'id' | 'title' | 'authors' | 'journal' | 'year' | 'volume' | 'issue' | 'pages' | 'doi' | 'pmid' | 'pmcid'> }) {
  return (
    <li className="publication">
      <Link to="/publications/$id" params={{ id: p.id }}>
        {p.title}
      </Link>
      <br />
      <span className="muted small">
        {[shortAuthors(p.authors), sourceText(p)].filter(Boolean).join('. ')}
      </span>{' '}
      <IdLinks p={p} />
    </li>
  );
}

/** "How to cite this record": the published version as a dataset (name, version, date, URL, licence), with its exports. */
function HowToCite({ slug, name, version }: { slug: string; name: string; version: number }) {
  const target = { material: slug, version };
  const { data, error } = useQuery(citationQuery(target, 'csl-json'));
  const c = data ? recordCitation(data) : null;
  return (
    <section aria-labelledby="howtocite-title">
      <h2 id="howtocite-title">How to cite this record</h2>
      <ErrorMessage error={error} />
      {c && (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{c.title ?? name}</dd>
          <dt>Version</dt>
          <dd>{c.version ?? version}</dd>
          <dt>Date</dt>
          <dd>{c.date ?? '—'}</dd>
          <dt>URL</dt>
          <dd className="break">{c.url ?? '—'}</dd>
          <dt>Licence</dt>
          <dd>{c.licence ?? 'No data licence is declared for the records yet.'}</dd>
        </dl>
      )}
      <CitationExport target={target} fileName={`${slug}-v${version}`} what={`version ${version} of this record`} />
    </section>
  );
}
