import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { SuggestBox, suggestionSections } from './SuggestBox';

const ANSWER = {
  materials: [
    { slug: 'ti-6al-4v', name: 'Ti-6Al-4V', _formatted: { name: '<mark>Ti</mark>-6Al-4V' } },
    { slug: 'cp-titanium', name: 'Commercially pure titanium', _formatted: { name: 'Commercially pure <mark>titan</mark>ium' } },
  ],
  concepts: [{ facet: 'class', value: 'Metal > Titanium alloy', count: 2 }],
};

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
/** The `q` of each suggest request the component made. */
const asked = (fetch: ReturnType<typeof vi.fn>) => fetch.mock.calls.map(([req]) => new URL((req as Request).url).searchParams.get('q'));

function Harness(props: { onSubmit?: (t: string) => void; onMaterial?: (s: string) => void; onFilter?: (f: string, v: string) => void; debounceMs?: number }) {
  const [text, setText] = useState('');
  return (
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit?.(text);
        }}
      >
        <SuggestBox value={text} onChange={setText} onSubmit={props.onSubmit ?? (() => undefined)} onMaterial={props.onMaterial ?? (() => undefined)} onFilter={props.onFilter ?? (() => undefined)} debounceMs={props.debounceMs ?? 30} />
        <button type="submit">Search</button>
      </form>
    </QueryClientProvider>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('SuggestBox (search-as-you-type)', () => {
  it('groups materials and filters into sections', () => {
    expect(suggestionSections(ANSWER).map((s) => [s.name, s.items.map((i) => i.id)])).toEqual([
      ['Materials', ['m:ti-6al-4v', 'm:cp-titanium']],
      ['Filters', ['f:class:Metal > Titanium alloy']],
    ]);
    expect(suggestionSections({ materials: [], concepts: [] })).toEqual([]);
  });

  it('asks once typing pauses, shows the suggestions, and opens a material chosen with the keyboard', async () => {
    const fetch = vi.fn(async (_req: Request) => json(ANSWER));
    vi.stubGlobal('fetch', fetch);
    const onMaterial = vi.fn();
    // a long pause, so that even a slow machine types the three letters within it
    render(<Harness onMaterial={onMaterial} debounceMs={1500} />);
    const box = screen.getByRole('combobox', { name: 'Search materials' });
    await userEvent.type(box, 'tit');
    expect(await screen.findByRole('option', { name: 'Ti-6Al-4V' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Filters' })).toHaveTextContent('Titanium alloy');
    // one request for the text typed, none for the keystrokes in between
    expect(asked(fetch)).toEqual(['tit']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Ti-6Al-4V' }).id);
    await userEvent.keyboard('{Enter}');
    expect(onMaterial).toHaveBeenCalledWith('ti-6al-4v');
  });

  it('applies a filter suggestion on click', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(ANSWER)));
    const onFilter = vi.fn();
    render(<Harness onFilter={onFilter} />);
    await userEvent.type(screen.getByRole('combobox'), 'titan');
    await userEvent.click(await screen.findByRole('option', { name: /Titanium alloy/ }));
    expect(onFilter).toHaveBeenCalledWith('class', 'Metal > Titanium alloy');
  });

  it('searches the typed text on Enter when no suggestion is highlighted, and Escape closes the list', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(ANSWER)));
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'tita');
    await screen.findByRole('option', { name: 'Ti-6Al-4V' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(box).toHaveValue('tita');
    // A second Escape (list closed) keeps the text too.
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('tita');
    await userEvent.type(box, 'n');
    await screen.findByRole('option', { name: 'Ti-6Al-4V' });
    await userEvent.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('titan');
  });

  it('aborts the request of a text that is no longer wanted and never shows its late answer', async () => {
    const pending: { q: string; signal: AbortSignal; resolve: (r: Response) => void }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (req: Request) =>
          new Promise<Response>((resolve, reject) => {
            const q = new URL(req.url).searchParams.get('q')!;
            req.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            pending.push({ q, signal: req.signal, resolve });
          }),
      ),
    );
    render(<Harness />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'co');
    await waitFor(() => expect(pending.map((p) => p.q)).toEqual(['co']));
    await userEvent.type(box, 'b');
    await waitFor(() => expect(pending.map((p) => p.q)).toEqual(['co', 'cob']));
    await waitFor(() => expect(pending[0].signal.aborted).toBe(true));
    await act(async () => pending[1].resolve(json({ materials: [{ slug: 'cocrmo', name: 'CoCrMo' }], concepts: [] })));
    expect(await screen.findByRole('option', { name: 'CoCrMo' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Ti-6Al-4V' })).not.toBeInTheDocument();
  });

  it('keeps the list of a text while it is extended, but not for another text', async () => {
    const answers: Record<string, typeof ANSWER> = {
      ti: ANSWER,
      co: { materials: [{ slug: 'cocrmo', name: 'CoCrMo', _formatted: { name: 'CoCrMo' } }], concepts: [] },
    };
    const gate: { release?: () => void } = {};
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const q = new URL(req.url).searchParams.get('q')!;
        if (q !== 'ti') await new Promise<void>((r) => (gate.release = r));
        return json(answers[q] ?? answers.ti);
      }),
    );
    render(<Harness />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'ti');
    await screen.findByRole('option', { name: 'Ti-6Al-4V' });
    await userEvent.type(box, 't');
    // "tit" is on its way: the list of "ti" stays meanwhile
    await new Promise((r) => setTimeout(r, 80));
    expect(screen.getByRole('option', { name: 'Ti-6Al-4V' })).toBeInTheDocument();
    await act(async () => gate.release!());
    await userEvent.clear(box);
    await userEvent.type(box, 'co');
    // "co" does not extend "tit": no stale list while it loads
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Ti-6Al-4V' })).not.toBeInTheDocument());
    await act(async () => gate.release!());
    expect(await screen.findByRole('option', { name: 'CoCrMo' })).toBeInTheDocument();
  });

  it('does not ask for fewer than two characters', async () => {
    const fetch = vi.fn(async () => json(ANSWER));
    vi.stubGlobal('fetch', fetch);
    render(<Harness />);
    await userEvent.type(screen.getByRole('combobox'), 't');
    await new Promise((r) => setTimeout(r, 80));
    expect(fetch).not.toHaveBeenCalled();
  });
});
