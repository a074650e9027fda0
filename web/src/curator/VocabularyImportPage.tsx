import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { api, call, ApiError } from '../api/client';
import { PageTitle, RequireSignIn } from '../ui/Layout';
import { normalizePath } from '../ui/forms';

type Format = 'turtle' | 'csv';
const TYPES: Record<Format, 'text/turtle' | 'text/csv'> = { turtle: 'text/turtle', csv: 'text/csv' };

/** `POST /api/v1/vocabulary/import`: what the file creates, changes and leaves as it is. */
export interface VocabularyImportReport {
  created: number;
  updated: number;
  unchanged: number;
  items: { id: string; status: 'created' | 'updated' | 'unchanged' }[];
  errors: { path: string; message: string }[];
}

interface Run {
  dryRun: boolean;
  format: Format;
  text: string;
  report?: VocabularyImportReport;
  error?: unknown;
}

/** "material-class/ti.broader[0]" -> ["material-class/ti", "broader 1"]; "row 3.min" -> ["row 3", "min"]. */
export function wherePath(path: string): [string, string] {
  const p = normalizePath(path);
  const m = /^((?:row \d+)|(?:[a-z0-9-]+\/[a-z0-9-]+)|(?:https?:\/\/\S+?))(?:\.(.+))?$/.exec(p);
  if (!m) return [p === 'body' ? 'the file' : p, ''];
  const field = (m[2] ?? '').replace(/\[(\d+)\]/g, (_, i) => ` ${Number(i) + 1}`);
  return [m[1], field];
}

/**
 * SKOS Turtle or CSV import of concepts. "Check" runs the import as a dry run: the API validates the
 * whole file (all or nothing) and counts what it would create and change, writing nothing. The
 * import itself is offered once the same text passed a check.
 */
export function VocabularyImportPage() {
  const qc = useQueryClient();
  const [format, setFormat] = useState<Format>('csv');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const run = useMutation({
    mutationFn: async ({ dryRun }: { dryRun: boolean }): Promise<Run> => {
      const input = { dryRun, format, text };
      try {
        const report = await call(() =>
          api.POST('/api/v1/vocabulary/import', {
            params: { query: { dryRun: dryRun ? 'true' : 'false' } },
            body: text,
            bodySerializer: (b: string) => b,
            headers: { 'content-type': TYPES[format] },
          }),
        );
        return { ...input, report };
      } catch (error) {
        return { ...input, error };
      }
    },
    onSuccess: (r) => {
      if (!r.dryRun && r.report) void qc.invalidateQueries({ queryKey: ['concepts'] });
    },
  });
  const last = run.data;
  const checked = last?.dryRun && last.report && last.text === text && last.format === format;
  const apiError = last?.error instanceof ApiError ? last.error : null;
  const rows = apiError?.problem.errors ?? [];
  const total = (r: VocabularyImportReport) => r.created + r.updated + r.unchanged;
  return (
    <section>
      <PageTitle>Import vocabulary</PageTitle>
      <RequireSignIn>
        <p>
          Load concepts from a SKOS Turtle file or a CSV file (one row per concept; columns <code>id</code>, <code>prefLabel@en</code>, <code>altLabels@en</code>, <code>hiddenLabels@en</code>,{' '}
          <code>definition@en</code> and the same for it, es, de; <code>broader</code>; lists separated by <code>|</code>). Existing concepts are replaced by the file&apos;s version. An export from the{' '}
          <Link to="/curator/vocabulary">vocabulary page</Link> is a good starting point.
        </p>
        <RadioGroup className="radios inline-radios" value={format} onChange={(v) => setFormat(v as Format)}>
          <Label>Format</Label>
          <Radio value="csv" className="radio">
            <span className="dot" aria-hidden="true" />
            CSV
          </Radio>
          <Radio value="turtle" className="radio">
            <span className="dot" aria-hidden="true" />
            SKOS Turtle
          </Radio>
        </RadioGroup>
        <label htmlFor="vocab-file">Load a file</label>
        <input
          id="vocab-file"
          type="file"
          accept=".csv,.ttl,text/csv,text/turtle"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            if (/\.ttl$/i.test(file.name)) setFormat('turtle');
            else if (/\.csv$/i.test(file.name)) setFormat('csv');
            setText(await file.text());
          }}
        />
        <label htmlFor="vocab-text">Or paste it{fileName ? ` (loaded from ${fileName})` : ''}</label>
        <textarea id="vocab-text" rows={12} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} className="code" />
        <div className="actions">
          <Button onPress={() => run.mutate({ dryRun: true })} isDisabled={!text.trim() || run.isPending}>
            {run.isPending && run.variables?.dryRun ? 'Checking…' : 'Check (dry run)'}
          </Button>
          <Button className="primary" onPress={() => run.mutate({ dryRun: false })} isDisabled={!checked || run.isPending}>
            {run.isPending && !run.variables?.dryRun ? 'Importing…' : 'Import'}
          </Button>
          {!checked && text.trim() && <span className="muted small">Import is possible once this text passed a check.</span>}
        </div>
        <div aria-live="polite">
          {last?.report && (
            <div role="status" className="card report">
              <h2>{last.dryRun ? 'Check passed: nothing was written' : 'Imported'}</h2>
              <p>
                {total(last.report)} concept{total(last.report) === 1 ? '' : 's'} in the file: {last.report.created} {last.dryRun ? 'would be ' : ''}new, {last.report.updated} {last.dryRun ? 'would be ' : ''}changed,{' '}
                {last.report.unchanged} unchanged.
              </p>
              {last.report.items.some((i) => i.status !== 'unchanged') && (
                <ul className="link-list" aria-label={last.dryRun ? 'Concepts the import would create or change' : 'Concepts created or changed'}>
                  {last.report.items
                    .filter((i) => i.status !== 'unchanged')
                    .slice(0, 200)
                    .map((i) => (
                      <li key={i.id}>
                        <code>{i.id}</code>: {i.status === 'created' ? (last.dryRun ? 'new' : 'created') : last.dryRun ? 'changes' : 'changed'}
                      </li>
                    ))}
                </ul>
              )}
              {last.dryRun && last.text !== text && <p className="muted">The text changed since this check; check it again before importing.</p>}
            </div>
          )}
          {last?.error ? (
            <div role="alert" className="card report error-report">
              <h2>{last.dryRun ? 'Check failed' : 'Import failed'}: nothing was written</h2>
              <p>{rows.length ? `${rows.length} problem${rows.length === 1 ? '' : 's'} in the file:` : last.error instanceof Error ? last.error.message : String(last.error)}</p>
              {rows.length > 0 && (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Where</th>
                        <th scope="col">Field</th>
                        <th scope="col">Problem</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((e, i) => {
                        const [where, field] = wherePath(e.path);
                        return (
                          <tr key={i}>
                            <td>{where}</td>
                            <td>{field || '—'}</td>
                            <td>{e.message}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          ) : null}
        </div>
      </RequireSignIn>
    </section>
  );
}
