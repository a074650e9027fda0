import { toApiQuery, type SearchState } from './params';

export type ExportFormat = 'csv' | 'json';

/** The search's own parameters for /search/export: query, filters, ranges, sort; no paging (every hit up to the cap). */
export function exportQuery(s: SearchState, fields: string[], opts: { missingSupported?: boolean } = {}) {
  const { facets: _facets, page: _page, perPage: _perPage, ...rest } = toApiQuery(s, { missingSupported: opts.missingSupported });
  return { ...rest, fields: fields.join(',') };
}

/** A link target for a download: the same query string openapi-fetch writes (deepObject: filter[class]=Metal). */
export function exportUrl(s: SearchState, fields: string[], format: ExportFormat, opts: { missingSupported?: boolean } = {}): string {
  const p = new URLSearchParams();
  p.set('format', format);
  for (const [k, v] of Object.entries(exportQuery(s, fields, opts))) {
    if (v === undefined) continue;
    if (typeof v === 'object') for (const [name, value] of Object.entries(v)) p.set(`${k}[${name}]`, value);
    else p.set(k, String(v));
  }
  return `/api/v1/search/export?${p.toString()}`;
}
