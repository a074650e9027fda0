import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import type { components } from '../api/schema';
import { MaterialEvidence } from './MaterialEvidence';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const url = (concept?: string) => `/literature?f=%7B%22materials%22%3A%5B%22ti-6al-4v%22%5D%7D${concept ? `&concept=${encodeURIComponent(concept)}` : ''}&reviewed=true`;

const SUMMARY: components['schemas']['EvidenceSummary'] = {
  reviewedPublications: 3,
  searchUrl: url(),
  groups: [
    { type: 'EffectOnBiologicalSystem', label: 'Outcomes', items: [{ conceptId: 'kw-outcomes-toxicity/osseointegration', label: 'Osseointegration', publications: 2, searchUrl: url('kw-outcomes-toxicity/osseointegration') }] },
    {
      type: 'Tissue',
      label: 'Tissues',
      items: Array.from({ length: 10 }, (_, i) => ({ conceptId: `tissue/t${i}`, label: `Tissue ${i}`, publications: 10 - i, searchUrl: url(`tissue/t${i}`) })),
    },
  ],
};

function show(body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => json(body)));
  const router = createRouter({ routeTree: createRootRoute({ component: () => <MaterialEvidence slug="ti-6al-4v" /> }) });
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('MaterialEvidence', () => {
  it('shows the counts by group, each a link to the literature search that finds them', async () => {
    const router = show(SUMMARY);
    const section = (await screen.findByRole('heading', { name: 'Evidence from reviewed literature' })).closest('section')!;
    expect(within(section).getByRole('link', { name: '3 publications' })).toHaveAttribute('href', url());
    const outcomes = within(section).getByRole('list', { name: 'Outcomes' });
    expect(within(outcomes).getByRole('link', { name: 'Osseointegration: 2 publications' })).toHaveAttribute('href', url('kw-outcomes-toxicity/osseointegration'));
    // Long groups show the first items and offer the rest.
    const tissues = within(section).getByRole('list', { name: 'Tissues' });
    expect(within(tissues).getAllByRole('link')).toHaveLength(8);
    const more = within(section).getByRole('button', { name: 'Show all 10' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(within(tissues).getAllByRole('link')).toHaveLength(10);
    // Followed inside the app.
    await userEvent.click(within(outcomes).getByRole('link', { name: /Osseointegration/ }));
    expect(router.state.location.pathname).toBe('/literature');
    expect(router.state.location.search).toMatchObject({ concept: 'kw-outcomes-toxicity/osseointegration', reviewed: true, f: { materials: ['ti-6al-4v'] } });
  });

  it('shows nothing without reviewed publications', async () => {
    show({ reviewedPublications: 0, searchUrl: url(), groups: [] });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Evidence from reviewed literature' })).toBeNull();
  });
});
