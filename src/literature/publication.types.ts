/** A publication as the literature layer stores it: one record per work. */

export const IMPORT_FORMATS = ['pubmed-xml', 'medline', 'ris', 'bibtex', 'csl-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface AbstractSection {
  label?: string | null;
  text: string;
}

export interface PublicationAuthor {
  family?: string | null;
  given?: string | null;
  /** A collective or unparsed name ("WHO Study Group"). */
  literal?: string | null;
  orcid?: string | null;
  affiliations: string[];
}

export interface PublicationJournal {
  title: string;
  isoAbbreviation?: string | null;
  issn?: string | null;
}

export interface MeshQualifier {
  id?: string | null;
  name: string;
  major: boolean;
}

export interface MeshHeading {
  descriptorId: string;
  name: string;
  major: boolean;
  qualifiers: MeshQualifier[];
}

export interface PublicationLabel {
  conceptId: string;
  scheme: string;
  source: 'curator' | 'machine';
}

export const REVIEW_STATES = ['unreviewed', 'in_review', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Where a curator's review of the publication's annotations stands (issue #18). */
export interface PublicationReview {
  state: ReviewState;
  by: string | null;
  at: Date | null;
}

export interface ProvenanceEntry {
  importId: string;
  format: ImportFormat | 'seed' | 'api';
  file?: string | null;
  query?: string | null;
  by: string;
  at: Date;
}

/** The bibliographic content of a publication: what codecs produce and curators edit. */
export interface PublicationContent {
  doi?: string | null;
  pmid?: string | null;
  pmcid?: string | null;
  title: string;
  abstract?: { sections: AbstractSection[] } | null;
  authors: PublicationAuthor[];
  journal?: PublicationJournal | null;
  year?: number | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  language?: string | null;
  publicationTypes: string[];
  keywords: string[];
  mesh: MeshHeading[];
  licence?: string | null;
  materials: string[];
  summary?: string | null;
}

export interface PublicationRecord extends PublicationContent {
  /** Our id: `pub-…`. */
  _id: string;
  labels: PublicationLabel[];
  review: PublicationReview;
  provenance: ProvenanceEntry[];
  retired: boolean;
  /** Bumped by every write: optimistic concurrency for editors. */
  revision: number;
  /** Same sync pattern as materials: a write that changes indexed content sets dirty and bumps the revision. */
  search: { dirty: boolean; revision: number };
  createdAt: Date;
  updatedAt: Date;
}

/** What one codec step yields: a record, or the reasons the record at `position` could not be read. */
export type CodecItem = { position: number; record: PublicationContent; error?: undefined } | { position: number; record?: undefined; error: string[] };

export type ImportStatus = 'created' | 'merged' | 'unchanged' | 'invalid' | 'conflict';

export interface ImportRecordResult {
  position: number;
  id?: string;
  status: ImportStatus;
  errors: string[];
}

export interface ImportReport {
  importId: string;
  format: ImportFormat;
  dryRun: boolean;
  created: number;
  merged: number;
  unchanged: number;
  invalid: number;
  conflicts: number;
  /** The first `literature.reportRecords` entries, in file order; the rest are counted in `recordsOmitted`. */
  records: ImportRecordResult[];
  /** Entries left out of `records` (the report stays the same size whatever the file's). */
  recordsOmitted: number;
  /** Where the full per-record list is (a paged resource), when entries were left out. */
  recordsUrl: string | null;
}

export const IMPORT_JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** A PubMed query import run in the background (collection `literature_import_jobs`). */
export interface ImportJobRecord {
  _id: string;
  query: string;
  maxRecords: number;
  state: ImportJobState;
  by: string;
  /** Records the query finds (capped at maxRecords); null until the search ran. */
  total: number | null;
  /** Records fetched and imported so far: the retstart of the next page. */
  fetched: number;
  created: number;
  merged: number;
  unchanged: number;
  invalid: number;
  conflicts: number;
  /** The first invalid or conflicting records (position in the query's results). */
  problems: ImportRecordResult[];
  problemsOmitted: number;
  /** The E-utilities history server's handle on the search results. */
  webEnv: string | null;
  queryKey: string | null;
  /** Bumped by every page commit: a runner that lost its lease cannot commit over another. */
  revision: number;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}
