import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { auth } from '../../auth/tokens';
import { EditSession } from './EditorPages';

const content = (name: string, summary = 'Alpha-beta titanium alloy.') => ({
  name,
  synonyms: [],
  tradeNames: [],
  summary,
  class: 'material-class/titanium-alloy',
  applications: [],
  standards: [],
  forms: [],
  casNumber: null,
  composition: [],
  properties: [],
  biocompatibility: [],
  regulatory: [],
  sustainability: null,
  keywords: {},
  references: [{ key: 'ref-v1', type: 'article', title: 'A study', doi: '10.1186/1471-2334-13-584' }],
});
const record = (revision: number, c: ReturnType<typeof content>, editor = 'Alice Curator') => ({
  slug: 'ti',
  name: c.name,
  className: 'Titanium alloy',
  state: 'draft',
  revision,
  publishedVersion: 1,
  lastEditor: { id: 'u', name: editor },
  reviewComment: null,
  proposedBy: null,
  draft: c,
  published: content('Ti-6Al-4V'),
  changes: [],
  warnings: [],
  availableActions: ['submit'],
  blockedActions: [],
  updatedAt: '2026-12-03T10:00:00.000Z',
});
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('a stale revision (409)', () => {
  it('keeps what was typed, says what the other editor changed, and saves over it only when asked', async () => {
    auth.set({ accessToken: 'token' });
    const current = record(4, content('Ti-6Al-4V ELI', 'Changed by Bob.'), 'Bob Curator');
    const puts: { revision: number; content: { summary: string } }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const url = new URL(req.url);
        if (req.method === 'PUT') {
          const body = (await req.clone().json()) as (typeof puts)[number];
          puts.push(body);
          if (body.revision === 3) return json({ type: 'stale-revision', title: 'Conflict', status: 409, detail: 'Someone else saved this record meanwhile.', current }, 409);
          return json(record(5, content('Ti-6Al-4V', body.content.summary), 'Chiara Curator'));
        }
        if (url.pathname === '/api/v1/curation/materials/ti') return json(record(3, content('Ti-6Al-4V')));
        if (url.pathname === '/api/v1/me') return json({ id: 'c', name: 'Chiara Curator', email: 'c@x', roles: ['curator'], effectiveRoles: ['curator'] });
        if (url.pathname === '/api/v1/vocabulary/concepts') return json({ items: [], total: 0, page: 1, perPage: 100 });
        return json({ type: 'not-found', title: 'Not found', status: 404 }, 404);
      }),
    );
    const root = createRootRoute({ component: () => <EditSession slug="ti" /> });
    const router = createRouter({ routeTree: root, history: createMemoryHistory({ initialEntries: ['/'] }) });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    await userEvent.clear(summary);
    await userEvent.type(summary, 'My careful summary.');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    const notice = await screen.findByRole('heading', { name: 'Someone else saved this record meanwhile' });
    const box = within(notice.parentElement!);
    expect(box.getByText(/Bob Curator saved revision 4/)).toBeInTheDocument();
    expect(box.getByText('Name: “Ti-6Al-4V” → “Ti-6Al-4V ELI”')).toBeInTheDocument();
    expect(box.getByText('Summary: “Alpha-beta titanium alloy.” → “Changed by Bob.”')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('My careful summary.');

    await userEvent.click(box.getByRole('button', { name: /Keep my version/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText(/Draft saved \(revision 5/);
    expect(puts.map((p) => [p.revision, p.content.summary])).toEqual([
      [3, 'My careful summary.'],
      [4, 'My careful summary.'],
    ]);
  });
});
