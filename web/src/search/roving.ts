import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * A roving tab stop over the elements of a container matched by `selector`: one Tab stop for the
 * group (the last focused element, else the first), arrow keys and Home/End to move within it.
 * Cuts the Tab presses from the search box to the results (each facet value was a stop of its own).
 */
export function useRovingFocus(container: RefObject<HTMLElement | null>, selector: string) {
  const active = useRef(0);
  const items = () => [...(container.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
  useLayoutEffect(() => {
    const all = items();
    const focused = all.indexOf(document.activeElement as HTMLElement);
    if (focused >= 0) active.current = focused;
    const at = Math.min(active.current, all.length - 1);
    all.forEach((el, i) => (el.tabIndex = i === at ? 0 : -1));
  });
  const focusAt = (i: number) => {
    const all = items();
    if (!all.length) return;
    const next = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((el, k) => (el.tabIndex = k === next ? 0 : -1));
    active.current = next;
    all[next].focus();
  };
  return {
    onFocus: (e: { target: EventTarget }) => {
      const i = items().indexOf(e.target as HTMLElement);
      if (i >= 0) active.current = i;
    },
    onKeyDown: (e: KeyboardEvent) => {
      const i = items().indexOf(e.target as HTMLElement);
      if (i < 0) return;
      const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: items().length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      focusAt(to);
    },
    focusAt,
    /** Focus after a change that removed the focused element: the first element each test in turn accepts, else the first. */
    focusCurrent: (...prefer: ((el: HTMLElement) => boolean)[]) => {
      const all = items();
      for (const p of prefer) {
        const i = all.findIndex(p);
        if (i >= 0) return focusAt(i);
      }
      focusAt(0);
    },
  };
}
