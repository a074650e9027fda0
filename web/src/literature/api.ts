import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { CitationFormat } from './literature';

/** What to cite: one publication, a material's references, or one published version of a material record. */
export type CiteTarget = { publication: string } | { material: string; version?: number };

/** The citations of `target` as text (BibTeX, RIS, CSL-JSON or APA), as the API writes them. */
export function citations(target: CiteTarget, format: CitationFormat): Promise<string> {
  const query = { format };
  if ('publication' in target) return call(() => api.GET('/api/v1/literature/publications/{id}/cite', { params: { path: { id: target.publication }, query }, parseAs: 'text' })) as Promise<string>;
  if (target.version) return call(() => api.GET('/api/v1/materials/{slug}/versions/{version}/cite', { params: { path: { slug: target.material, version: target.version! }, query }, parseAs: 'text' })) as Promise<string>;
  return call(() => api.GET('/api/v1/materials/{slug}/publications/cite', { params: { path: { slug: target.material }, query }, parseAs: 'text' })) as Promise<string>;
}

export const citationQuery = (target: CiteTarget, format: CitationFormat) =>
  queryOptions({ queryKey: ['cite', target, format], staleTime: 60_000, queryFn: () => citations(target, format) });

export const publicationQuery = (id: string) =>
  queryOptions({
    queryKey: ['publication', id],
    staleTime: 30_000,
    queryFn: () => call(() => api.GET('/api/v1/literature/publications/{id}', { params: { path: { id } } })),
  });

type Untyped = (path: string, init: { body?: unknown; params?: { query?: unknown }; signal?: AbortSignal }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const untyped = { GET: api.GET as unknown as Untyped, POST: api.POST as unknown as Untyped };

/**
 * A call of a route the generated client does not know yet (import jobs, literature search, added by
 * other changes): the same client, token refresh and errors, typed by the caller.
 */
export function callUntyped<T>(method: 'GET' | 'POST', path: string, init: Parameters<Untyped>[1] = {}): Promise<T> {
  return call(() => untyped[method](path, init)) as Promise<T>;
}
