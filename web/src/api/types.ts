/**
 * Names for the API's answer types, all generated from openapi.json (schema.d.ts, `npm run
 * web:client`). Only what the API does not send is written here by hand (RangeField).
 */
import type { components } from './schema';

type S = components['schemas'];
export type Labelled = S['ConceptRef'];
export type PropertyEnvelope = S['NumericSummary'];
export type MaterialListItem = S['MaterialItem'];
export type SearchHit = S['SearchHit'];
export type SearchResponse = S['SearchAnswer'];
export type Reference = S['LiteratureReference'];
export type PropertyValue = S['PropertyView'];
export type MaterialDetail = S['MaterialDetail'];
export type MaterialContent = S['MaterialContent'];
export type Concept = S['Concept'];
export type Me = S['Me'];
export type Offer = S['Offer'];
export type QuoteRequest = S['QuoteRequest'];
export type Order = S['Order'];
export type CurationView = S['CurationRecord'];
export type Suggestions = S['Suggestions'];
export type Organization = S['Organization'];
export type ApiKey = S['ApiKey'];
export type TermRequest = S['TermRequest'];
export type VersionSummary = S['VersionSummary'];
export type AuditEvent = S['AuditEvent'];
export type MaterialImportReport = S['MaterialImportReport'];
export type VocabularyImportReport = S['VocabularyImportReport'];
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

/** A numeric search field with its label and canonical unit (from the property-type vocabulary; not an API type). */
export interface RangeField {
  field: string;
  label: string;
  unit: string;
}
export type Cart = S['Cart'];
export type CartLine = S['CartLine'];
export type BookAddress = S['BookAddress'];
export type CheckoutPreview = S['CheckoutPreview'];
export type PostalAddress = S['PostalAddress'];
export type SearchExport = S['SearchExport'];
