import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReferenceLookup } from './ReferenceLookup';
import { emptyReference } from './model';

afterEach(() => vi.unstubAllGlobals());

describe('ReferenceLookup', () => {
  it('sends the DOI and fills the row from the answer', async () => {
    const fetch = vi.fn(async (_req: Request) =>
      new Response(
        JSON.stringify({ type: 'article', title: 'A looked-up title', authors: ['Rossi, A', 'Berg, L'], year: 2021, container: 'Journal of Test Materials', volume: '12', issue: '4', pages: '201-215', publisher: null, doi: '10.5555/x', pmid: null, pmcid: null, isbn: null, url: 'https://doi.org/10.5555/x' }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const onFound = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ReferenceLookup row={{ ...emptyReference('ref-1'), doi: '10.5555/x' }} index={0} onFound={onFound} />
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Look up by DOI or PMID' }));
    expect(await screen.findByText('Filled from Crossref: check the fields below.')).toBeInTheDocument();
    expect(await (fetch.mock.calls[0][0] as Request).clone().json()).toEqual({ doi: '10.5555/x' });
    expect(onFound).toHaveBeenCalledWith(expect.objectContaining({ title: 'A looked-up title', authors: 'Rossi, A\nBerg, L', year: '2021', container: 'Journal of Test Materials', pages: '201-215' }));
  });

  it('is disabled until the row has a DOI or a PMID', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ReferenceLookup row={emptyReference('ref-1')} index={0} onFound={() => undefined} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('button', { name: 'Look up by DOI or PMID' })).toBeDisabled();
  });
});
