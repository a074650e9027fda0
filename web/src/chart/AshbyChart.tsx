import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import * as Plot from '@observablehq/plot';
import { searchQuery } from '../api/queries';
import type { RangeField } from '../api/types';
import { parseBound } from '../search/RangeFilter';
import { fmt, toApiQuery, withRange, type Bound, type SearchState } from '../search/params';
import { boxToRanges, toPoints, type Box } from './selection';
import { unitText } from '../ui/money';

export interface AshbyChartProps {
  state: SearchState;
  x: string;
  y: string;
  fields: RangeField[];
  onState: (next: SearchState) => void;
}

const WIDTH = 720;
const HEIGHT = 440;

/**
 * Ashby chart of the current results (first 100): two properties on log-log axes, dots coloured by
 * class, boxes for records with a min/max. Drag a box to set both range filters; the form below the
 * chart does the same from the keyboard.
 */
export default function AshbyChart({ state, x, y, fields, onState }: AshbyChartProps) {
  const { data } = useQuery(searchQuery(toApiQuery(state, { perPage: 100, page: 1, statsFor: [x, y] })));
  const host = useRef<HTMLDivElement>(null);
  const scales = useRef<{ x?: Plot.Scale; y?: Plot.Scale }>({});
  const [box, setBox] = useState<(Box & { hx0: number; hy0: number; hx1: number; hy1: number }) | null>(null);
  const label = (f: string) => {
    const r = fields.find((r) => r.field === f);
    return r ? `${r.label}${unitText(r.unit) ? ` (${unitText(r.unit)})` : ''}` : f;
  };
  const points = toPoints(data?.hits ?? [], x, y);

  useEffect(() => {
    if (!host.current) return;
    const ranged = points.filter((p) => p.x1 !== p.x2 || p.y1 !== p.y2);
    const chart = Plot.plot({
      width: WIDTH,
      height: HEIGHT,
      marginLeft: 60,
      x: { type: 'log', label: label(x), grid: true },
      y: { type: 'log', label: label(y), grid: true },
      color: { legend: true, scheme: 'tableau10' },
      marks: [
        Plot.rect(ranged, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'group', fillOpacity: 0.18, stroke: 'group', strokeOpacity: 0.6, inset: -1.5 }),
        Plot.dot(points, { x: 'x', y: 'y', fill: 'group', r: 3.5, stroke: 'white', strokeWidth: 0.5, title: (d: { name: string; x: number; y: number }) => `${d.name}\n${fmt(d.x)}, ${fmt(d.y)}` }),
      ],
    });
    // Plot labels its mark groups (aria-label on <g> without a role, which axe flags); the chart is one image.
    chart.querySelectorAll('g[aria-label], svg [aria-description]').forEach((g) => {
      g.removeAttribute('aria-label');
      g.removeAttribute('aria-description');
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `Ashby chart: ${label(y)} against ${label(x)}, ${points.length} materials. Use the region form below to select with the keyboard.`);
    scales.current = { x: chart.scale('x'), y: chart.scale('y') };
    host.current.replaceChildren(chart);
    return () => chart.remove();
  }, [data, x, y, fields]);

  /** The pointer in the plot's own coordinates (what the scales invert) and relative to the host (to draw the box). */
  const svgPoint = (e: React.PointerEvent) => {
    const svg = host.current?.querySelector<SVGSVGElement>(`svg[width="${WIDTH}"]`);
    const r = (svg ?? e.currentTarget).getBoundingClientRect();
    const h = e.currentTarget.getBoundingClientRect();
    const k = svg && r.width ? WIDTH / r.width : 1;
    return { px: (e.clientX - r.left) * k, py: (e.clientY - r.top) * k, hx: e.clientX - h.left, hy: e.clientY - h.top };
  };
  // A point is a material's median, which lies inside its envelope: only "overlaps" keeps every point in the box.
  const apply = (xr: [Bound, Bound], yr: [Bound, Bound]) => onState({ ...withRange(withRange(state, x, xr), y, yr), rm: 'overlaps' });

  return (
    <section className="ashby" aria-labelledby="ashby-title">
      <h3 id="ashby-title">Ashby chart</h3>
      <div className="axes">
        <AxisSelect id="ashby-x" label="Horizontal axis" value={x} fields={fields} onChange={(v) => onState({ ...state, x: v })} />
        <AxisSelect id="ashby-y" label="Vertical axis" value={y} fields={fields} onChange={(v) => onState({ ...state, y: v })} />
      </div>
      <p className="muted small">
        {points.length} of {data?.hits.length ?? 0} shown results have both values{data && data.total > data.hits.length ? ` (first ${data.hits.length} of ${data.total})` : ''}. Drag a box to filter both properties.
      </p>
      <div
        className="chart-host"
        data-testid="ashby"
        onPointerDown={(e) => {
          if (e.button !== 0) return;
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
            if (r) apply(r.x, r.y);
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
      </div>
      <RegionForm xLabel={label(x)} yLabel={label(y)} xValue={state.r?.[x]} yValue={state.r?.[y]} onApply={apply} />
    </section>
  );
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
