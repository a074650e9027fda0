/**
 * Response shapes the UI reads. openapi.json declares request parameters and bodies (typed through
 * schema.d.ts) but no 200 response schemas yet, so the answers are described here by hand.
 */
export interface Labelled {
  id: string;
  label: string;
}
export interface PropertyEnvelope {
  value: number | null;
  min: number | null;
  max: number | null;
}
export interface MaterialListItem {
  slug: string;
  name: string;
  synonyms?: string[];
  tradeNames?: string[];
  summary?: string;
  class?: Labelled & { path: string[] };
  applications?: Labelled[];
  forms?: Labelled[];
  standards?: string[];
  version?: number;
  publishedAt?: string;
}
export interface SearchHit extends MaterialListItem {
  properties?: Record<string, PropertyEnvelope>;
  market?: { offerCount: number; inStock: boolean; lowestPriceEurMinor: number | null; certifications: string[]; supplierCountries: string[] };
  _formatted?: { name?: string; summary?: string };
}
export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  page: number;
  perPage: number;
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, { min: number; max: number; unit: string }>;
  processingTimeMs: number;
}
export interface Reference {
  key: string;
  url?: string;
  doi?: string;
  title?: string;
}
export interface PropertyValue {
  type: string;
  typeLabel?: string;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit: string;
  conditions?: string | null;
  method?: string | null;
  reference?: Reference | string | null;
  normalized?: { unit: string; value?: number; min?: number; max?: number };
}
export interface MaterialDetail extends MaterialListItem {
  casNumber?: string | null;
  composition?: { component: string; fraction: { value?: number; min?: number; max?: number }; basis?: string }[];
  properties: PropertyValue[];
  biocompatibility?: { endpoint?: Labelled | string; result?: string; standard?: string; reference?: Reference | string; [k: string]: unknown }[];
  regulatory?: { pathway?: Labelled | string; status?: string; region?: string; [k: string]: unknown }[];
  sustainability?: Record<string, unknown> | null;
  keywords?: Record<string, Labelled[]>;
  references?: Reference[];
}
export interface Concept {
  id: string;
  scheme: string;
  prefLabel: Record<string, string>;
  altLabels?: Record<string, string[]>;
  hiddenLabels?: Record<string, string[]>;
  definition?: Record<string, string>;
  broader: string[];
  narrower: string[];
  exactMatch?: string[];
  closeMatch?: string[];
  quantity?: { canonicalUnit: string; min: number | null; max: number | null; searchField?: string | null } | null;
  revision: number;
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}
/** A numeric search field with its label and canonical unit (from the property-type vocabulary). */
export interface RangeField {
  field: string;
  label: string;
  unit: string;
}
export interface Me {
  id: string;
  email: string;
  name: string;
  orcid?: string | null;
  roles: string[];
  effectiveRoles: string[];
  organizationId?: string | null;
  organizationRole?: string | null;
  emailVerified?: boolean;
}
export interface Offer {
  id: string;
  supplierOrgId: string;
  supplierName?: string;
  sku: string;
  materialSlug: string;
  title: string;
  grade: string;
  form: string | null;
  packSize: { value: number; unit: string };
  currency: string;
  priceTiers: { minQuantity: number; unitPriceMinor: number }[];
  stockOnHand: number;
  stockAvailable: number;
  leadTimeDays: number;
  minOrderQuantity: number;
  certifications: string[];
  shipsTo: string[];
  sampleAvailable: boolean;
  state: string;
  revision: number;
}
export interface QuoteRequest {
  id: string;
  buyerUserId: string;
  supplierOrgId: string;
  offerId: string;
  materialSlug: string;
  /** ISO 4217: the offer's; quotes and counter-offers are in it. */
  currency: string;
  quantity: number;
  state: string;
  quote: { unitPriceMinor: number; quantity: number; currency: string; validUntil: string } | null;
  counter: { unitPriceMinor: number | null; quantity: number } | null;
  orderId: string | null;
  messages: { at: string; by: string; side: 'buyer' | 'supplier'; text: string }[];
  history: { at: string; from: string | null; to: string; by: string }[];
  revision: number;
  createdAt: string;
  availableActions: string[];
}
export interface Order {
  id: string;
  state: string;
  lines: { offerId: string; quantity: number; unitPriceMinor?: number; title?: string; materialSlug?: string }[];
  currency?: string;
  totalMinor?: number;
  paymentMethod?: string;
  availableActions?: string[];
  createdAt?: string;
  [k: string]: unknown;
}
export interface CurationView {
  slug: string;
  state: string;
  revision: number;
  publishedVersion: number;
  lastEditorId: string | null;
  reviewComment: string | null;
  draft: Record<string, unknown> | null;
  published: Record<string, unknown> | null;
  changes: { op: string; path: string; value?: unknown }[];
  availableActions: string[];
  updatedAt: string;
}
/** `GET /api/v1/search/suggest`: material names (highlighted) and facet values that lead to results. */
export interface Suggestions {
  materials: { slug: string; name: string; _formatted?: { name?: string } }[];
  concepts: { facet: string; value: string; count: number }[];
}
