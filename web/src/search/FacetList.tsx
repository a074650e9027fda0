import { useId, useMemo, useRef, useState } from 'react';
import { useRovingFocus } from './roving';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';

export interface FacetListProps {
  facet: string;
  label: string;
  /** value -> count (disjunctive: counted as if this facet's own selection were off) */
  counts: Record<string, number>;
  selected: string[];
  onChange: (values: string[]) => void;
  /** Values matching a typed text, for lists longer than what is shown (the API's facet-value search). */
  searchValues?: (text: string) => Promise<{ value: string; count: number }[]>;
  /** How many values to show before "Show more". */
  limit?: number;
  valueLabel?: (v: string) => string;
}

/**
 * A disjunctive facet: checkboxes (OR within the facet) with counts, a filter over the values, and
 * "show more". Selected values stay listed even when their count drops to 0.
 */
export function FacetList({ facet, label, counts, selected, onChange, searchValues, limit = 8, valueLabel = (v) => v }: FacetListProps) {
  const [text, setText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [remote, setRemote] = useState<{ text: string; values: { value: string; count: number }[] } | null>(null);
  const inputId = useId();
  const group = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(group, '.facet-value input');
  // While focus is in the list its order stays put: a value that moved under the pointer or the
  // keyboard (selected values go first, counts change) would lose the focus or the next click.
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const entries = useMemo(() => {
    const all = new Map(Object.entries(counts));
    for (const s of selected) if (!all.has(s)) all.set(s, 0);
    let list = [...all.entries()].map(([value, count]) => ({ value, count }));
    const needle = text.trim().toLowerCase();
    if (needle) {
      list = list.filter((e) => valueLabel(e.value).toLowerCase().includes(needle));
      if (remote && remote.text === needle) for (const r of remote.values) if (!list.some((e) => e.value === r.value)) list.push(r);
    }
    const at = (v: string) => (frozen?.includes(v) ? frozen.indexOf(v) : Infinity);
    return list.sort((a, b) => (frozen ? at(a.value) - at(b.value) : 0) || Number(selected.includes(b.value)) - Number(selected.includes(a.value)) || b.count - a.count || a.value.localeCompare(b.value));
  }, [counts, selected, text, remote, valueLabel, frozen]);
  const total = Object.keys(counts).length;
  const shown = expanded || text ? entries : entries.slice(0, Math.max(limit, selected.length));

  const onText = (value: string) => {
    setText(value);
    const needle = value.trim().toLowerCase();
    if (needle && searchValues) void searchValues(needle).then((values) => setRemote({ text: needle, values }), () => undefined);
  };

  return (
    <div
      ref={group}
      onKeyDown={roving.onKeyDown}
      onFocus={(e) => {
        roving.onFocus(e);
        if (!frozen) setFrozen(entries.map((x) => x.value));
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFrozen(null);
      }}
    >
    <CheckboxGroup className="facet" value={selected} onChange={onChange} data-facet={facet}>
      <Label className="facet-title">{label}</Label>
      {total > limit && (
        <div className="facet-search">
          <label htmlFor={inputId} className="sr-only">
            Search {label.toLowerCase()} values
          </label>
          <input id={inputId} type="search" placeholder={`Search ${label.toLowerCase()}`} value={text} onChange={(e) => onText(e.target.value)} />
        </div>
      )}
      {shown.length === 0 && <p className="muted">No matching values.</p>}
      {shown.map((e) => (
        <Checkbox key={e.value} value={e.value} className="facet-value">
          <span className="box" aria-hidden="true" />
          <span className="facet-label">{valueLabel(e.value)}</span>
          <span className="count" aria-label={`${e.count} materials`}>
            {e.count}
          </span>
        </Checkbox>
      ))}
      {!text && entries.length > shown.length && (
        <button type="button" className="link" onClick={() => setExpanded(true)}>
          Show all {entries.length}
        </button>
      )}
      {!text && expanded && entries.length > limit && (
        <button type="button" className="link" onClick={() => setExpanded(false)}>
          Show fewer
        </button>
      )}
    </CheckboxGroup>
    </div>
  );
}
