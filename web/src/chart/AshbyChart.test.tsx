import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import AshbyChart from './AshbyChart';
import type { SearchExport } from '../api/types';

const fields = [
  { field: 'densityGcm3', label: 'Density', unit: 'g/cm^3' },
  { field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa' },
];
/** 150 materials: more than the search page's 100-hit pages, all of which the chart must show. */
const answer: SearchExport = {
  total: 150,
  limit: 1000,
  fields: fields.map((f) => ({ ...f })),
  items: Array.from({ length: 150 }, (_, i) => ({
    slug: `m${i}`,
    name: `Material ${i}`,
    classPath: [i % 3 ? 'Metal' : 'Synthetic polymer'],
    properties: { densityGcm3: { value: 1 + i / 20, min: 1 + i / 20, max: 1 + i / 20 }, youngsModulusGPa: { value: 0.2 + i, min: 0.2 + i, max: 0.2 + i } },
  })),
};

afterEach(() => vi.unstubAllGlobals());

function renderChart(onOpen = vi.fn(), onState = vi.fn()) {
  const fetch = vi.fn(async (req: Request) => {
    void req;
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <AshbyChart state={{ q: 'alloy', r: { youngsModulusGPa: [1, 100] } }} x="densityGcm3" y="youngsModulusGPa" fields={fields} onState={onState} onOpen={onOpen} />
    </QueryClientProvider>,
  );
  return { fetch, onOpen, onState };
}

describe('AshbyChart', () => {
  it('asks the export API for every result with the two axes, and draws each as a labelled link', async () => {
    const { fetch } = renderChart();
    const chart = await screen.findByRole('group', { name: /Ashby chart: Young's modulus \(GPa\) against Density \(g\/cm³\), 150 materials/ }, { timeout: 10_000 });
    const url = new URL((fetch.mock.calls[0][0] as Request).url);
    expect(url.pathname).toBe('/api/v1/search/export');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ format: 'json', fields: 'densityGcm3,youngsModulusGPa', q: 'alloy', 'range[youngsModulusGPa]': '1..100' });
    const links = chart.querySelectorAll('a[data-slug]');
    expect(links).toHaveLength(150);
    expect(links[0]).toHaveAttribute('href', '/materials/m0');
    expect(links[0]).toHaveAttribute('aria-label', 'Material 0 (Synthetic polymer): ρ 1, E 0.2');
    // One tab stop for all points.
    expect(chart.querySelectorAll('a[tabindex="0"]')).toHaveLength(1);
    // Text at 13 px, ticks as plain decimals of the unit.
    expect((chart as unknown as SVGSVGElement).style.fontSize).toBe('13px');
    const ticks = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['1', '10', '100']));
    expect(ticks.some((t) => /\d[mkµ]$/.test(t ?? ''))).toBe(false);
  });

  it('walks the points with the arrow keys, labels the focused one, and opens its datasheet with Enter', async () => {
    const { onOpen } = renderChart();
    const chart = await screen.findByRole('group', { name: /150 materials/ }, { timeout: 10_000 });
    const first = chart.querySelector<SVGAElement>('a[tabindex="0"]')!;
    first.focus();
    await waitFor(() => expect(screen.getByTestId('ashby-tip')).toHaveTextContent('Material 0'));
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-slug', 'm1');
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    expect(screen.getByTestId('ashby-tip')).toHaveTextContent('Material 1');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-slug', 'm149');
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('m149');
  });

  it('offers the data as a table, guide lines with their slope, and SVG/PNG downloads', async () => {
    renderChart();
    await screen.findByRole('group', { name: /150 materials/ }, { timeout: 10_000 });
    await userEvent.click(document.querySelector('.chart-table summary')!);
    expect(document.querySelector('.chart-table summary')).toHaveTextContent("The chart's data as a table (150 materials)");
    // (DOM queries, not role queries: those walk 300 links in jsdom slowly)
    await waitFor(() => expect(document.querySelectorAll('.chart-table tbody tr')).toHaveLength(150));
    expect(document.querySelector('.chart-table th[scope="row"] a[href="/materials/m7"]')).toHaveTextContent('Material 7');
    await userEvent.selectOptions(document.getElementById('ashby-guide')!, '2');
    expect(screen.getByTestId('ashby-count')).toHaveTextContent('Along each dashed line E^½/ρ is constant');
    await waitFor(() => expect(screen.getByText('slope 2: E^½/ρ constant')).toBeInTheDocument());
    expect(screen.getByText('Download SVG').tagName).toBe('BUTTON');
    expect(screen.getByText('Download PNG').tagName).toBe('BUTTON');
  });
});
