/**
 * The literature search answer (GET /api/v1/literature/search), written by hand: the route comes
 * with another change and is not in openapi.json yet. Once it is, the merge regenerates
 * schema.d.ts and these names should point at its components instead.
 */
export interface LiteratureHit {
  id: string;
  title: string;
  authors: string[];
  journal?: string | null;
  year?: number | null;
  doi?: string | null;
  pmid?: string | null;
  publicationTypes: string[];
  materials: { slug: string; name: string }[];
  _formatted?: { title?: string; abstract?: string };
}

export interface LiteratureSearchAnswer {
  hits: LiteratureHit[];
  total: number;
  page: number;
  perPage: number;
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, { min: number; max: number }>;
}

export interface LiteratureSearchQuery {
  q?: string;
  filter?: Record<string, string>;
  range?: Record<string, string>;
  sort?: string;
  page?: number;
  perPage: number;
}
