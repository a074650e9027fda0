import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { auth } from '../auth/tokens';
import { api, ApiError, call, type Problem } from '../api/client';
import type { MaterialImportReport } from '../api/types';
import { ChangesTable } from '../material/ChangesTable';
import { download } from '../ui/download';

type Mode = 'merge' | 'replace';
type Row = MaterialImportReport['rows'][number];

/**
 * CSV or JSON import of materials. Merge (the default) changes only what a row carries; replace
 * makes the row the whole next draft. A dry run lists, per row, each field-level change with before
 * and after, and marks every removal, before anything is written.
 */
export function ImportPage() {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'json' | 'csv'>('csv');
  const [mode, setMode] = useState<Mode>('merge');
  const [showColumns, setShowColumns] = useState(false);
  const columns = useQuery({ queryKey: ['import-columns'], enabled: showColumns, staleTime: Infinity, queryFn: () => call(() => api.GET('/api/v1/curation/import/columns')) });
  const template = useMutation({
    mutationFn: async () => {
      // The template is text/csv: read as text, not parsed.
      const res = await fetch('/api/v1/curation/import/template', { headers: { authorization: `Bearer ${auth.accessToken()}` } });
      if (!res.ok) throw new ApiError(res.status, (await res.json().catch(() => ({}))) as Problem);
      return res.text();
    },
    onSuccess: (csv) => download('biomat-materials-template.csv', csv, 'text/csv'),
  });
  const run = useMutation({
    mutationFn: async ({ dryRun }: { dryRun: boolean }) => {
      // Raw bodies (text/csv, or the JSON as typed) are sent with fetch; the typed client wants objects.
      const query = new URLSearchParams({ mode, ...(dryRun && { dryRun: 'true' }) });
      const url = `/api/v1/curation/import${format === 'csv' ? '/csv' : ''}?${query}`;
      let body = text;
      if (format === 'json') {
        try {
          const parsed = JSON.parse(text);
          body = JSON.stringify(Array.isArray(parsed) ? { materials: parsed } : parsed);
        } catch {
          throw new ApiError(400, { detail: 'The JSON is not valid: check brackets, commas and quotes.' });
        }
      }
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': format === 'csv' ? 'text/csv' : 'application/json', authorization: `Bearer ${auth.accessToken()}` }, body });
      const data = await res.json().catch(() => ({}));
      if (!res.ok) throw new ApiError(res.status, data as Problem);
      return data as MaterialImportReport;
    },
  });
  const r = run.data;
  const removals = r?.rows.reduce((n, row) => n + row.removals, 0) ?? 0;
  // A changed input or mode needs a new dry run before the import.
  const stale = (fn: () => void) => {
    fn();
    run.reset();
  };
  return (
    <section>
      <PageTitle>Import materials</PageTitle>
      <RequireSignIn>
        <p>
          Each row becomes a draft for review: a new slug a new record, an existing one a draft of it. Nothing is published by an import.{' '}
          <button type="button" className="link" onClick={() => template.mutate()} disabled={template.isPending}>
            Download the CSV template
          </button>{' '}
          ·{' '}
          <button type="button" className="link" aria-expanded={showColumns} aria-controls="import-columns" onClick={() => setShowColumns(!showColumns)}>
            {showColumns ? 'Hide the column format' : 'Show the column format'}
          </button>
        </p>
        <ErrorMessage error={template.error} />
        <div id="import-columns" hidden={!showColumns}>
          <ErrorMessage error={columns.error} />
          {columns.data && (
            <div className="table-wrap">
              <table>
                <caption>Columns of the CSV import</caption>
                <thead>
                  <tr>
                    <th scope="col">Column</th>
                    <th scope="col">Meaning</th>
                    <th scope="col">Example</th>
                  </tr>
                </thead>
                <tbody>
                  {columns.data.map((c) => (
                    <tr key={c.name}>
                      <th scope="row">
                        <code>{c.name}</code>
                      </th>
                      <td>{c.meaning}</td>
                      <td>
                        <code>{c.example}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <fieldset>
          <legend>Format</legend>
          <label className="inline">
            <input type="radio" name="format" checked={format === 'csv'} onChange={() => stale(() => setFormat('csv'))} /> CSV
          </label>
          <label className="inline">
            <input type="radio" name="format" checked={format === 'json'} onChange={() => stale(() => setFormat('json'))} /> JSON
          </label>
        </fieldset>
        <fieldset>
          <legend>Mode</legend>
          <label className="inline">
            <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => stale(() => setMode('merge'))} aria-describedby="mode-merge" /> Merge (recommended)
          </label>
          <label className="inline">
            <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => stale(() => setMode('replace'))} aria-describedby="mode-replace" /> Replace
          </label>
          <p id="mode-merge" className="muted small">
            Merge: a row changes only the fields and values it carries and removes nothing. A value with the same property, reference and conditions replaces the old one; any other value is added.
          </p>
          <p id="mode-replace" className="muted small">
            Replace: the row becomes the whole next draft; whatever it does not carry is removed (the dry run lists each removal).
          </p>
        </fieldset>
        <label htmlFor="file">Load a file</label>
        <input id="file" type="file" accept=".json,.csv" onChange={async (e) => { const t = (await e.target.files?.[0]?.text()) ?? ''; stale(() => setText(t)); }} />
        <label htmlFor="payload">Or paste it</label>
        <textarea id="payload" className="code" rows={10} value={text} onChange={(e) => stale(() => setText(e.target.value))} />
        <div className="actions">
          <button type="button" onClick={() => run.mutate({ dryRun: true })} disabled={!text || run.isPending}>
            Check (dry run)
          </button>
          <button type="button" className="primary" onClick={() => run.mutate({ dryRun: false })} disabled={!text || run.isPending || !r?.dryRun || r.invalid > 0}>
            Import as drafts{mode === 'replace' && removals ? ` (with ${removals} removal${removals === 1 ? '' : 's'})` : ''}
          </button>
        </div>
        <ErrorMessage error={run.error} />
        {r && (
          <div className="report">
            <p role="status">
              {r.dryRun ? 'Dry run: nothing was written. ' : 'Imported as drafts. '}
              {r.total} row{r.total === 1 ? '' : 's'} ({r.mode}): {r.created} new, {r.updated} updated, {r.unchanged} unchanged, {r.invalid} invalid, {r.failed} failed.
              {removals > 0 && <strong className="removal"> {removals} removal{removals === 1 ? '' : 's'}.</strong>}
            </p>
            {r.rows.map((row) => (
              <ReportRow key={row.position} row={row} />
            ))}
          </div>
        )}
      </RequireSignIn>
    </section>
  );
}

function ReportRow({ row }: { row: Row }) {
  const title = `${row.position}${row.slug ? `: ${row.slug}` : ''} (${row.status}${row.changes.length ? `, ${row.changes.length} change${row.changes.length === 1 ? '' : 's'}` : ''}${row.removals ? `, ${row.removals} removal${row.removals === 1 ? '' : 's'}` : ''})`;
  return (
    <section className="card" aria-label={title}>
      <h2 className="small">{title}</h2>
      {row.errors.length > 0 && (
        <ul className="error">
          {row.errors.map((e, i) => (
            <li key={i}>
              {e.path}: {e.message}
            </li>
          ))}
        </ul>
      )}
      {row.changes.length > 0 && <ChangesTable changes={row.changes} before="Now" after="After the import" caption={`Changes of ${row.slug ?? row.position}`} />}
    </section>
  );
}
