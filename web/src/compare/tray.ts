import { useSyncExternalStore } from 'react';

/** The compare tray: up to 20 material slugs, kept in localStorage and shared through /compare?s=... */
export const MAX_COMPARE = 20;
const KEY = 'biomat.compare';
const listeners = new Set<() => void>();
let cache: string[] | null = null;

function read(): string[] {
  if (cache) return cache;
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    cache = Array.isArray(v) ? v.filter((x) => typeof x === 'string').slice(0, MAX_COMPARE) : [];
  } catch {
    cache = [];
  }
  return cache;
}

export const tray = {
  list: read,
  set(slugs: string[]) {
    cache = [...new Set(slugs)].slice(0, MAX_COMPARE);
    localStorage.setItem(KEY, JSON.stringify(cache));
    listeners.forEach((l) => l());
  },
  toggle(slug: string): boolean {
    const cur = read();
    if (cur.includes(slug)) tray.set(cur.filter((s) => s !== slug));
    else if (cur.length >= MAX_COMPARE) return false;
    else tray.set([...cur, slug]);
    return true;
  },
  subscribe(l: () => void) {
    listeners.add(l);
    return () => void listeners.delete(l);
  },
};

export const useTray = () => useSyncExternalStore(tray.subscribe, read, () => []);
