import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, ApiError } from '../api/client';
import type { Concept, Page } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';

const SCHEMES = ['material-class', 'application', 'form', 'property-type', 'certification', 'regulatory-pathway', 'kw-materials-composition', 'kw-outcomes-toxicity'];

export function VocabularyPage() {
  return (
    <section>
      <PageTitle>Vocabulary</PageTitle>
      <RequireSignIn>
        <Concepts />
        <TermRequests />
      </RequireSignIn>
    </section>
  );
}

function Concepts() {
  const [scheme, setScheme] = useState('material-class');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Concept | null>(null);
  const { data, error } = useQuery({
    queryKey: ['concepts', scheme, q],
    queryFn: () => call<Page<Concept>>(() => api.GET('/api/v1/vocabulary/concepts', { params: { query: { scheme, perPage: 100, ...(q && { q }) } } })),
  });
  return (
    <div className="two-col">
      <div>
        <label htmlFor="scheme">Scheme</label>
        <select id="scheme" value={scheme} onChange={(e) => setScheme(e.target.value)}>
          {SCHEMES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <label htmlFor="concept-q">Find a concept</label>
        <input id="concept-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <ErrorMessage error={error} />
        <ul className="concepts">
          {data?.items.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" aria-pressed={selected?.id === c.id} onClick={() => setSelected(c)}>
                {c.prefLabel.en ?? c.id}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected && <ConceptEditor key={selected.id} concept={selected} onSaved={setSelected} />}
    </div>
  );
}

function ConceptEditor({ concept, onSaved }: { concept: Concept; onSaved: (c: Concept) => void }) {
  const qc = useQueryClient();
  const [labels, setLabels] = useState(Object.entries(concept.prefLabel).map(([lang, text]) => ({ lang, text })));
  const [broader, setBroader] = useState(concept.broader.join(', '));
  const [scheme, slug] = concept.id.split('/');
  const save = useMutation({
    mutationFn: () =>
      call<Concept>(() =>
        api.PUT('/api/v1/vocabulary/concepts/{scheme}/{slug}', {
          params: { path: { scheme, slug } },
          body: {
            prefLabel: Object.fromEntries(labels.filter((l) => l.lang && l.text).map((l) => [l.lang, l.text])),
            altLabels: concept.altLabels,
            hiddenLabels: concept.hiddenLabels,
            definition: concept.definition,
            broader: broader.split(',').map((b) => b.trim()).filter(Boolean),
            ...(concept.quantity && { quantity: concept.quantity }),
            revision: concept.revision,
          } as never,
        }),
      ),
    onSuccess: (c) => {
      onSaved(c);
      void qc.invalidateQueries({ queryKey: ['concepts'] });
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  return (
    <form
      className="card"
      aria-label={`Edit ${concept.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2>{concept.id}</h2>
      <fieldset>
        <legend>Preferred labels per language</legend>
        {labels.map((l, i) => (
          <div key={i} className="inline">
            <label htmlFor={`lang-${i}`}>Language</label>
            <input id={`lang-${i}`} size={3} value={l.lang} onChange={(e) => setLabels(labels.map((x, j) => (j === i ? { ...x, lang: e.target.value } : x)))} />
            <label htmlFor={`label-${i}`}>Label</label>
            <input id={`label-${i}`} value={l.text} onChange={(e) => setLabels(labels.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
          </div>
        ))}
        <button type="button" className="link" onClick={() => setLabels([...labels, { lang: '', text: '' }])}>
          Add a language
        </button>
        <p className="field-error">{err?.field('prefLabel')}</p>
      </fieldset>
      <label htmlFor="broader">Broader concepts (ids, comma-separated)</label>
      <input id="broader" value={broader} onChange={(e) => setBroader(e.target.value)} aria-describedby="broader-err" />
      <p id="broader-err" className="field-error">
        {err?.field('broader')}
      </p>
      <p>Narrower: {concept.narrower.join(', ') || 'none'}</p>
      {save.error && !err?.problem.errors?.length && <ErrorMessage error={save.error} />}
      <button type="submit" className="primary">
        Save concept
      </button>
    </form>
  );
}

function TermRequests() {
  const qc = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['term-requests'],
    queryFn: () => call<Page<{ id: string; scheme: string; label: string; status?: string; state?: string; reason?: string }>>(() => api.GET('/api/v1/vocabulary/term-requests')),
  });
  const [reason, setReason] = useState('');
  const reject = useMutation({
    mutationFn: (id: string) => call(() => api.POST('/api/v1/vocabulary/term-requests/{id}/reject', { params: { path: { id } }, body: { reason: reason.trim() || 'Not needed in the vocabulary' } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['term-requests'] }),
  });
  const accept = useMutation({
    mutationFn: (id: string) => call(() => api.POST('/api/v1/vocabulary/term-requests/{id}/accept', { params: { path: { id } }, body: {} })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['term-requests'] });
      void qc.invalidateQueries({ queryKey: ['concepts'] });
    },
  });
  const items = Array.isArray(data) ? data : (data?.items ?? []);
  return (
    <section aria-labelledby="tr-title">
      <h2 id="tr-title">Term requests</h2>
      <ErrorMessage error={error ?? reject.error ?? accept.error} />
      <label htmlFor="tr-reason">Reason given when rejecting</label>
      <input id="tr-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. already covered by another concept" />
      {items.length === 0 && <p>No term requests.</p>}
      <ul>
        {items.map((t) => (
          <li key={t.id}>
            {t.label} ({t.scheme}) – {t.status ?? t.state}{' '}
            {((t.status ?? t.state) === 'open' || (t.status ?? t.state) === 'pending') && (
              <>
                <button type="button" className="link" onClick={() => accept.mutate(t.id)}>
                  Accept<span className="sr-only"> {t.label}</span>
                </button>{' '}
                <button type="button" className="link" onClick={() => reject.mutate(t.id)}>
                  Reject<span className="sr-only"> {t.label}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
