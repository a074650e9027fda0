import { useEffect, useRef } from 'react';
import { useRovingFocus } from './roving';

export const SEP = ' > ';

export interface HierarchyMenuProps {
  /** value path -> count; paths such as "Metal > Titanium alloy" (the API's hierarchical facet counts) */
  counts: Record<string, number>;
  /** the selected path, e.g. "Metal > Titanium alloy" */
  selected?: string;
  onSelect: (path: string | undefined) => void;
  label?: string;
  /** unique per page: the heading's id and the menu's landmark names derive from it */
  id?: string;
  /** the breadcrumb's first crumb, which clears the selection */
  allLabel?: string;
}
/** @deprecated the former name */
export type ClassMenuProps = HierarchyMenuProps;

/** Children of `parent` (top level when undefined) with their counts. */
export function childrenOf(counts: Record<string, number>, parent?: string): { path: string; label: string; count: number }[] {
  const depth = parent ? parent.split(SEP).length : 0;
  return Object.entries(counts)
    .filter(([path]) => path.split(SEP).length === depth + 1 && (!parent || path.startsWith(parent + SEP)))
    .map(([path, count]) => ({ path, label: path.split(SEP).pop()!, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * A hierarchical menu: the breadcrumb of the selected path, then the next level below it (or the
 * siblings of a selected leaf). One path at a time; choosing a child narrows, a crumb widens.
 */
export function HierarchyMenu({ counts, selected, onSelect, label = 'Material class', id = 'class-menu', allLabel = 'All classes' }: HierarchyMenuProps) {
  const list = useRef<HTMLUListElement>(null);
  const roving = useRovingFocus(list, '.class-item');
  // A choice replaces the buttons (children of the chosen one, or the crumb becomes text): focus
  // moves to the chosen item, else the first of the new level, instead of falling to the page.
  const refocus = useRef<{ from?: string } | null>(null);
  const choose = (path: string | undefined) => {
    refocus.current = { from: selected };
    onSelect(path);
  };
  useEffect(() => {
    if (!refocus.current) return;
    const { from } = refocus.current;
    refocus.current = null;
    if (list.current?.closest('section')?.contains(document.activeElement)) return;
    // The chosen item, else (widening) the one the previous choice was under, else the first.
    const path = (el: HTMLElement) => el.dataset.path ?? '';
    const under = (el: HTMLElement) => !!from && (from === path(el) || from.startsWith(path(el) + SEP));
    roving.focusCurrent((el) => el.getAttribute('aria-pressed') === 'true', under);
  }, [selected]);
  const crumbs = selected ? selected.split(SEP) : [];
  let parent = selected;
  let items = childrenOf(counts, parent);
  if (selected && items.length === 0) {
    parent = crumbs.length > 1 ? crumbs.slice(0, -1).join(SEP) : undefined;
    items = childrenOf(counts, parent);
  }
  return (
    <section className="facet class-menu" aria-labelledby={`${id}-title`} data-menu={id}>
      <h2 id={`${id}-title`} className="facet-title">
        {label}
      </h2>
      <nav aria-label={`${label} breadcrumb`}>
        <ol className="crumbs">
          <li>
            {selected ? (
              <button type="button" className="link" onClick={() => choose(undefined)}>
                {allLabel}
              </button>
            ) : (
              <span aria-current="location">{allLabel}</span>
            )}
          </li>
          {crumbs.map((c, i) => {
            const path = crumbs.slice(0, i + 1).join(SEP);
            return (
              <li key={path}>
                {path === selected ? (
                  <span aria-current="location">{c}</span>
                ) : (
                  <button type="button" className="link" onClick={() => choose(path)}>
                    {c}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <ul className="class-items" ref={list} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {items.map((i) => (
          <li key={i.path}>
            <button type="button" className="class-item" data-path={i.path} aria-pressed={i.path === selected} onClick={() => choose(i.path === selected ? parent : i.path)}>
              <span>{i.label}</span>
              <span className="count" aria-label={`${i.count} materials`}>
                {i.count}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The material class menu. */
export const ClassMenu = (props: HierarchyMenuProps) => <HierarchyMenu {...props} />;
