import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Label, Tag, TagGroup, TagList, Text, TextField, FieldError } from 'react-aria-components';
import { api, call, ApiError } from '../api/client';
import type { Concept, Page } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { FormErrorSummary, useServerErrors, SubmitButton } from '../ui/forms';
import { checkRows, fromRows, LabelEditor, labelFieldNames, toRows, type LabelRow } from './LabelEditor';
import { ConceptPicker, conceptName } from './ConceptPicker';
import { schemesQuery } from '../api/queries';

const PER_PAGE = 100;

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

const conceptKey = (id: string) => ['concept', id];
const getConcept = (id: string) => {
  const [scheme, slug] = id.split('/');
  return call(() => api.GET('/api/v1/vocabulary/concepts/{scheme}/{slug}', { params: { path: { scheme, slug } } }));
};

function Concepts() {
  const [scheme, setScheme] = useState('material-class');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const schemes = useQuery(schemesQuery);
  const { data, error } = useQuery({
    queryKey: ['concepts', scheme, q, page],
    queryFn: () => call(() => api.GET('/api/v1/vocabulary/concepts', { params: { query: { scheme, perPage: PER_PAGE, page, ...(q.trim() && { q: q.trim() }) } } })),
  });
  const pages = data ? Math.ceil(data.total / PER_PAGE) : 1;
  return (
    <>
      <p className="actions">
        <Link to="/curator/vocabulary/import">Import SKOS or CSV</Link>
        <a href={`/api/v1/vocabulary/export?format=csv&scheme=${scheme}`} download={`${scheme}.csv`}>
          Export {scheme} as CSV
        </a>
        <a href={`/api/v1/vocabulary/export?format=turtle&scheme=${scheme}`} download={`${scheme}.ttl`}>
          Export {scheme} as SKOS Turtle
        </a>
      </p>
      <div className="two-col">
        <div>
          <label htmlFor="scheme">Scheme</label>
          <select
            id="scheme"
            value={scheme}
            onChange={(e) => {
              setScheme(e.target.value);
              setPage(1);
              setSelected(null);
            }}
          >
            {(schemes.data ?? [{ id: scheme, title: {}, concepts: 0 }]).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title.en && s.title.en !== s.id ? `${s.title.en} (${s.id})` : s.id}
              </option>
            ))}
          </select>
          <label htmlFor="concept-q">Find a concept</label>
          <input
            id="concept-q"
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
          />
          <ErrorMessage error={error} />
          <p className="muted small" role="status">
            {data ? `${data.total} concept${data.total === 1 ? '' : 's'}` : 'Loading…'}
          </p>
          <ul className="concepts" aria-label={`Concepts of ${scheme}`}>
            {data?.items.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="link"
                  aria-pressed={selected === c.id && !creating}
                  onClick={() => {
                    setCreating(false);
                    setSelected(c.id);
                  }}
                >
                  {conceptName(c)}
                </button>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <p className="actions">
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Previous concepts
              </button>
              <span>
                Page {page} of {pages}
              </span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                More concepts
              </button>
            </p>
          )}
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New concept in {scheme}
          </button>
        </div>
        <div>
          {creating ? (
            <NewConcept
              key={scheme}
              scheme={scheme}
              onCreated={(c) => {
                setCreating(false);
                setSelected(c.id);
              }}
              onCancel={() => setCreating(false)}
            />
          ) : selected ? (
            <ConceptLoader key={selected} id={selected} onOpen={setSelected} />
          ) : (
            <p className="muted">Choose a concept to edit its labels and hierarchy, or create one.</p>
          )}
        </div>
      </div>
    </>
  );
}

