import type { components } from '../api/schema';

/** The literature search answer (GET /api/v1/literature/search), as generated from openapi.json. */
export type LiteratureHit = components['schemas']['PublicationHit'];
export type LiteratureSearchAnswer = components['schemas']['LiteratureSearchAnswer'];

/** The page's own state of a literature search (what goes into the URL and the request). */
export interface LiteratureSearchQuery {
  q?: string;
  filter?: Record<string, string>;
  range?: Record<string, string>;
  sort?: string;
  page?: number;
  perPage: number;
  /** Publications labelled with this concept (the evidence summary's links). */
  concept?: string;
  /** Only publications whose annotations curators reviewed. */
  reviewed?: 'true' | 'false';
}
