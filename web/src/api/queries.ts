import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import type { Concept, MaterialDetail, Me, Page, RangeField, SearchResponse, Suggestions } from './types';
import type { ApiSearchQuery } from '../search/params';
import { auth } from '../auth/tokens';
import { useSyncExternalStore } from 'react';
import { unitText } from '../ui/money';

export const searchQuery = (q: ApiSearchQuery) =>
  queryOptions({
    queryKey: ['search', q],
    queryFn: ({ signal }) => call(() => api.GET('/api/v1/search/materials', { params: { query: q }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/**
 * Search-as-you-type. One cache entry per text: an answer arriving for an older text never replaces
 * the newer one, and a request whose text is no longer wanted is aborted (its `signal`) once nothing
 * observes it.
 */
export const suggestQuery = (q: string) =>
  queryOptions({
    queryKey: ['suggest', q],
    queryFn: ({ signal }) => call(() => api.GET('/api/v1/search/suggest', { params: { query: { q } }, signal })),
    staleTime: 60_000,
  });

/** Concepts of one scheme (the vocabulary lists of pickers), sorted by English label. */
/** Labels of a scheme's concepts as the vocabulary writes them (id -> English preferred label), falling back to a label made from the id. */
export function useConceptLabels(scheme: string): (id: string) => string {
  const { data } = useQuery(conceptsQuery(scheme));
  return (id: string) => {
    const c = data?.items.find((x) => x.id === id);
    return c ? (c.prefLabel.en ?? Object.values(c.prefLabel)[0] ?? id) : id.split('/').pop()!.replace(/-/g, ' ').replace(/^./, (x) => x.toUpperCase());
  };
}

export const conceptsQuery = (scheme: string) =>
  queryOptions({
    queryKey: ['concepts', scheme, ''],
    staleTime: 60_000,
    queryFn: () => call(() => api.GET('/api/v1/vocabulary/concepts', { params: { query: { scheme, perPage: 100 } } })),
  });

/** The vocabulary's concept schemes, with titles and concept counts. */
export const schemesQuery = queryOptions({
  queryKey: ['schemes'],
  staleTime: 300_000,
  queryFn: () => call(() => api.GET('/api/v1/vocabulary/schemes')),
});

/** Numeric search fields: property types of the vocabulary that have a search field. */
export const rangeFieldsQuery = queryOptions({
  queryKey: ['range-fields'],
  staleTime: Infinity,
  queryFn: async (): Promise<RangeField[]> => {
    const page = await call(() => api.GET('/api/v1/vocabulary/concepts', { params: { query: { scheme: 'property-type', perPage: 100 } } }));
    return page.items
      .filter((c) => c.quantity?.searchField)
      .map((c) => ({ field: c.quantity!.searchField!, label: c.prefLabel.en ?? Object.values(c.prefLabel)[0] ?? c.id, unit: c.quantity!.canonicalUnit }))
      .concat([{ field: 'price', label: 'Lowest price', unit: 'EUR cents' }])
      .sort((a, b) => a.label.localeCompare(b.label));
  },
});

export const useRangeFields = () => useQuery(rangeFieldsQuery);
export function useFieldInfo() {
  const { data } = useRangeFields();
  return (field: string) => {
    const f = data?.find((r) => r.field === field);
    return { label: f?.label ?? field, unit: unitText(f?.unit) };
  };
}

export const materialQuery = (slug: string) =>
  queryOptions({
    queryKey: ['material', slug],
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}', { params: { path: { slug } } })),
    staleTime: 60_000,
  });

export function useSignedIn(): boolean {
  return useSyncExternalStore(auth.subscribe, auth.signedIn, () => false);
}

export function useMe() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ['me', signedIn],
    enabled: signedIn,
    staleTime: 60_000,
    queryFn: () => call(() => api.GET('/api/v1/me')),
  });
}

export const hasRole = (me: Me | undefined, role: string) => !!me && (me.effectiveRoles ?? me.roles).includes(role);
