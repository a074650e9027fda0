import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as Plot from '@observablehq/plot';
import { api, call } from '../api/client';
import type { RangeField, SearchExport } from '../api/types';
import { API_FEATURES } from '../api/features';
import { parseBound } from '../search/RangeFilter';
import { exportQuery } from '../search/export';
import { fmt, withRange, type Bound, type SearchState } from '../search/params';
import { boxToRanges, guideLines, intersectRange, logTicks, tickText, toPoints, type Box, type ChartPoint } from './selection';
import { downloadBlob, standaloneSvg, svgToPng } from './download';
import { unitText } from '../ui/money';

export interface AshbyChartProps {
  state: SearchState;
  x: string;
  y: string;
  fields: RangeField[];
  onState: (next: SearchState) => void;
  /** Opens a material's datasheet (the router's navigation; a page load without it). */
  onOpen?: (slug: string) => void;
}

const WIDTH = 720;
const HEIGHT = 460;

/** Every hit of the search up to the result cap, with only the two plotted properties (the export API's JSON). */
export const chartQuery = (q: ReturnType<typeof exportQuery>) =>
  queryOptions({
    queryKey: ['search-export', q],
    queryFn: async ({ signal }) => (await call(() => api.GET('/api/v1/search/export', { params: { query: { ...q, format: 'json' } }, signal }))) as SearchExport,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** Short symbols for the usual Ashby axes, for the index names of guide lines (E^½/ρ). */
const SYMBOLS: Record<string, string> = { youngsModulusGPa: 'E', densityGcm3: 'ρ', tensileStrengthMPa: 'σ', yieldStrengthMPa: 'σy', compressiveStrengthMPa: 'σc', fractureToughnessMPaM05: 'K', hardnessHV: 'H' };
const GUIDES = [
  { slope: 1, root: '', use: 'tie in tension' },
  { slope: 2, root: '^½', use: 'beam in bending' },
  { slope: 3, root: '^⅓', use: 'plate in bending' },
];

/**
 * Ashby chart of every result of the current search (up to the result cap): two properties on
 * log-log axes, points coloured by class, boxes for records with a min/max. Points are links to
 * their datasheets, reached with one Tab and walked with the arrow keys (a roving tab stop), and
 * labelled on hover and on focus. Drag a box to narrow both range filters (it is intersected with
 * them); the form below does the same from the keyboard. A table holds the same data.
 */
export default function AshbyChart({ state, x, y, fields, onState, onOpen = (slug) => location.assign(`/materials/${encodeURIComponent(slug)}`) }: AshbyChartProps) {
  const query = useMemo(() => exportQuery(state, [x, y], { missingSupported: API_FEATURES.rangeMissing }), [state, x, y]);
  const { data, isPending } = useQuery(chartQuery(query));
  const host = useRef<HTMLDivElement>(null);
  const scales = useRef<{ x?: Plot.Scale; y?: Plot.Scale; color?: Plot.Scale }>({});
  const [box, setBox] = useState<(Box & { hx0: number; hy0: number; hx1: number; hy1: number }) | null>(null);
  const [tip, setTip] = useState<{ i: number; left: number; top: number } | null>(null);
  const [guide, setGuide] = useState(0);
  const [message, setMessage] = useState('');
  const [showTable, setShowTable] = useState(false);
  const active = useRef(0);
  const field = (f: string) => fields.find((r) => r.field === f);
  const label = (f: string) => {
    const r = field(f);
    return r ? `${r.label}${unitText(r.unit) ? ` (${unitText(r.unit)})` : ''}` : f;
  };
  const short = (f: string) => SYMBOLS[f] ?? field(f)?.label ?? f;
  const points = useMemo(() => toPoints(data?.items ?? [], x, y), [data, x, y]);
  const guideInfo = GUIDES.find((g) => g.slope === guide);
  const indexName = guideInfo ? `${short(y)}${guideInfo.root}/${short(x)}` : '';
  const pointText = (p: ChartPoint) => `${p.name} (${p.group}): ${short(x)} ${span(p.x1, p.x2)}, ${short(y)} ${span(p.y1, p.y2)}`;

  useEffect(() => {
    if (!host.current) return;
    const hadFocus = host.current.contains(document.activeElement);
    const focusedSlug = (document.activeElement as HTMLElement | null)?.dataset?.slug;
    const ranged = points.filter((p) => p.x1 !== p.x2 || p.y1 !== p.y2);
    const xDomain = extent(points.flatMap((p) => [p.x1, p.x2]));
    const yDomain = extent(points.flatMap((p) => [p.y1, p.y2]));
    const lines = guide && points.length ? guideLines(guide, xDomain, yDomain) : [];
    const chart = Plot.plot({
      width: WIDTH,
      height: HEIGHT,
      marginLeft: 64,
      marginBottom: 44,
      style: { fontSize: '13px', background: 'white', color: '#1a1a1a' },
      x: { type: 'log', domain: xDomain, label: `${label(x)} →`, labelAnchor: 'center', labelOffset: 38, grid: true, ticks: logTicks(xDomain), tickFormat: tickText },
      y: { type: 'log', domain: yDomain, label: `↑ ${label(y)}`, grid: true, ticks: logTicks(yDomain), tickFormat: tickText },
      color: { legend: true, scheme: 'tableau10', style: { fontSize: '13px' } } as Plot.ScaleOptions,
      marks: [
        ...lines.map((l) => Plot.line(l, { x: 'x', y: 'y', stroke: '#666', strokeDasharray: '4 3', strokeWidth: 1 })),
        ...lines.filter((_, i) => i === Math.floor(lines.length / 2)).map((l) => Plot.text([l[1]], { x: 'x', y: 'y', text: () => `slope ${guide}: ${indexName} constant`, textAnchor: 'end', dx: -4, dy: -6, fill: '#444', fontSize: 12 })),
        Plot.rect(ranged, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'group', fillOpacity: 0.18, stroke: 'group', strokeOpacity: 0.6, inset: -1.5 }),
        Plot.dot(points, { x: 'x', y: 'y', fill: 'group', r: 4.5, stroke: 'white', strokeWidth: 0.8 }),
      ],
    });
    const svg = chart.tagName.toLowerCase() === 'svg' ? (chart as unknown as SVGSVGElement) : chart.querySelector<SVGSVGElement>(`svg[width="${WIDTH}"]`)!;
    // Each dot becomes a link to its datasheet (SVG <a>), labelled for screen readers; one tab stop for all.
    const dots = svg.querySelectorAll('g[aria-label="dot"] circle');
    dots.forEach((c, i) => {
      const p = points[i];
      const a = document.createElementNS('http://www.w3.org/2000/svg', 'a');
      a.setAttribute('href', `/materials/${encodeURIComponent(p.slug)}`);
      a.setAttribute('aria-label', pointText(p));
      a.setAttribute('tabindex', '-1');
      a.dataset.slug = p.slug;
      a.dataset.index = String(i);
      c.replaceWith(a);
      a.append(c);
    });
    // Plot labels its mark groups (aria-label on <g> without a role, which axe flags): axes, grid and
    // boxes are left to the table; the points are what a screen reader walks.
    svg.querySelectorAll('g[aria-label], [aria-description]').forEach((g) => {
      const isDots = g.getAttribute('aria-label') === 'dot';
      g.removeAttribute('aria-label');
      g.removeAttribute('aria-description');
      if (!isDots && g.parentElement === (svg as Element)) g.setAttribute('aria-hidden', 'true');
    });
    svg.querySelectorAll(':scope > text, :scope > style').forEach((t) => t.setAttribute('aria-hidden', 'true'));
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-roledescription', 'chart');
    svg.setAttribute('aria-label', `Ashby chart: ${label(y)} against ${label(x)}, ${points.length} materials. Arrow keys move between points, Enter opens the datasheet.`);
    const links = [...svg.querySelectorAll<SVGAElement>('a[data-index]')];
    const keep = focusedSlug ? links.findIndex((l) => l.dataset.slug === focusedSlug) : -1;
    active.current = keep >= 0 ? keep : Math.min(active.current, Math.max(links.length - 1, 0));
    links[active.current]?.setAttribute('tabindex', '0');
    scales.current = { x: chart.scale('x'), y: chart.scale('y'), color: chart.scale('color') };
    host.current.replaceChildren(chart);
    if (hadFocus && keep >= 0) links[keep].focus();
    setTip(null);
    return () => chart.remove();
  }, [points, x, y, fields, guide]);

  const links = () => [...(host.current?.querySelectorAll<SVGAElement>('a[data-index]') ?? [])];
  const showTip = (el: Element) => {
    const i = Number((el as SVGAElement).dataset.index);
    const h = host.current!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    setTip({ i, left: r.left + r.width / 2 - h.left, top: r.top - h.top });
  };
  const moveTo = (i: number) => {
    const all = links();
    if (!all.length) return;
    const next = Math.max(0, Math.min(all.length - 1, i));
    all[active.current]?.setAttribute('tabindex', '-1');
    all[next].setAttribute('tabindex', '0');
    active.current = next;
    all[next].focus();
  };
  /** Arrow keys: left/right to the neighbour in x, up/down to the neighbour in y; Home/End. */
  const onKeyDown = (e: React.KeyboardEvent) => {
    const a = (e.target as Element).closest?.('a[data-index]') as SVGAElement | null;
    if (!a) return;
    const i = Number(a.dataset.index);
    if (e.key === 'Enter' && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
      e.preventDefault();
      return onOpen(a.dataset.slug!);
    }
    const byY = points.map((_, k) => k).sort((p, q) => points[p].y - points[q].y || p - q);
    const inY = byY.indexOf(i);
    const target = { ArrowRight: i + 1, ArrowLeft: i - 1, ArrowUp: byY[Math.min(inY + 1, byY.length - 1)], ArrowDown: byY[Math.max(inY - 1, 0)], Home: 0, End: points.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    moveTo(target);
  };

  /** The pointer in the plot's own coordinates (what the scales invert) and relative to the host (to draw the box). */
  const svgPoint = (e: React.PointerEvent) => {
    const svg = host.current?.querySelector<SVGSVGElement>(`svg[width="${WIDTH}"]`);
    const r = (svg ?? e.currentTarget).getBoundingClientRect();
    const h = e.currentTarget.getBoundingClientRect();
    const k = svg && r.width ? WIDTH / r.width : 1;
    return { px: (e.clientX - r.left) * k, py: (e.clientY - r.top) * k, hx: e.clientX - h.left, hy: e.clientY - h.top };
  };
  // A point is a material's median, inside its envelope: only "overlaps" keeps every point of a box.
  // Chosen for a first box only: with ranges already set, switching modes could widen them.
  const boxMode = (next: SearchState): SearchState => (Object.keys(state.r ?? {}).length ? next : { ...next, rm: 'overlaps' });
  /** A box narrows both filters: intersected with the current ones, never wider. */
  const applyBox = (xr: [Bound, Bound], yr: [Bound, Bound]) => {
    const nx = intersectRange(state.r?.[x], xr);
    const ny = intersectRange(state.r?.[y], yr);
    if (!nx || !ny) return setMessage('That box lies outside the current filters: nothing changed.');
    setMessage('');
    onState(boxMode(withRange(withRange(state, x, nx), y, ny)));
  };
  const apply = (xr: [Bound, Bound], yr: [Bound, Bound]) => onState(boxMode(withRange(withRange(state, x, xr), y, yr)));
  const svgText = () => {
    const svg = host.current?.querySelector<SVGSVGElement>(`svg[width="${WIDTH}"]`);
    const color = scales.current.color;
    const domain = [...(color?.domain ?? [])];
    const range = [...(color?.range ?? [])];
    const legend = domain.map((d, i) => ({ label: String(d), color: String(range[i % Math.max(range.length, 1)]) }));
    return svg ? standaloneSvg(svg, legend, `${label(y)} against ${label(x)}`) : '';
  };
  const fileName = `ashby-${x}-${y}`;
  const total = data?.total ?? 0;
  const shown = data?.items.length ?? 0;

  return (
    <section className="ashby" aria-labelledby="ashby-title">
      <h3 id="ashby-title">Ashby chart</h3>
      <div className="axes">
        <AxisSelect id="ashby-x" label="Horizontal axis" value={x} fields={fields} onChange={(v) => onState({ ...state, x: v })} />
        <AxisSelect id="ashby-y" label="Vertical axis" value={y} fields={fields} onChange={(v) => onState({ ...state, y: v })} />
        <span>
          <label htmlFor="ashby-guide">Guide lines</label>{' '}
          <select id="ashby-guide" value={guide} onChange={(e) => setGuide(Number(e.target.value))}>
            <option value={0}>None</option>
            {GUIDES.map((g) => (
              <option key={g.slope} value={g.slope}>
                Slope {g.slope}: {short(y)}
                {g.root}/{short(x)} ({g.use})
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="muted small" data-testid="ashby-count">
        {isPending
          ? 'Loading every result…'
          : `${points.length} of ${shown} result${shown === 1 ? '' : 's'} have both values${total > shown ? ` (the first ${shown} of ${total}: narrow the search to chart the rest)` : ''}. Drag a box to narrow both filters.`}
        {guideInfo && ` Along each dashed line ${indexName} is constant; points above a line do better for a light ${guideInfo.use}.`}
      </p>
      <div
        className="chart-host"
        data-testid="ashby"
        onKeyDown={onKeyDown}
        onFocus={(e) => (e.target as Element).closest?.('a[data-index]') && showTip(e.target as Element)}
        onBlur={() => setTip(null)}
        onPointerOver={(e) => {
          const a = (e.target as Element).closest?.('a[data-index]');
          if (a && !box) showTip(a);
        }}
        onPointerOut={(e) => (e.target as Element).closest?.('a[data-index]') && setTip(null)}
        onClick={(e) => {
          const a = (e.target as Element).closest?.('a[data-slug]') as SVGAElement | null;
          if (!a || e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          onOpen(a.dataset.slug!);
        }}
        onPointerDown={(e) => {
          if (e.button !== 0 || (e.target as Element).closest?.('a[data-index]')) return;
          (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
          const { px, py, hx, hy } = svgPoint(e);
          setBox({ x0: px, y0: py, x1: px, y1: py, hx0: hx, hy0: hy, hx1: hx, hy1: hy });
        }}
        onPointerMove={(e) => {
          if (!box) return;
          const { px, py, hx, hy } = svgPoint(e);
          setBox({ ...box, x1: px, y1: py, hx1: hx, hy1: hy });
        }}
        onPointerUp={() => {
          const { x: sx, y: sy } = scales.current;
          if (box && sx?.invert && sy?.invert) {
            const r = boxToRanges(box, (p) => sx.invert!(p) as number, (p) => sy.invert!(p) as number);
            if (r) applyBox(r.x, r.y);
          }
          setBox(null);
        }}
      >
        <div ref={host} />
        {box && (
          <div
            className="brush"
            aria-hidden="true"
            style={{ left: Math.min(box.hx0, box.hx1), top: Math.min(box.hy0, box.hy1), width: Math.abs(box.hx1 - box.hx0), height: Math.abs(box.hy1 - box.hy0) }}
          />
        )}
        {tip && points[tip.i] && (
          <div className="chart-tip" aria-hidden="true" data-testid="ashby-tip" style={{ left: tip.left, top: tip.top }}>
            <strong>{points[tip.i].name}</strong>
            <span>{points[tip.i].group}</span>
            <span>
              {short(x)} {span(points[tip.i].x1, points[tip.i].x2)} {unitText(field(x)?.unit)}; {short(y)} {span(points[tip.i].y1, points[tip.i].y2)} {unitText(field(y)?.unit)}
            </span>
          </div>
        )}
      </div>
      <p role="status" className="small">
        {message}
      </p>
      <div className="chart-actions">
        <button type="button" className="secondary" onClick={() => downloadBlob(new Blob([svgText()], { type: 'image/svg+xml' }), `${fileName}.svg`)}>
          Download SVG
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void svgToPng(svgText())
              .then((b) => downloadBlob(b, `${fileName}.png`))
              .catch((err: Error) => setMessage(err.message))
          }
        >
          Download PNG
        </button>
      </div>
      <details className="chart-table" onToggle={(e) => setShowTable((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>The chart's data as a table ({points.length} materials)</summary>
        {showTable && (
          <table>
            <caption className="sr-only">
              {label(y)} and {label(x)} of the charted materials
            </caption>
            <thead>
              <tr>
                <th scope="col">Material</th>
                <th scope="col">Class</th>
                <th scope="col">{label(x)}</th>
                <th scope="col">{label(y)}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.slug}>
                  <th scope="row">
                    <a href={`/materials/${encodeURIComponent(p.slug)}`}>{p.name}</a>
                  </th>
                  <td>{p.group}</td>
                  <td>{span(p.x1, p.x2)}</td>
                  <td>{span(p.y1, p.y2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
      <RegionForm xLabel={label(x)} yLabel={label(y)} xValue={state.r?.[x]} yValue={state.r?.[y]} onApply={apply} />
    </section>
  );
}

const span = (a: number, b: number) => (a === b ? fmt(a) : `${fmt(a)}–${fmt(b)}`);

/** A log domain around the values, padded by a fifth of a decade; a decade around a single value. */
function extent(values: number[]): [number, number] {
  if (!values.length) return [1, 10];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi / lo < 10 ? 10 ** 0.5 : 10 ** 0.2;
  return [lo / pad, hi * pad];
}

function AxisSelect({ id, label, value, fields, onChange }: { id: string; label: string; value: string; fields: RangeField[]; onChange: (v: string) => void }) {
  return (
    <span>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {fields.filter((f) => f.field !== 'price').map((f) => (
          <option key={f.field} value={f.field}>
            {f.label}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The keyboard alternative to box selection: type the region's corners. */
export function RegionForm({ xLabel, yLabel, xValue, yValue, onApply }: { xLabel: string; yLabel: string; xValue?: [Bound, Bound]; yValue?: [Bound, Bound]; onApply: (x: [Bound, Bound], y: [Bound, Bound]) => void }) {
  const id = useId();
  const str = (b?: Bound) => (b === null || b === undefined ? '' : String(b));
  const [v, setV] = useState({ x0: str(xValue?.[0]), x1: str(xValue?.[1]), y0: str(yValue?.[0]), y1: str(yValue?.[1]) });
  useEffect(() => setV({ x0: str(xValue?.[0]), x1: str(xValue?.[1]), y0: str(yValue?.[0]), y1: str(yValue?.[1]) }), [xValue?.join(), yValue?.join()]);
  const [error, setError] = useState('');
  const field = (k: keyof typeof v, text: string) => (
    <span className="region-field">
      <label htmlFor={`${id}-${k}`}>{text}</label>
      <input id={`${id}-${k}`} inputMode="decimal" value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} />
    </span>
  );
  return (
    <form
      className="region"
      aria-label="Select a chart region"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = (['x0', 'x1', 'y0', 'y1'] as const).map((k) => parseBound(v[k]));
        if (parsed.some((p) => 'error' in p)) return setError('Each bound must be a number or empty.');
        const [a, b, c, d] = parsed.map((p) => (p as { value: Bound }).value);
        if ((a !== null && b !== null && a > b) || (c !== null && d !== null && c > d)) return setError('Each minimum must not exceed its maximum.');
        setError('');
        onApply([a, b], [c, d]);
      }}
    >
      <fieldset>
        <legend>Select a region (keyboard alternative to dragging)</legend>
        {field('x0', `${xLabel} from`)}
        {field('x1', `${xLabel} to`)}
        {field('y0', `${yLabel} from`)}
        {field('y1', `${yLabel} to`)}
        <button type="submit">Apply region</button>
      </fieldset>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
