import { useEffect, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { useMe } from '../api/queries';
import { useDebounced } from '../ui/useDebounced';
import { ConceptPicker, conceptName } from './ConceptPicker';
import { ChangesTable } from '../material/ChangesTable';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';

const STATES = [
  ['draft', 'Drafts'],
  ['in_review', 'In review'],
  ['published', 'Published'],
  ['retired', 'Retired'],
] as const;
const AGES = [
  ['', 'Any time'],
  ['1', 'Last 24 hours'],
  ['7', 'Last 7 days'],
  ['30', 'Last 30 days'],
  ['older30', 'Older than 30 days'],
] as const;
const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The review queue and the published list: search, state, class, last editor, age, sort and paging. */
export function ReviewQueuePage() {
  const [states, setStates] = useState<string[]>(['draft', 'in_review']);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [cls, setCls] = useState<{ id: string; label: string } | null>(null);
  const [editor, setEditor] = useState('');
  /** Editors seen in the lists so far (the API has no directory of curators to offer). */
  const [editors, setEditors] = useState<Record<string, string>>({});
  const [age, setAge] = useState('');
  const [sort, setSort] = useState<'-updatedAt' | 'updatedAt' | 'name'>('-updatedAt');
  const [page, setPage] = useState(1);
  const { data: me } = useMe();
  const query = {
    state: (states.length ? states : STATES.map(([s]) => s)).join(','),
    page,
    perPage: 20,
    sort,
    ...(q && { q }),
    ...(cls && { class: cls.id }),
    ...(editor && { editor }),
    ...(age === 'older30' ? { updatedBefore: dayAgo(30) } : age ? { updatedAfter: dayAgo(Number(age)) } : {}),
  };
  const { data, error, isFetching } = useQuery({
    queryKey: ['curation', query],
    placeholderData: keepPreviousData,
    queryFn: () => call(() => api.GET('/api/v1/curation/materials', { params: { query } })),
  });
  useEffect(() => {
    const seen = Object.fromEntries((data?.items ?? []).flatMap((r) => (r.lastEditor ? [[r.lastEditor.id, r.lastEditor.name]] : [])));
    if (Object.keys(seen).some((id) => !editors[id])) setEditors((x) => ({ ...x, ...seen }));
  }, [data, editors]);
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / data.perPage)) : 1;
  return (
    <section>
      <PageTitle>Review queue</PageTitle>
      <RequireSignIn>
        <p>
          <Link to="/curator/new">New material</Link>
        </p>
        <form className="queue-filters" role="search" aria-label="Filter the records" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="queue-q">Name or slug</label>
            <input id="queue-q" type="search" value={text} onChange={(e) => reset(setText)(e.target.value)} />
          </div>
          <fieldset className="subform">
            <legend>State</legend>
            {STATES.map(([s, label]) => (
              <label key={s} className="inline">
                <input type="checkbox" checked={states.includes(s)} onChange={(e) => reset(setStates)(e.target.checked ? [...states, s] : states.filter((x) => x !== s))} /> {label}
              </label>
            ))}
          </fieldset>
          <div>
            {cls ? (
              <p>
                Class: <strong>{cls.label}</strong> and narrower{' '}
                <button type="button" className="link" onClick={() => reset(setCls)(null)}>
                  Clear the class
                </button>
              </p>
            ) : (
              <ConceptPicker scheme="material-class" label="Class (and narrower)" onPick={(c) => reset(setCls)({ id: c.id, label: conceptName(c) })} />
            )}
          </div>
          <div className="field">
            <label htmlFor="queue-age">Last changed</label>
            <select id="queue-age" value={age} onChange={(e) => reset(setAge)(e.target.value)}>
              {AGES.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="queue-editor">Last edited by</label>
            <select id="queue-editor" value={editor} onChange={(e) => reset(setEditor)(e.target.value)}>
              <option value="">Anyone</option>
              {me && <option value={me.id}>Me ({me.name})</option>}
              {Object.entries(editors)
                .filter(([id]) => id !== me?.id)
                .sort(([, a], [, b]) => a.localeCompare(b))
                .map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="queue-sort">Sort</label>
            <select id="queue-sort" value={sort} onChange={(e) => reset(setSort)(e.target.value as typeof sort)}>
              <option value="-updatedAt">Newest change first</option>
              <option value="updatedAt">Oldest change first</option>
              <option value="name">Name</option>
            </select>
          </div>
        </form>
        <ErrorMessage error={error} />
        <p role="status">{data ? `${data.total} record${data.total === 1 ? '' : 's'}${isFetching ? ' (updating…)' : ''}` : 'Loading…'}</p>
        <ul className="queue">
          {data?.items.map((r) => (
            <li key={r.slug}>
              <Link to="/curator/review/$slug" params={{ slug: r.slug }}>
                {r.name}
              </Link>{' '}
              <span className={`state state-${r.state}`}>{r.state.replace('_', ' ')}</span> · {r.className} · {r.changes.length} change{r.changes.length === 1 ? '' : 's'}
              {r.proposedBy ? ` · proposed by ${r.proposedBy.name}${r.proposedBy.organizationName ? ` (${r.proposedBy.organizationName})` : ''}` : ''}
              {r.lastEditor ? ` · last edited by ${r.lastEditor.name}` : ''} · {new Date(r.updatedAt).toLocaleString('en')}
            </li>
          ))}
        </ul>
        {data && pages > 1 && (
          <nav aria-label="Pages" className="pager-row">
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous page
            </button>
            <span>
              Page {page} of {pages}
            </span>
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              Next page
            </button>
          </nav>
        )}
      </RequireSignIn>
    </section>
  );
}

export function ReviewItemPage() {
  const { slug } = useParams({ from: '/curator/review/$slug' });
  const qc = useQueryClient();
  const navigate = useNavigate();
  const key = ['curation-item', slug];
  const { data: r, error } = useQuery({ queryKey: key, queryFn: () => call(() => api.GET('/api/v1/curation/materials/{slug}', { params: { path: { slug } } })) });
  const audit = useQuery({
    queryKey: ['audit', slug],
    queryFn: () => call(() => api.GET('/api/v1/curation/materials/{slug}/audit', { params: { path: { slug } } })),
  });
  const [comment, setComment] = useState('');
  const [done, setDone] = useState('');
  const act = useMutation({
    mutationFn: (action: string) => call(() => api.POST('/api/v1/curation/materials/{slug}/transitions', { params: { path: { slug } }, body: { action: action as 'publish', revision: r!.revision, ...(comment.trim() && { comment: comment.trim() }) } })),
    onSuccess: (next, action) => {
      qc.setQueryData(key, next);
      void qc.invalidateQueries({ queryKey: ['curation'] });
      void qc.invalidateQueries({ queryKey: ['audit', slug] });
      void qc.invalidateQueries({ queryKey: ['search'] });
      setDone(action === 'publish' ? 'Published. It appears in search within a few seconds.' : `Done: ${action.replace('_', ' ')}.`);
      setComment('');
    },
  });
  return (
    <section>
      <PageTitle>{`Review: ${r?.name ?? slug}`}</PageTitle>
      <RequireSignIn>
        <ErrorMessage error={error} />
        {r && (
          <>
            <p>
              State: <span className={`state state-${r.state}`}>{r.state.replace('_', ' ')}</span> · revision {r.revision} · published version {r.publishedVersion || 'none'}
            </p>
            {r.reviewComment && <p className="card">Last review comment: {r.reviewComment}</p>}
            {r.proposedBy && (
              <p>
                Proposed by {r.proposedBy.name}
                {r.proposedBy.organizationName ? ` (${r.proposedBy.organizationName})` : ''}.
              </p>
            )}
            {r.lastEditor && <p>Last edited by {r.lastEditor.name}, {new Date(r.updatedAt).toLocaleString('en')}.</p>}
            {r.draft && (
              <p>
                <Link to="/curator/edit/$slug" params={{ slug }}>
                  Edit the draft
                </Link>
              </p>
            )}
            <h2>Changes from the published version</h2>
            <ChangesTable changes={r.changes} before="Published" after="Draft" caption="Each change of the draft against the published version" />
            <form
              onSubmit={(e) => {
                e.preventDefault();
              }}
            >
              <label htmlFor="comment">Comment (needed to request changes)</label>
              <textarea id="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
              {r.blockedActions.map((b) => (
                <p key={b.action} className="notice" role="note">
                  {b.reason}
                </p>
              ))}
              {r.warnings.length > 0 && (
                <div className="card" role="region" aria-label="Worth checking before publishing">
                  <h3>Worth checking before publishing</h3>
                  <ul>
                    {r.warnings.map((w, i) => (
                      <li key={i}>{w.message}</li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="actions">
                {r.availableActions.includes('publish') && (
                  <button type="button" className="primary" onClick={() => act.mutate('publish')} disabled={act.isPending}>
                    Approve and publish
                  </button>
                )}
                {r.availableActions.includes('request_changes') && (
                  <button type="button" onClick={() => act.mutate('request_changes')} disabled={act.isPending}>
                    Request changes
                  </button>
                )}
                {r.availableActions.includes('submit') && (
                  <button type="button" onClick={() => act.mutate('submit')} disabled={act.isPending}>
                    Submit for review
                  </button>
                )}
              </div>
              <ErrorMessage error={act.error} />
              {done && <p role="status">{done}</p>}
              {r.state === 'published' && (
                <p>
                  <Link to="/" search={{ q: String(r.published?.name ?? slug) }}>
                    Find it in search
                  </Link>{' '}
                  ·{' '}
                  <button type="button" className="link" onClick={() => navigate({ to: '/materials/$slug', params: { slug } })}>
                    Open the datasheet
                  </button>
                </p>
              )}
            </form>
            <h2>Audit trail</h2>
            <ErrorMessage error={audit.error} />
            <ol>
              {(audit.data ?? []).map((e, i) => (
                <li key={i}>
                  {new Date(e.at).toLocaleString('en')}: {e.action.replace(/_/g, ' ')} by {e.actor.name}
                  {e.fromState ? ` (${e.fromState} → ${e.toState})` : ''}
                  {e.comment ? `: “${e.comment}”` : ''}
                </li>
              ))}
            </ol>
          </>
        )}
      </RequireSignIn>
    </section>
  );
}
