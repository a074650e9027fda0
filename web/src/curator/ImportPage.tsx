import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { auth } from '../auth/tokens';
import { ApiError, type Problem } from '../api/client';

interface ImportReport {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  failed: number;
  rows: { position: string; slug?: string; status: string; errors: { path: string; message: string }[] }[];
}

/** CSV or JSON import: a dry run shows the per-row report before anything is written. */
export function ImportPage() {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      // Raw bodies (text/csv, or the JSON as typed) are sent with fetch; the typed client wants objects.
      const url = `/api/v1/curation/import${format === 'csv' ? '/csv' : ''}${dryRun ? '?dryRun=true' : ''}`;
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
      return data as ImportReport;
    },
  });
  const r = run.data;
  return (
    <section>
      <PageTitle>Import materials</PageTitle>
      <RequireSignIn>
        <fieldset>
          <legend>Format</legend>
          <label className="inline">
            <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} /> JSON
          </label>
          <label className="inline">
            <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} /> CSV
          </label>
        </fieldset>
        <label htmlFor="file">Load a file</label>
        <input id="file" type="file" accept=".json,.csv" onChange={async (e) => setText((await e.target.files?.[0]?.text()) ?? '')} />
        <label htmlFor="payload">Or paste it</label>
        <textarea id="payload" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="actions">
          <button type="button" onClick={() => run.mutate(true)} disabled={!text || run.isPending}>
            Validate (dry run)
          </button>
          <button type="button" className="primary" onClick={() => run.mutate(false)} disabled={!text || run.isPending || !r?.dryRun || r.invalid > 0}>
            Import as drafts
          </button>
        </div>
        <ErrorMessage error={run.error} />
        {r && (
          <div role="status">
            <p>
              {r.dryRun ? 'Dry run: nothing was written. ' : 'Imported. '}
              {r.total} rows: {r.created} new, {r.updated} updated, {r.unchanged} unchanged, {r.invalid} invalid, {r.failed} failed.
            </p>
            <ul>
              {r.rows
                .filter((row) => row.errors.length)
                .map((row) => (
                  <li key={row.position}>
                    {row.position} {row.slug ?? ''}: {row.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}
                  </li>
                ))}
            </ul>
          </div>
        )}
      </RequireSignIn>
    </section>
  );
}