function ConceptLoader({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { data, error, refetch } = useQuery({ queryKey: conceptKey(id), queryFn: () => getConcept(id) });
  // A new generation of the editor starts from the concept as stored (after "load their version").
  const [generation, setGeneration] = useState(0);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p role="status">Loading…</p>;
  return (
    <ConceptEditor
      key={generation}
      concept={data}
      onOpen={onOpen}
      onReload={async () => {
        await refetch();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

/** A concept's content as the API takes it (PUT replaces it whole: every field is sent back). */
function body(c: Concept, rows: LabelRow[], broader: string[]) {
  const labels = fromRows(rows);
  return {
    ...labels,
    broader,
    exactMatch: c.exactMatch ?? [],
    closeMatch: c.closeMatch ?? [],
    ...(c.quantity ? { quantity: { canonicalUnit: c.quantity.canonicalUnit, min: c.quantity.min, max: c.quantity.max, ...(c.quantity.searchField ? { searchField: c.quantity.searchField } : {}), ...(c.quantity.group ? { group: c.quantity.group } : {}) } } : {}),
    revision: c.revision,
  };
}

/**
 * Edits one concept: labels per language and broader concepts are saved together (at the revision
 * read: a concurrent change is refused, and the edits stay in the form). Narrower concepts are the
 * concepts whose broader list holds this one, so adding or removing one saves that other concept at once.
 */
export function ConceptEditor({ concept, onOpen, onReload }: { concept: Concept; onOpen: (id: string) => void; onReload: () => Promise<void> }) {
  const qc = useQueryClient();
  const [rows, setRows] = useState(() => toRows(concept));
  const [broader, setBroader] = useState(concept.broader);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [scheme, slug] = concept.id.split('/');
  const problems = checkRows(rows);
  const save = useMutation({
    mutationFn: () => call(() => api.PUT('/api/v1/vocabulary/concepts/{scheme}/{slug}', { params: { path: { scheme, slug } }, body: body(concept, rows, broader) as never })),
    onSuccess: (c) => {
      setSaved(c.revision);
      qc.setQueryData(conceptKey(c.id), c);
      void qc.invalidateQueries({ queryKey: ['concepts'] });
    },
  });
  const errors = useServerErrors(save.error, [...labelFieldNames(rows), 'broader', 'quantity', 'exactMatch', 'closeMatch']);
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const dirty = JSON.stringify(body(concept, rows, broader)) !== JSON.stringify(body(concept, toRows(concept), concept.broader));
  return (
    <div className="card concept-editor">
    <Form
      className="concept-form"
      aria-labelledby="concept-title"
      validationBehavior="aria"
      {...errors.formProps}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        setSaved(null);
        if (Object.keys(problems).length === 0) save.mutate();
      }}
    >
      <h2 id="concept-title">
        {conceptName(concept)} <span className="muted small">{concept.id}</span>
      </h2>
      <p className="muted small">
        Revision {concept.revision}
        {concept.quantity ? ` · canonical unit ${concept.quantity.canonicalUnit}${concept.quantity.searchField ? `, search field ${concept.quantity.searchField}` : ''}` : ''}
      </p>
      <LabelEditor
        rows={rows}
        onChange={(update) => {
          setRows(update);
          setSaved(null);
        }}
        errors={errors.byField}
        rowProblems={tried ? problems : {}}
      />
      <ConceptList
        label="Broader concepts"
        name="broader"
        ids={broader}
        onRemove={(id) => setBroader(broader.filter((b) => b !== id))}
        errors={errors.byField.broader}
        onOpen={onOpen}
      />
      <ConceptPicker scheme={scheme} label="Add a broader concept" exclude={[concept.id, ...broader]} onPick={(c) => setBroader([...broader, c.id])} description="Saved with the labels." />
      {stale ? (
        <div role="alert" className="error">
          <p>Someone else changed this concept since you opened it; nothing was saved and your edits are still here.</p>
          <Button onPress={() => void onReload()}>
            Load their version (discards your edits)
          </Button>
        </div>
      ) : (
        <FormErrorSummary error={save.error} errors={errors} />
      )}
      {tried && Object.keys(problems).length > 0 && (
        <p role="alert" className="error">
          Please correct the language codes marked above.
        </p>
      )}
      {saved !== null && !save.isPending && (
        <p role="status" className="ok">
          Saved (revision {saved}).
        </p>
      )}
      <div className="actions">
        <SubmitButton pending={save.isPending} busy="Saving…" disabled={!dirty && saved === null && !save.error}>
          Save concept
        </SubmitButton>
      </div>
    </Form>
    <Narrower concept={concept} onOpen={onOpen} />
    </div>
  );
}

/** Concept ids as tags (named by their labels), each removable and openable. */
function ConceptList({ label, name, ids, onRemove, errors, onOpen }: { label: string; name: string; ids: string[]; onRemove: (id: string) => void; errors?: string[]; onOpen: (id: string) => void }) {
  const names = useConceptNames(ids);
  return (
    <div className="tag-field" data-name={name}>
      <TagGroup className="tags" onRemove={(keys) => keys.forEach((k) => onRemove(String(k)))}>
        <Label>{label}</Label>
        <TagList items={ids.map((id) => ({ id }))} className="tag-list" renderEmptyState={() => <span className="muted small">None</span>}>
          {(item) => (
            <Tag id={item.id} textValue={names[item.id] ?? item.id} className="tag">
              {names[item.id] ?? item.id}
              <Button slot="remove" className="tag-remove">
                ×
              </Button>
            </Tag>
          )}
        </TagList>
      </TagGroup>
      {errors?.length ? <p className="field-error">{errors.join(' ')}</p> : null}
      {ids.length > 0 && (
        <p className="small">
          Open:{' '}
          {ids.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => onOpen(id)}>
                {names[id] ?? id}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** English labels of concepts, loaded one by one (cached per concept). */
function useConceptNames(ids: string[]): Record<string, string> {
  const qc = useQueryClient();
  const { data } = useQuery({
    queryKey: ['concept-names', ...ids],
    enabled: ids.length > 0,
    staleTime: 60_000,
    queryFn: async () =>
      Object.fromEntries(
        await Promise.all(
          ids.map(async (id) => {
            const c = await qc.fetchQuery({ queryKey: conceptKey(id), queryFn: () => getConcept(id), staleTime: 60_000 }).catch(() => null);
            return [id, c ? conceptName(c) : id] as const;
          }),
        ),
      ),
  });
  return data ?? {};
}

/** Narrower concepts: adding or removing one changes that concept's broader list, saved at once. */
function Narrower({ concept, onOpen }: { concept: Concept; onOpen: (id: string) => void }) {
  const qc = useQueryClient();
  const [scheme] = concept.id.split('/');
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: async ({ id, add }: { id: string; add: boolean }) => {
      const child = await getConcept(id);
      const broader = add ? [...new Set([...child.broader, concept.id])] : child.broader.filter((b) => b !== concept.id);
      const [s, slug] = id.split('/');
      await call(() => api.PUT('/api/v1/vocabulary/concepts/{scheme}/{slug}', { params: { path: { scheme: s, slug } }, body: body(child, toRows(child), broader) as never }));
      return { name: conceptName(child), add };
    },
    onSuccess: async ({ name, add }) => {
      setDone(add ? `${name} is now narrower than ${conceptName(concept)}.` : `${name} is no longer narrower than ${conceptName(concept)}.`);
      await qc.invalidateQueries({ queryKey: ['concept'] });
      void qc.invalidateQueries({ queryKey: ['concepts'] });
    },
  });
  const err = change.error instanceof ApiError ? change.error : null;
  return (
    <section className="narrower" aria-labelledby="narrower-title">
      <h3 id="narrower-title">Narrower concepts</h3>
      <p className="muted small">Changes here are saved at once: each changes the broader concepts of the concept added or removed.</p>
      <ConceptList label={`Narrower than ${conceptName(concept)}`} name="narrower" ids={concept.narrower} onRemove={(id) => change.mutate({ id, add: false })} onOpen={onOpen} />
      <ConceptPicker scheme={scheme} label="Add a narrower concept" exclude={[concept.id, ...concept.narrower, ...concept.broader]} onPick={(c) => change.mutate({ id: c.id, add: true })} />
      {change.error && (
        <p role="alert" className="error">
          {err?.problem.errors?.length ? `Not changed: ${err.problem.errors.map((e) => e.message).join('; ')}.` : change.error.message}
        </p>
      )}
      {done && !change.isPending && !change.error && <p role="status">{done}</p>}
    </section>
  );
}

/** A new concept of `scheme`: its id (the slug after the scheme), labels and broader concepts. */
function NewConcept({ scheme, onCreated, onCancel }: { scheme: string; onCreated: (c: Concept) => void; onCancel: () => void }) {
  const qc = useQueryClient();
  const [slug, setSlug] = useState('');
  const [rows, setRows] = useState(() => toRows({ prefLabel: {} }));
  const [broader, setBroader] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const problems = checkRows(rows);
  const create = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/vocabulary/concepts', { body: { id: `${scheme}/${slug.trim()}`, ...fromRows(rows), broader } as never })),
    onSuccess: (c) => {
      qc.setQueryData(conceptKey(c.id), c);
      void qc.invalidateQueries({ queryKey: ['concepts'] });
      onCreated(c);
    },
  });
  const errors = useServerErrors(create.error, ['id', ...labelFieldNames(rows), 'broader']);
  return (
    <Form
      className="card"
      aria-labelledby="new-concept-title"
      validationBehavior="aria"
      {...errors.formProps}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(problems).length === 0) create.mutate();
      }}
    >
      <h2 id="new-concept-title">New concept in {scheme}</h2>
      <TextField className="field" name="id" value={slug} onChange={(v) => setSlug(v.toLowerCase().replace(/\s+/g, '-'))} isRequired>
        <Label>Identifier</Label>
        <span className="prefixed">
          <span className="muted" aria-hidden="true">
            {scheme}/
          </span>
          <Input placeholder="e.g. nickel-titanium" />
        </span>
        <Text slot="description" className="muted small">
          Lowercase letters, digits and dashes; it never changes once created.
        </Text>
        <FieldError className="field-error" />
      </TextField>
      <LabelEditor rows={rows} onChange={setRows} errors={errors.byField} rowProblems={tried ? problems : {}} />
      <ConceptList label="Broader concepts" name="broader" ids={broader} onRemove={(id) => setBroader(broader.filter((b) => b !== id))} errors={errors.byField.broader} onOpen={() => undefined} />
      <ConceptPicker scheme={scheme} label="Add a broader concept" exclude={broader} onPick={(c) => setBroader([...broader, c.id])} />
      <FormErrorSummary error={create.error} errors={errors} />
      <div className="actions">
        <Button type="submit" className="primary" isDisabled={create.isPending}>
          Create concept
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </Form>
  );
}

function TermRequests() {
  const qc = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['term-requests'],
    queryFn: () => call(() => api.GET('/api/v1/vocabulary/term-requests')),
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
