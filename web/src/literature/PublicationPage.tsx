import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { api, call } from '../api/client';
import { hasRole, materialQuery, useMe } from '../api/queries';
import { ErrorMessage, PageTitle } from '../ui/Layout';
import { FormErrorSummary, SubmitButton, TextInput, useServerErrors } from '../ui/forms';
import { MaterialPicker } from '../supplier/MaterialPicker';
import { publicationQuery } from './api';
import { CitationExport } from './CitationExport';
import { AbstractView, AuthorList, IdLinks, LabelList, MeshList } from './PublicationParts';
import { formOf, patchOf, PUBLICATION_FIELDS, type Publication, type PublicationForm } from './literature';

export function PublicationPage() {
  const { id } = useParams({ from: '/publications/$id' });
  const { data: p, error, isPending } = useQuery(publicationQuery(id));
  const { data: me } = useMe();
  if (isPending) return <p role="status">Loading…</p>;
  if (error || !p) return <ErrorMessage error={error ?? new Error('Not found')} />;
  return <PublicationView p={p} curator={hasRole(me, 'curator')} />;
}

const has = (v: unknown) => v !== null && v !== undefined && v !== '';

function PublicationView({ p, curator }: { p: Publication; curator: boolean }) {
  return (
    <article className="publication-page">
      <p className="muted">{p.publicationTypes.join(' · ') || 'Publication'}</p>
      <PageTitle>{p.title}</PageTitle>
      {p.retired && (
        <p role="note" className="notice">
          This publication is retired: it is no longer listed on datasheets or in the public API.
        </p>
      )}
      <AuthorList authors={p.authors} />
      <dl className="facts">
        {p.journal && (
          <>
            <dt>Journal</dt>
            <dd>
              {p.journal.title}
              {p.journal.issn && <span className="muted"> (ISSN {p.journal.issn})</span>}
            </dd>
          </>
        )}
        {[
          ['Year', p.year],
          ['Volume', p.volume],
          ['Issue', p.issue],
          ['Pages', p.pages],
          ['Language', p.language],
          ['Licence', p.licence],
        ]
          .filter(([, v]) => has(v))
          .map(([k, v]) => (
            <div key={String(k)}>
              <dt>{k}</dt>
              <dd>{String(v)}</dd>
            </div>
          ))}
        {(p.doi || p.pmid || p.pmcid) && (
          <>
            <dt>Identifiers</dt>
            <dd>
              <IdLinks p={p} />
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="abstract-title">
        <h2 id="abstract-title">Abstract</h2>
        <AbstractView abstract={p.abstract} />
        {p.summary && (
          <>
            <h3>Our summary</h3>
            <p>{p.summary}</p>
          </>
        )}
      </section>
      <section aria-labelledby="mesh-title">
        <h2 id="mesh-title">MeSH headings</h2>
        {p.mesh.some((m) => m.major) && <p className="muted small">Major topics are marked *.</p>}
        <MeshList mesh={p.mesh} />
      </section>
      {p.keywords.length > 0 && (
        <section aria-labelledby="keywords-title">
          <h2 id="keywords-title">Keywords</h2>
          <p>{p.keywords.join('; ')}</p>
        </section>
      )}
      <section aria-labelledby="labels-title">
        <h2 id="labels-title">Labels</h2>
        <LabelList labels={p.labels} />
      </section>
      <section aria-labelledby="materials-title">
        <h2 id="materials-title">Materials</h2>
        <LinkedMaterials p={p} curator={curator && !p.retired} />
      </section>
      <section aria-labelledby="cite-title">
        <h2 id="cite-title">Cite this publication</h2>
        {p.retired ? <p className="muted">A retired publication is not exported.</p> : <CitationExport target={{ publication: p.id }} fileName={p.id} what="this publication" />}
      </section>
      {curator && <CuratorTools p={p} />}
    </article>
  );
}

function MaterialName({ slug }: { slug: string }) {
  const { data } = useQuery({ ...materialQuery(slug), retry: false });
  return <>{data?.name ?? slug}</>;
}

/** Datasheet links; for curators, unlink buttons and the material picker to link one more. */
function LinkedMaterials({ p, curator }: { p: Publication; curator: boolean }) {
  const qc = useQueryClient();
  const [slug, setSlug] = useState('');
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: (materials: string[]) => call(() => api.PUT('/api/v1/literature/publications/{id}/materials', { params: { path: { id: p.id } }, body: { materials, revision: p.revision } })),
    onSuccess: (next, materials) => {
      qc.setQueryData(publicationQuery(p.id).queryKey, next);
      void qc.invalidateQueries({ queryKey: ['publication-audit', p.id] });
      void qc.invalidateQueries({ queryKey: ['material-publications'] });
      setMessage(materials.length > p.materials.length ? 'The material was linked.' : 'The material was unlinked.');
      setSlug('');
    },
  });
  return (
    <>
      {p.materials.length === 0 ? (
        <p className="muted">No material is linked to this publication yet.</p>
      ) : (
        <ul className="link-list">
          {p.materials.map((m) => (
            <li key={m}>
              <Link to="/materials/$slug" params={{ slug: m }}>
                <MaterialName slug={m} />
              </Link>
              {curator && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => save.mutate(p.materials.filter((x) => x !== m))} disabled={save.isPending}>
                    Unlink<span className="sr-only">
                      {' '}
                      <MaterialName slug={m} />
                    </span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {curator && (
        <form
          className="link-material"
          aria-label="Link a material"
          onSubmit={(e) => {
            e.preventDefault();
            if (slug && !p.materials.includes(slug)) save.mutate([...p.materials, slug]);
          }}
        >
          {/* Keyed by the list, so that its text empties once a material is linked. */}
          <MaterialPicker key={p.materials.join()} name="material" value={slug} onChange={setSlug} label="Material to link" />
          <button type="submit" disabled={!slug || save.isPending || p.materials.includes(slug)}>
            Link the material
          </button>
        </form>
      )}
      <p role="status" className="muted small">
        {message}
      </p>
      <ErrorMessage error={save.error} />
    </>
  );
}

function CuratorTools({ p }: { p: Publication }) {
  const [editing, setEditing] = useState(false);
  const audit = useQuery({
    queryKey: ['publication-audit', p.id],
    queryFn: () => call(() => api.GET('/api/v1/literature/publications/{id}/audit', { params: { path: { id: p.id } } })),
  });
  return (
    <section aria-labelledby="curation-title" className="curation">
      <h2 id="curation-title">Curation</h2>
      {!p.retired && (
        <p className="actions">
          <button type="button" aria-expanded={editing} aria-controls="publication-editor" onClick={() => setEditing(!editing)}>
            {editing ? 'Close the editor' : 'Edit the record'}
          </button>
          <RetireDialog p={p} />
        </p>
      )}
      <div id="publication-editor">{editing && <PublicationEditor p={p} onDone={() => setEditing(false)} />}</div>
      <h3>Imported from</h3>
      <ul>
        {p.provenance.map((e) => (
          <li key={e.importId}>
            {new Date(e.at).toLocaleString('en')}: {e.format}
            {e.file ? ` file ${e.file}` : ''}
            {e.query ? ` query “${e.query}”` : ''}
          </li>
        ))}
      </ul>
      <h3>Audit trail</h3>
      <ErrorMessage error={audit.error} />
      <ol>
        {(audit.data ?? []).map((e) => (
          <li key={e.id}>
            {new Date(e.at).toLocaleString('en')}: {e.action.replace(/^publication\./, '').replace(/[-._]/g, ' ')} by {e.actor.name}
            {e.diff.length > 0 && ` (${e.diff.length} change${e.diff.length === 1 ? '' : 's'}: ${[...new Set(e.diff.map((d) => d.path.split('/')[1]))].join(', ')})`}
            {e.comment ? `: “${e.comment}”` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

function PublicationEditor({ p, onDone }: { p: Publication; onDone: () => void }) {
  const qc = useQueryClient();
  const [f, setF] = useState<PublicationForm>(() => formOf(p));
  const set = (k: keyof PublicationForm) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const save = useMutation({
    mutationFn: () => call(() => api.PATCH('/api/v1/literature/publications/{id}', { params: { path: { id: p.id } }, body: patchOf(f, p) as never })),
    onSuccess: (next) => {
      qc.setQueryData(publicationQuery(p.id).queryKey, next);
      void qc.invalidateQueries({ queryKey: ['publication-audit', p.id] });
      void qc.invalidateQueries({ queryKey: ['cite'] });
      onDone();
    },
  });
  const errors = useServerErrors(save.error, PUBLICATION_FIELDS);
  return (
    <Form
      className="card"
      aria-label="Publication record"
      validationBehavior="aria"
      {...errors.formProps}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextInput name="title" label="Title" isRequired multiline rows={2} value={f.title} onChange={set('title')} />
      <div className="field-row">
        <TextInput name="journal.title" label="Journal" value={f.journal} onChange={set('journal')} />
        <TextInput name="journal.issn" label="ISSN" value={f.issn} onChange={set('issn')} size={10} />
      </div>
      <div className="field-row">
        <TextInput name="year" label="Year" inputMode="numeric" value={f.year} onChange={set('year')} size={6} />
        <TextInput name="volume" label="Volume" value={f.volume} onChange={set('volume')} size={6} />
        <TextInput name="issue" label="Issue" value={f.issue} onChange={set('issue')} size={6} />
        <TextInput name="pages" label="Pages" value={f.pages} onChange={set('pages')} size={10} />
      </div>
      <div className="field-row">
        <TextInput name="doi" label="DOI" value={f.doi} onChange={set('doi')} />
        <TextInput name="pmid" label="PMID" inputMode="numeric" value={f.pmid} onChange={set('pmid')} size={10} />
        <TextInput name="pmcid" label="PMCID" value={f.pmcid} onChange={set('pmcid')} size={12} />
      </div>
      <TextInput name="licence" label="Licence" value={f.licence} onChange={set('licence')} description="As the publisher states it, e.g. CC BY 4.0." />
      <TextInput name="keywords" label="Keywords" multiline rows={2} value={f.keywords} onChange={set('keywords')} description="Separated by semicolons." />
      <TextInput name="summary" label="Our summary" multiline rows={4} value={f.summary} onChange={set('summary')} description="In our own words, never the publisher’s text." />
      <FormErrorSummary error={save.error} errors={errors} />
      <div className="actions">
        <SubmitButton pending={save.isPending} busy="Saving…">
          Save the record
        </SubmitButton>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </Form>
  );
}

function RetireDialog({ p }: { p: Publication }) {
  const qc = useQueryClient();
  const [comment, setComment] = useState('');
  const retire = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/literature/publications/{id}/retire', { params: { path: { id: p.id } }, body: { revision: p.revision, ...(comment.trim() && { comment: comment.trim() }) } })),
    onSuccess: (next) => {
      qc.setQueryData(publicationQuery(p.id).queryKey, next);
      void qc.invalidateQueries({ queryKey: ['publication-audit', p.id] });
      void qc.invalidateQueries({ queryKey: ['material-publications'] });
    },
  });
  return (
    <DialogTrigger>
      <Button className="danger">Retire…</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                retire.mutate(undefined, { onSuccess: close });
              }}
            >
              <Heading slot="title">Retire this publication?</Heading>
              <p>It leaves the datasheets, the search and the public API. Its record and audit trail are kept.</p>
              <label htmlFor="retire-comment">Why (kept in the audit trail)</label>
              <textarea id="retire-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
              <ErrorMessage error={retire.error} />
              <div className="actions">
                <SubmitButton pending={retire.isPending} busy="Retiring…">
                  Retire the publication
                </SubmitButton>
                <Button onPress={close}>Cancel</Button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
