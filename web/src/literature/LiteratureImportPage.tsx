import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { api, ApiError, call, type Problem } from '../api/client';
import type { components } from '../api/schema';
import { auth } from '../auth/tokens';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { fileNameHeader, formatOfFile, IMPORT_FORMATS, jobFinished, jobProgress, reportSummary, STATUS_TEXT, type ImportFormat, type ImportJob, type LiteratureImportReport } from './literature';

/**
 * The curators' literature import: a file (dry run first, then the import) or the results of a
 * PubMed query as a background job with live progress.
 */
export function LiteratureImportPage() {
  return (
    <section>
      <PageTitle>Import literature</PageTitle>
      <RequireSignIn>
        <Tabs>
          <TabList aria-label="Import from" className="tabs">
            <Tab id="file">A file</Tab>
            <Tab id="pubmed">A PubMed query</Tab>
          </TabList>
          <TabPanel id="file">
            <FileImport />
          </TabPanel>
          <TabPanel id="pubmed">
            <PubmedImport />
          </TabPanel>
        </Tabs>
      </RequireSignIn>
    </section>
  );
}

function FileImport() {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('pubmed-xml');
  const run = useMutation({
    mutationFn: async ({ dryRun }: { dryRun: boolean }): Promise<LiteratureImportReport> => {
      // The file goes as the body itself (streamed by the API), with its format's content type.
      const f = IMPORT_FORMATS.find((x) => x.id === format)!;
      const name = file ? fileNameHeader(file.name) : null;
      const headers: Record<string, string> = { 'content-type': f.contentType, authorization: `Bearer ${auth.accessToken()}`, ...(name && { 'x-file-name': name }) };
      const res = await fetch(`/api/v1/literature/import?${new URLSearchParams({ format, dryRun: String(dryRun) })}`, { method: 'POST', headers, body: file }).catch(() => null);
      if (!res) throw new ApiError(0, {});
      const data = await res.json().catch(() => ({}));
      if (!res.ok) throw new ApiError(res.status, data as Problem);
      return data as LiteratureImportReport;
    },
    onSuccess: (r) => {
      if (!r.dryRun) void qc.invalidateQueries({ queryKey: ['material-publications'] });
    },
  });
  const r = run.data;
  const stale = (fn: () => void) => {
    fn();
    run.reset();
  };
  return (
    <div className="lit-import">
      <p>Publications are matched by DOI, then PMID, then PMCID: a match is merged (empty fields filled, nothing removed), anything else is created. Check the file with a dry run first: it writes nothing.</p>
      <label htmlFor="lit-file">File</label>
      <input
        id="lit-file"
        type="file"
        accept=".xml,.nbib,.medline,.txt,.ris,.bib,.bibtex,.json"
        onChange={(e) => {
          const chosen = e.target.files?.[0] ?? null;
          stale(() => {
            setFile(chosen);
            const guessed = chosen && formatOfFile(chosen.name);
            if (guessed) setFormat(guessed);
          });
        }}
      />
      <label htmlFor="lit-format">Format</label>
      <select id="lit-format" value={format} onChange={(e) => stale(() => setFormat(e.target.value as ImportFormat))} aria-describedby="lit-format-note">
        {IMPORT_FORMATS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <p id="lit-format-note" className="muted small">
        Chosen from the file name when it says; files of up to 250 MB.
      </p>
      <div className="actions">
        <button type="button" onClick={() => run.mutate({ dryRun: true })} disabled={!file || run.isPending}>
          Check (dry run)
        </button>
        <button type="button" className="primary" onClick={() => run.mutate({ dryRun: false })} disabled={!file || run.isPending || !r?.dryRun}>
          Import
        </button>
      </div>
      {run.isPending && <p role="status">{run.variables?.dryRun ? 'Checking the file…' : 'Importing…'}</p>}
      <ErrorMessage error={run.error} />
      {r && <ImportReportView r={r} />}
    </div>
  );
}

export function ImportReportView({ r }: { r: LiteratureImportReport }) {
  const sum = reportSummary(r);
  return (
    <div className="report">
      <p role="status">{sum.text}</p>
      {r.records.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{r.dryRun ? 'What the import would do, per record' : 'What the import did, per record'}</caption>
            <thead>
              <tr>
                <th scope="col">Position</th>
                <th scope="col">Result</th>
                <th scope="col">Publication</th>
                <th scope="col">Problems</th>
              </tr>
            </thead>
            <tbody>
              {r.records.map((rec) => (
                <tr key={rec.position} className={rec.status === 'invalid' || rec.status === 'conflict' ? 'bad' : undefined}>
                  <th scope="row">{rec.position}</th>
                  <td>{STATUS_TEXT[rec.status]}</td>
                  <td>{rec.id ? r.dryRun && rec.status === 'created' ? <code>{rec.id}</code> : <Link to="/publications/$id" params={{ id: rec.id }}>{rec.id}</Link> : '—'}</td>
                  <td>{rec.errors.length ? rec.errors.join('; ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sum.notListed > 0 && <p className="muted">{sum.notListed.toLocaleString('en')} more records are counted above but not listed.</p>}
    </div>
  );
}

type ImportJobRequest = components['schemas']['CreateImportJobDto'];

export function PubmedImport() {
  const [query, setQuery] = useState('');
  const [max, setMax] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (): Promise<ImportJob> => {
      // The generated type marks maxRecords required because it has a default; absent takes that default.
      const body = { query: query.trim(), ...(max.trim() && { maxRecords: Number(max) }) } as ImportJobRequest;
      return call(() => api.POST('/api/v1/literature/import-jobs', { body }));
    },
    onSuccess: (j) => setJobId(j.id),
  });
  const job = useQuery({
    queryKey: ['import-job', jobId],
    enabled: !!jobId,
    queryFn: (): Promise<ImportJob> => call(() => api.GET('/api/v1/literature/import-jobs/{id}', { params: { path: { id: jobId! } } })),
    refetchInterval: (q) => (q.state.data && jobFinished(q.state.data) ? false : 1000),
  });
  const cancel = useMutation({ mutationFn: (): Promise<ImportJob> => call(() => api.POST('/api/v1/literature/import-jobs/{id}/cancel', { params: { path: { id: jobId! } } })), onSuccess: () => void job.refetch() });
  const j = job.data ?? start.data;
  const progress = j && jobProgress(j);
  const running = !!j && !jobFinished(j);
  return (
    <form
      className="lit-import"
      aria-label="Import the results of a PubMed query"
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate();
      }}
    >
      <label htmlFor="pubmed-query">PubMed query</label>
      <textarea id="pubmed-query" rows={3} value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby="pubmed-query-note" required />
      <p id="pubmed-query-note" className="muted small">
        As typed in PubMed, e.g. a MeSH heading with [MeSH Terms] and a date range. Runs in the background; you can leave this page.
      </p>
      <label htmlFor="pubmed-max">Most records to import (optional)</label>
      <input id="pubmed-max" inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} size={8} />
      <div className="actions">
        <button type="submit" className="primary" disabled={!query.trim() || start.isPending || running}>
          Start the import
        </button>
        {running && (
          <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            Cancel the import
          </button>
        )}
      </div>
      <ErrorMessage error={start.error ?? cancel.error ?? job.error} />
      {j && progress && (
        <div className="job">
          <label htmlFor="job-progress">Progress of “{j.query}”</label>
          <progress id="job-progress" max={100} value={progress.percent}>
            {progress.percent} %
          </progress>
          <p role="status">{progress.text}</p>
        </div>
      )}
    </form>
  );
}
