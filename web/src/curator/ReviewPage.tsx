import { useState } from 'react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { CurationView, Page } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';

export function ReviewQueuePage() {
  const [state, setState] = useState('in_review');
  const { data, error } = useQuery({
    queryKey: ['curation', state],
    queryFn: () => call(() => api.GET('/api/v1/curation/materials', { params: { query: { state } as never } })),
  });
  return (
    <section>
      <PageTitle>Review queue</PageTitle>
      <RequireSignIn>
        <label htmlFor="state">Show</label>{' '}
        <select id="state" value={state} onChange={(e) => setState(e.target.value)}>
          <option value="in_review">In review</option>
          <option value="draft">Drafts</option>
          <option value="published">Published</option>
          <option value="retired">Retired</option>
        </select>
        <ErrorMessage error={error} />
        {data?.items.length === 0 && <p>Nothing here.</p>}
        <ul className="queue">
          {data?.items.map((r) => (
            <li key={r.slug}>
              <Link to="/curator/review/$slug" params={{ slug: r.slug }}>
                {r.name}
              </Link>{' '}
              <span className={`state state-${r.state}`}>{r.state.replace('_', ' ')}</span> · {r.changes.length} change{r.changes.length === 1 ? '' : 's'} · updated {new Date(r.updatedAt).toLocaleString('en')}
            </li>
          ))}
        </ul>
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
            <h2>Changes from the published version</h2>
            {r.changes.length === 0 ? (
              <p>No changes.</p>
            ) : (
              <div className="table-wrap">
                <table className="diff-table">
                  <caption className="visually-hidden">Each change of the draft against the published version</caption>
                  <thead>
                    <tr>
                      <th scope="col">What</th>
                      <th scope="col">Published</th>
                      <th scope="col">Draft</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c, i) => (
                      <tr key={i} className={`change-${c.kind}`}>
                        <th scope="row">
                          {c.label} <span className="muted">({c.kind === 'removed' ? 'removed' : c.kind === 'added' ? 'added' : 'changed'})</span>
                        </th>
                        <td className="del">{c.beforeText ?? '—'}</td>
                        <td className="ins">{c.afterText ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
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
