import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ImportReportView, PubmedImport } from './LiteratureImportPage';
import type { ImportJob } from './literature';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const wrap = (ui: React.ReactNode) => render(<QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{ui}</QueryClientProvider>);

afterEach(() => vi.unstubAllGlobals());

describe('ImportReportView', () => {
  it('lists each record with its position and problems, and counts what the API left out of the list', () => {
    wrap(
      <ImportReportView
        r={{
          importId: 'i',
          format: 'ris',
          dryRun: true,
          created: 120,
          merged: 0,
          unchanged: 0,
          invalid: 1,
          conflicts: 0,
          recordsOmitted: 119,
          recordsUrl: '/api/v1/literature/imports/i/records',
          records: [
            { position: 1, id: 'pub-a', status: 'created', errors: [] },
            { position: 2, status: 'invalid', errors: ['no title'] },
          ],
        }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Dry run: nothing was written. 121 records: 120 new, 0 merged, 0 unchanged, 1 invalid, 0 conflicts.');
    const bad = screen.getByRole('row', { name: /^2 invalid/ });
    expect(bad).toHaveTextContent('no title');
    expect(screen.getByText('119 more records are counted above but not listed.')).toBeInTheDocument();
  });
});

describe('PubmedImport', () => {
  it('starts a job for the query, shows its progress live, and stops polling once it is done', async () => {
    const states: ImportJob[] = [
      { id: 'job-1', query: 'hydroxyapatite[MeSH Terms]', state: 'running', total: 40, fetched: 10, created: 10, merged: 0, invalid: 0 },
      { id: 'job-1', query: 'hydroxyapatite[MeSH Terms]', state: 'done', total: 40, fetched: 40, created: 38, merged: 2, invalid: 0 },
    ];
    const bodies: unknown[] = [];
    let gets = 0;
    const fetch = vi.fn(async (req: Request) => {
      if (req.method === 'POST') {
        bodies.push(await req.clone().json());
        return json({ ...states[0], state: 'queued', fetched: 0, created: 0 }, 201);
      }
      return json(states[Math.min(gets++, 1)]);
    });
    vi.stubGlobal('fetch', fetch);
    wrap(<PubmedImport />);
    // `[` starts a key name for user-event: typed doubled.
    await userEvent.type(screen.getByLabelText('PubMed query'), 'hydroxyapatite[[MeSH Terms]');
    await userEvent.type(screen.getByLabelText('Most records to import (optional)'), '40');
    await userEvent.click(screen.getByRole('button', { name: 'Start the import' }));
    expect(bodies).toEqual([{ query: 'hydroxyapatite[MeSH Terms]', maxRecords: 40 }]);
    await screen.findByText('Running: 10 of 40 records fetched (10 new, 0 merged, 0 invalid).');
    expect(screen.getByRole('button', { name: 'Cancel the import' })).toBeInTheDocument();
    await screen.findByText('Done: 40 of 40 records fetched (38 new, 2 merged, 0 invalid).', undefined, { timeout: 5000 });
    expect(screen.getByRole('progressbar', { name: /Progress of/ })).toHaveAttribute('value', '100');
    expect(screen.queryByRole('button', { name: 'Cancel the import' })).toBeNull();
    const polls = gets;
    await new Promise((r) => setTimeout(r, 1500));
    expect(gets).toBe(polls);
  });
});
