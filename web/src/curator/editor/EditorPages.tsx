import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call } from '../../api/client';
import { materialQuery, hasRole, useMe } from '../../api/queries';
import type { CurationView, MaterialContent } from '../../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../../ui/Layout';
import { RecordEditor } from './RecordEditor';
import { changedMeanwhile, detailToContent, emptyState, fieldNames, mapErrors, toContent, toState, type EditorState } from './model';

/** The record's editable content: its draft, else its published content. */
const contentOf = (r: CurationView): MaterialContent | null => r.draft ?? r.published;

/**
 * The editor with what every page around it shares: the API's field errors at their fields (the
 * first one focused), the messages no field shows in a summary, nothing typed lost on a failure.
 */
export function EditorForm({
  state,
  setState,
  error,
  pending,
  busy,
  submit,
  onSubmit,
  slug,
  children,
}: {
  state: EditorState;
  setState: React.Dispatch<React.SetStateAction<EditorState>>;
  error: unknown;
  pending: boolean;
  busy: string;
  submit: string;
  onSubmit: () => void;
  slug?: { value: string; onChange: (v: string) => void };
  children?: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const names = useMemo(() => fieldNames(state, !!slug), [state, slug]);
  const mapped = useMemo(() => mapErrors(error, names), [error, names.join('\n')]); // eslint-disable-line react-hooks/exhaustive-deps
  const [edited, setEdited] = useState<{ error: unknown; names: Set<string> }>({ error: null, names: new Set() });
  const errors = useMemo(
    () => (edited.error === error ? Object.fromEntries(Object.entries(mapped.byField).filter(([f]) => !edited.names.has(f))) : mapped.byField),
    [mapped, edited, error],
  );
  useEffect(() => {
    // After a refused save, the keyboard goes to the first field the API named (else the summary).
    if (!error) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-field-error]') ?? form.current?.querySelector<HTMLElement>('[role="alert"]');
    first?.focus();
  }, [error]);
  const fieldCount = Object.keys(mapped.byField).length;
  return (
    <form
      ref={form}
      className="record-editor"
      noValidate
      aria-label="Material record"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <RecordEditor state={state} setState={setState} errors={errors} onEdited={(n) => setEdited((x) => ({ error, names: new Set([...(x.error === error ? x.names : []), n]) }))} slug={slug} />
      {children}
      {!!error && (
        <div role="alert" className="error" tabIndex={-1}>
          {error instanceof ApiError && error.problem.errors?.length ? (
            <>
              <p>
                Nothing was saved.{' '}
                {fieldCount ? `Please correct the ${fieldCount === 1 ? 'field' : `${fieldCount} fields`} marked above${mapped.other.length ? ', and:' : '.'}` : ''}
              </p>
              {mapped.other.length > 0 && (
                <ul>
                  {mapped.other.map((o, i) => (
                    <li key={i}>
                      {o.path}: {o.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p>{error instanceof Error ? error.message : String(error)}</p>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? busy : submit}
        </button>
      </div>
    </form>
  );
}

/** A curator edits a record's draft (a published record gets one); a stale revision keeps what was typed and says what changed. */
export function EditMaterialPage() {
  const { slug } = useParams({ from: '/curator/edit/$slug' });
  return <EditSession slug={slug} />;
}

/** The editing of one record's draft (the page's body). */
export function EditSession({ slug }: { slug: string }) {
  const { data: me } = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const record = useQuery({ queryKey: ['curation-item', slug], queryFn: () => call(() => api.GET('/api/v1/curation/materials/{slug}', { params: { path: { slug } } })), staleTime: Infinity });
  const [state, setState] = useState<EditorState | null>(null);
  const [base, setBase] = useState<{ revision: number; content: MaterialContent } | null>(null);
  const [conflict, setConflict] = useState<{ current: CurationView; changes: string[] } | null>(null);
  const [saved, setSaved] = useState<CurationView | null>(null);
  useEffect(() => {
    const r = record.data;
    if (r && !state) {
      const c = contentOf(r);
      if (c) {
        setState(toState(c));
        setBase({ revision: r.revision, content: c });
      }
    }
  }, [record.data, state]);
  const save = useMutation({
    mutationFn: (s: EditorState) => call(() => api.PUT('/api/v1/curation/materials/{slug}/draft', { params: { path: { slug } }, body: { content: toContent(s), revision: base!.revision } })),
    onSuccess: (r) => {
      setSaved(r);
      setConflict(null);
      setBase({ revision: r.revision, content: contentOf(r)! });
      qc.setQueryData(['curation-item', slug], r);
      void qc.invalidateQueries({ queryKey: ['curation'] });
    },
    onError: (e) => {
      const current = e instanceof ApiError && e.status === 409 ? ((e.problem as { current?: CurationView }).current ?? null) : null;
      if (current && base) setConflict({ current, changes: changedMeanwhile(base.content, contentOf(current) ?? base.content) });
    },
  });
  const submit = useMutation({
    mutationFn: (r: CurationView) => call(() => api.POST('/api/v1/curation/materials/{slug}/transitions', { params: { path: { slug } }, body: { action: 'submit', revision: r.revision } })),
    onSuccess: (r) => {
      qc.setQueryData(['curation-item', slug], r);
      void qc.invalidateQueries({ queryKey: ['curation'] });
      void navigate({ to: '/curator/review/$slug', params: { slug } });
    },
  });
  const curator = hasRole(me, 'curator');
  return (
    <section>
      <PageTitle>{`Edit: ${record.data?.name ?? slug}`}</PageTitle>
      <RequireSignIn>
        {me && !curator && (
          <p>
            Only curators edit records directly. <Link to="/materials/$slug/propose" params={{ slug }}>Propose a correction</Link> instead.
          </p>
        )}
        <ErrorMessage error={record.error} />
        {record.data && (
          <p className="muted">
            State: {record.data.state.replace('_', ' ')} · revision {base?.revision ?? record.data.revision}
            {record.data.lastEditor ? ` · last edited by ${record.data.lastEditor.name}` : ''} · <Link to="/curator/review/$slug" params={{ slug }}>Review page</Link>
          </p>
        )}
        {conflict && (
          <div className="card notice" role="alert">
            <h2>Someone else saved this record meanwhile</h2>
            <p>
              {conflict.current.lastEditor?.name ?? 'Another editor'} saved revision {conflict.current.revision} ({new Date(conflict.current.updatedAt).toLocaleString('en')}). Your changes are still in the form; nothing of
              yours was saved.
            </p>
            {conflict.changes.length ? (
              <ul>
                {conflict.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ) : (
              <p>Their save changed nothing you can see in the content (only the state).</p>
            )}
            <div className="actions">
              <button
                type="button"
                onClick={() => {
                  setBase({ revision: conflict.current.revision, content: contentOf(conflict.current)! });
                  setConflict(null);
                  save.reset();
                }}
              >
                Keep my version (save over theirs next)
              </button>
              <button
                type="button"
                onClick={() => {
                  const c = contentOf(conflict.current)!;
                  setState(toState(c));
                  setBase({ revision: conflict.current.revision, content: c });
                  setConflict(null);
                  save.reset();
                }}
              >
                Take their version (drop my changes)
              </button>
            </div>
          </div>
        )}
        {state && (
          <EditorForm state={state} setState={setState as React.Dispatch<React.SetStateAction<EditorState>>} error={save.error} pending={save.isPending} busy="Saving…" submit="Save draft" onSubmit={() => { setSaved(null); save.mutate(state); }}>
            {saved && (
              <div role="status" className="card">
                <p>
                  Draft saved (revision {saved.revision}, {saved.changes.length} change{saved.changes.length === 1 ? '' : 's'} from the published version).
                </p>
                {saved.warnings.length > 0 && (
                  <>
                    <p>Worth checking before review:</p>
                    <ul>
                      {saved.warnings.map((w, i) => (
                        <li key={i}>{w.message}</li>
                      ))}
                    </ul>
                  </>
                )}
                {saved.availableActions.includes('submit') && (
                  <button type="button" onClick={() => submit.mutate(saved)} disabled={submit.isPending}>
                    Submit for review
                  </button>
                )}
                <ErrorMessage error={submit.error} />
              </div>
            )}
          </EditorForm>
        )}
      </RequireSignIn>
    </section>
  );
}

/** A curator creates a new record (it starts as a draft); anyone else proposes one. */
export function NewMaterialPage() {
  const navigate = useNavigate();
  const [state, setState] = useState<EditorState>(emptyState);
  const [slug, setSlug] = useState('');
  const create = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/curation/materials', { body: { slug: slug.trim(), content: toContent(state) } })),
    onSuccess: (r) => void navigate({ to: '/curator/review/$slug', params: { slug: r.slug } }),
  });
  return (
    <section>
      <PageTitle>New material</PageTitle>
      <RequireSignIn>
        <EditorForm state={state} setState={setState} error={create.error} pending={create.isPending} busy="Creating…" submit="Create the draft" onSubmit={() => create.mutate()} slug={{ value: slug, onChange: setSlug }} />
      </RequireSignIn>
    </section>
  );
}

/** Any signed-in user proposes a correction of a published datasheet; curators review it like any draft. */
export function ProposeCorrectionPage() {
  const { slug } = useParams({ from: '/materials/$slug/propose' });
  const m = useQuery(materialQuery(slug));
  const [state, setState] = useState<EditorState | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (m.data && !state) setState(toState(detailToContent(m.data)));
  }, [m.data, state]);
  const propose = useMutation({
    mutationFn: (s: EditorState) => call(() => api.POST('/api/v1/curation/materials/{slug}/proposals', { params: { path: { slug } }, body: { content: toContent(s), ...(note.trim() && { note: note.trim() }) } })),
  });
  return (
    <section>
      <PageTitle>{`Propose a correction: ${m.data?.name ?? slug}`}</PageTitle>
      <RequireSignIn>
        <p>Change what is wrong or missing; curators review your proposal before anything is published.</p>
        <ErrorMessage error={m.error} />
        {propose.isSuccess ? (
          <div role="status" className="card">
            <p>Thank you: your correction was sent to the curators as a proposal.</p>
            <p>
              <Link to="/materials/$slug" params={{ slug }}>
                Back to the datasheet
              </Link>
            </p>
          </div>
        ) : (
          state && (
            <EditorForm state={state} setState={setState as React.Dispatch<React.SetStateAction<EditorState>>} error={propose.error} pending={propose.isPending} busy="Sending…" submit="Send the proposal" onSubmit={() => propose.mutate(state)}>
              <div className="field">
                <label htmlFor="proposal-note">What you changed and why (for the curators)</label>
                <textarea id="proposal-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
              </div>
            </EditorForm>
          )
        )}
      </RequireSignIn>
    </section>
  );
}
