import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from '../router';
import type { LiteratureSearchAnswer } from './search-types';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

const ANSWER: LiteratureSearchAnswer = {
  hits: [
    {
      id: 'pub-berg-2018',
      title: 'Degradation of a magnesium screw in sheep',
      authors: ['Berg, Lena', 'Holm, Erik'],
      authorCount: 2,
      journal: 'Invented Orthopaedic Research',
      year: 2018,
      doi: '10.5555/fixture.0041',
      publicationTypes: ['Journal Article'],
      materials: [{ slug: 'mg-alloy', name: 'Magnesium alloy' }],
      _formatted: { title: 'Degradation of a <mark>magnesium</mark> screw in sheep', abstract: 'A <mark>magnesium</mark> screw &amp; its gas.' },
    },
  ],
  total: 1,
  page: 1,
  perPage: 20,
  facetDistribution: { journal: { 'Invented Orthopaedic Research': 1, 'Acta, Invented': 3 }, year: { 2018: 1 } },
  facetStats: { year: { min: 2001, max: 2024, unit: 'year' } },
  processingTimeMs: 1,
};

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

/** Opens `path` in the app with the literature search answering ANSWER (and `other` answering other routes); returns the searches sent. */
function openAt(path: string, other: (url: URL) => Response | undefined = () => undefined): URL[] {
  const searches: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request | string) => {
      const url = new URL(typeof req === 'string' ? req : req.url, 'http://localhost');
      if (url.pathname === '/api/v1/literature/search') {
        if (typeof req !== 'string') searches.push(url);
        return json(ANSWER);
      }
      return other(url) ?? json({ status: 404, detail: `No such route: GET ${url.pathname}.` }, 404);
    }),
  );
  window.history.replaceState(null, '', path);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={createAppRouter(qc)} />
    </QueryClientProvider>,
  );
  return searches;
}

describe('LiteratureSearchPage', () => {
  it('shows highlighted hits with their links, and a facet choice asks the API with filter[facet]', async () => {
    const searches = openAt('/literature?q=magnesium');
    // The page is a lazy route: its first render waits for the import.
    const hit = (await screen.findByRole('link', { name: /^Degradation of a\s*magnesium\s*screw in sheep$/ }, { timeout: 8000 })).closest('li')!;
    // Matches marked in the title and in the abstract excerpt, the rest unescaped as text.
    expect(within(hit).getAllByText('magnesium', { selector: 'mark' })).toHaveLength(2);
    expect(hit).toHaveTextContent('A magnesium screw & its gas.');
    expect(within(hit).getByRole('link', { name: /DOI 10\.5555\/fixture\.0041/ })).toHaveAttribute('href', 'https://doi.org/10.5555/fixture.0041');
    expect(within(hit).getByRole('link', { name: 'Magnesium alloy' })).toHaveAttribute('href', '/materials/mg-alloy');
    expect(screen.getByText('1 publication found')).toHaveAttribute('role', 'status');
    // The search route exists: the navigation links to it.
    expect(await screen.findByRole('link', { name: 'Literature' })).toHaveAttribute('href', '/literature');
    expect(searches[0].searchParams.get('q')).toBe('magnesium');

    await userEvent.click(screen.getByRole('checkbox', { name: /Acta, Invented/ }));
    await vi.waitFor(() => expect(searches.at(-1)!.searchParams.get('filter[journal]')).toBe('Acta\\, Invented'));
    expect(screen.getByRole('group', { name: 'Year' })).toBeInTheDocument();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('reads the evidence links: concept= and reviewed= go to the API with the material facet, each shown as a removable filter', async () => {
    const searches = openAt('/literature?f=%7B%22materials%22%3A%5B%22mg-alloy%22%5D%7D&concept=tissue%2Fbone&reviewed=true', (url) =>
      url.pathname === '/api/v1/vocabulary/concepts/tissue/bone' ? json({ id: 'tissue/bone', prefLabel: { en: 'Bone tissue' } }) : undefined,
    );
    const chip = await screen.findByRole('button', { name: 'Remove filter Labelled: Bone tissue' }, { timeout: 8000 });
    const sent = searches.at(-1)!.searchParams;
    expect([sent.get('filter[materials]'), sent.get('concept'), sent.get('reviewed')]).toEqual(['mg-alloy', 'tissue/bone', 'true']);
    await userEvent.click(chip);
    await vi.waitFor(() => expect(searches.at(-1)!.searchParams.has('concept')).toBe(false));
    expect(searches.at(-1)!.searchParams.get('reviewed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Reviewed publications only' }));
    await vi.waitFor(() => expect(searches.at(-1)!.searchParams.has('reviewed')).toBe(false));
    expect(searches.at(-1)!.searchParams.get('filter[materials]')).toBe('mg-alloy');
  });
});
