import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Label, Slider, SliderThumb, SliderTrack, Switch } from 'react-aria-components';
import { fmt, type Bound } from './params';

export interface RangeFilterProps {
  field: string;
  label: string;
  unit: string;
  /** The data range of the current results with this range off (the API's facetStats). */
  stats?: { min: number; max: number };
  value?: [Bound, Bound];
  onChange: (value: [Bound, Bound] | null) => void;
  includeMissing?: boolean;
  onIncludeMissing?: (v: boolean) => void;
  missingSupported?: boolean;
  /** id of the one note explaining why the toggle is disabled (shown once for all range filters) */
  missingNoteId?: string;
  onRemove?: () => void;
  /** no "include ... without this value" toggle (fields every record has, such as a publication's year) */
  withoutMissing?: boolean;
}

const STEPS = 1000;

/** Maps slider positions 0..STEPS to values: logarithmic over positive data spanning over two decades. */
export function scaleFor(min: number, max: number) {
  const log = min > 0 && max / min > 100;
  if (log) {
    const [a, b] = [Math.log10(min), Math.log10(max)];
    return { log, toValue: (p: number) => round(10 ** (a + ((b - a) * p) / STEPS)), toPos: (v: number) => clamp(((Math.log10(Math.max(v, min)) - a) / (b - a)) * STEPS) };
  }
  const span = max - min || 1;
  return { log, toValue: (p: number) => round(min + (span * p) / STEPS), toPos: (v: number) => clamp(((v - min) / span) * STEPS) };
}
const clamp = (p: number) => Math.min(STEPS, Math.max(0, Math.round(p)));
const round = (v: number) => Number(v.toPrecision(3));

/** Parses a typed bound: empty is open; otherwise a finite number, or an error message. */
export function parseBound(text: string): { value: Bound } | { error: string } {
  const t = text.trim().replace(',', '.');
  if (!t) return { value: null };
  const n = Number(t);
  return Number.isFinite(n) ? { value: n } : { error: 'Enter a number' };
}

/**
 * A numeric range filter: typed minimum and maximum (applied on Enter or leaving the field), a
 * two-thumb slider over the data range, the data range itself, and the "without this value" toggle.
 */
export function RangeFilter({ field, label, unit, stats, value, onChange, includeMissing, onIncludeMissing, missingSupported, missingNoteId, onRemove, withoutMissing = false }: RangeFilterProps) {
  const id = useId();
  const [lo, hi] = value ?? [null, null];
  const [minText, setMinText] = useState(lo === null ? '' : String(lo));
  const [maxText, setMaxText] = useState(hi === null ? '' : String(hi));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setMinText(lo === null ? '' : String(lo)), [lo]);
  useEffect(() => setMaxText(hi === null ? '' : String(hi)), [hi]);

  const commit = (minT = minText, maxT = maxText) => {
    const a = parseBound(minT);
    const b = parseBound(maxT);
    if ('error' in a || 'error' in b) return setError('Minimum and maximum must be numbers (or left empty).');
    if (a.value !== null && b.value !== null && a.value > b.value) return setError('The minimum must not exceed the maximum.');
    setError(null);
    if (a.value !== lo || b.value !== hi) onChange(a.value === null && b.value === null ? null : [a.value, b.value]);
  };

  const hasData = stats && Number.isFinite(stats.min) && Number.isFinite(stats.max) && stats.max > stats.min;
  const scale = hasData ? scaleFor(stats.min, stats.max) : null;
  const [drag, setDrag] = useState<number[] | null>(null);
  const positions = drag ?? (scale ? [lo === null ? 0 : scale.toPos(lo), hi === null ? STEPS : scale.toPos(hi)] : [0, STEPS]);
  const unitText = unit && unit !== '1' ? ` (${unit})` : '';

  return (
    <fieldset className="range" data-range={field}>
      <legend>
        {label}
        {unitText}
      </legend>
      <div className="range-inputs">
        <label htmlFor={`${id}-min`}>Min</label>
        <input
          id={`${id}-min`}
          inputMode="decimal"
          value={minText}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-err` : `${id}-data`}
          onChange={(e) => setMinText(e.target.value)}
          onBlur={() => commit()}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        <label htmlFor={`${id}-max`}>Max</label>
        <input
          id={`${id}-max`}
          inputMode="decimal"
          value={maxText}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-err` : `${id}-data`}
          onChange={(e) => setMaxText(e.target.value)}
          onBlur={() => commit()}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </div>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {scale && stats ? (
        <Slider
          className="slider"
          minValue={0}
          maxValue={STEPS}
          value={positions}
          onChange={(v) => setDrag(v as number[])}
          onChangeEnd={(v) => {
            setDrag(null);
            const [p0, p1] = v as number[];
            const next: [Bound, Bound] = [p0 <= 0 ? null : scale.toValue(p0), p1 >= STEPS ? null : scale.toValue(p1)];
            onChange(next[0] === null && next[1] === null ? null : next);
          }}
          aria-label={`${label} range${scale.log ? ' (logarithmic)' : ''}`}
        >
          <Label className="sr-only">{label} slider</Label>
          <SliderTrack className="track">
            {({ state }) => (
              <>
                <div className="fill" style={{ left: `${state.getThumbPercent(0) * 100}%`, width: `${(state.getThumbPercent(1) - state.getThumbPercent(0)) * 100}%` }} />
                {[0, 1].map((i) => (
                  <Thumb key={i} index={i} label={i === 0 ? `Minimum ${label}` : `Maximum ${label}`} valueText={`${fmt(scale.toValue(state.values[i]))}${unitText}`} />
                ))}
              </>
            )}
          </SliderTrack>
        </Slider>
      ) : null}
      <p id={`${id}-data`} className="muted data-range">
        {hasData ? `Data: ${fmt(stats.min)} – ${fmt(stats.max)}${unit && unit !== '1' ? ` ${unit}` : ''}` : 'No data in the current results'}
      </p>
      {!withoutMissing && (
      <Switch
        className="switch"
        isSelected={!!includeMissing}
        isDisabled={!missingSupported}
        onChange={(v) => onIncludeMissing?.(v)}
        aria-describedby={missingSupported ? undefined : (missingNoteId ?? `${id}-nomissing`)}
      >
        <span className="switch-track" aria-hidden="true" />
        Include materials without this value
      </Switch>
      )}
      {!withoutMissing && !missingSupported && !missingNoteId && (
        <p id={`${id}-nomissing`} className="muted small">
          Not available yet: materials without a value are left out while this range is set.
        </p>
      )}
      {onRemove && (
        <button type="button" className="link" onClick={onRemove}>
          Remove {label} filter
        </button>
      )}
    </fieldset>
  );
}

/**
 * A slider thumb that announces the value in the field's unit (the slider itself runs over positions
 * 0..1000). React Aria derives aria-valuetext from the position only, so it is set on the input here.
 */
function Thumb({ index, label, valueText }: { index: number; label: string; valueText: string }) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    input.current?.setAttribute('aria-valuetext', valueText);
  });
  return <SliderThumb index={index} className="thumb" aria-label={label} inputRef={input} />;
}
