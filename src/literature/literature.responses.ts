import { z } from 'zod';
import { instant, named, pageOf } from '../common/contract/contract';
import { IMPORT_FORMATS, IMPORT_JOB_STATES } from './publication.types';

/** Response schemas of the literature layer (publications, imports, citation exports). */

const text = () => z.string().nullish();

export const AbstractSectionAnswer = named('AbstractSection', z.object({ label: text(), text: z.string() }), 'One section of an abstract (BACKGROUND, METHODS…), unlabelled when the abstract is plain');

export const PublicationAuthorAnswer = named(
  'PublicationAuthor',
  z.object({
    family: text(),
    given: text(),
    literal: text().meta({ description: 'A collective name, or a name that could not be split' }),
    orcid: text().meta({ description: 'ORCID iD (0000-0000-0000-0000), when the source gives one' }),
    affiliations: z.array(z.string()),
  }),
);

export const PublicationJournalAnswer = named('PublicationJournal', z.object({ title: z.string(), isoAbbreviation: text(), issn: text() }));

export const MeshHeadingAnswer = named(
  'MeshHeading',
  z.object({
    descriptorId: z.string().meta({ description: 'MeSH descriptor UI (D…)' }),
    name: z.string(),
    major: z.boolean().meta({ description: 'Major topic of the article' }),
    qualifiers: z.array(z.object({ id: text(), name: z.string(), major: z.boolean() })),
  }),
  'A MeSH heading: descriptor, major topic flag and its qualifiers',
);

export const PublicationLabelAnswer = named(
  'PublicationLabel',
  z.object({ conceptId: z.string(), scheme: z.string(), source: z.enum(['curator', 'machine']) }),
  'A concept of our vocabulary that labels the publication',
);

export const ProvenanceAnswer = named(
  'PublicationProvenance',
  z.object({
    importId: z.string(),
    format: z.enum([...IMPORT_FORMATS, 'seed', 'api']),
    file: text(),
    query: text(),
    by: z.string(),
    at: instant(),
  }),
  'Where a publication record came from: which import, file or query, who and when',
);

const summaryShape = {
  id: z.string(),
  doi: text(),
  pmid: text(),
  pmcid: text(),
  title: z.string(),
  authors: z.array(z.string()).meta({ description: 'Display names, "Family, Given" or the literal name' }),
  journal: text().meta({ description: 'Journal title' }),
  year: z.int().nullish(),
  volume: text(),
  issue: text(),
  pages: text(),
  publicationTypes: z.array(z.string()),
  materials: z.array(z.string()),
};

export const PublicationSummaryAnswer = named('PublicationSummary', z.object(summaryShape), 'A publication in a list: identifiers, title, authors, journal and year');
export const PublicationSummaryPageAnswer = pageOf('PublicationSummaryPage', PublicationSummaryAnswer);

export const PublicationAnswer = named(
  'Publication',
  z.object({
    id: z.string(),
    doi: text(),
    pmid: text(),
    pmcid: text(),
    title: z.string(),
    abstract: z.object({ sections: z.array(AbstractSectionAnswer) }).nullable(),
    authors: z.array(PublicationAuthorAnswer),
    journal: PublicationJournalAnswer.nullable(),
    year: z.int().nullable(),
    volume: text(),
    issue: text(),
    pages: text(),
    language: text(),
    publicationTypes: z.array(z.string()),
    keywords: z.array(z.string()),
    mesh: z.array(MeshHeadingAnswer),
    licence: text(),
    materials: z.array(z.string()),
    labels: z.array(PublicationLabelAnswer),
    summary: text().meta({ description: 'Our own words, never the publisher text' }),
    provenance: z.array(ProvenanceAnswer),
    retired: z.boolean(),
    revision: z.int().min(1),
    createdAt: instant(),
    updatedAt: instant(),
  }),
  'A publication record with its MeSH headings, labels, linked materials and provenance',
);

export const ImportRecordResultAnswer = named(
  'LiteratureImportRecord',
  z.object({
    position: z.int().min(1).meta({ description: '1-based position of the record in the file' }),
    id: z.string().optional(),
    status: z.enum(['created', 'merged', 'unchanged', 'invalid', 'conflict']),
    errors: z.array(z.string()),
  }),
);

export const ImportReportAnswer = named(
  'LiteratureImportReport',
  z.object({
    importId: z.string(),
    format: z.enum(IMPORT_FORMATS),
    dryRun: z.boolean(),
    created: z.int().min(0),
    merged: z.int().min(0),
    unchanged: z.int().min(0),
    invalid: z.int().min(0),
    conflicts: z.int().min(0),
    records: z.array(ImportRecordResultAnswer).meta({ description: 'The first entries (1,000 by default), in file order' }),
    recordsOmitted: z.int().min(0).meta({ description: 'Entries left out of `records`; the full list is at `recordsUrl`' }),
    recordsUrl: z.string().nullable().meta({ description: 'The full per-record list (paged), when entries were left out' }),
  }),
  'What a literature import did (or, in a dry run, would do), record by record (the first entries; the rest at recordsUrl)',
);

export const ImportRecordPageAnswer = pageOf('LiteratureImportRecordPage', ImportRecordResultAnswer);

const count = () => z.int().min(0);

export const ImportJobAnswer = named(
  'LiteratureImportJob',
  z.object({
    id: z.string(),
    query: z.string().meta({ description: 'The PubMed query, as typed in PubMed' }),
    maxRecords: z.int().min(1),
    state: z.enum(IMPORT_JOB_STATES),
    total: z.int().min(0).nullable().meta({ description: 'Records to import: what the query finds, capped at maxRecords (null until the search ran)' }),
    fetched: count().meta({ description: 'Records fetched and imported so far' }),
    created: count(),
    merged: count(),
    unchanged: count(),
    invalid: count(),
    conflicts: count(),
    problems: z.array(ImportRecordResultAnswer).meta({ description: 'The first invalid or conflicting records (position in the query results)' }),
    problemsOmitted: count(),
    error: z.string().nullable().meta({ description: 'Why the job failed, in plain words' }),
    by: z.string(),
    createdAt: instant(),
    updatedAt: instant(),
    startedAt: instant().nullable(),
    finishedAt: instant().nullable(),
  }),
  'A PubMed query import running in the background: progress, counts and problems',
);
export const ImportJobPageAnswer = pageOf('LiteratureImportJobPage', ImportJobAnswer);

export const CitationsAnswer = named(
  'Citations',
  z.union([z.string(), z.array(z.record(z.string(), z.unknown()))]),
  'Citations: CSL-JSON items (format=csl-json), or text: BibTeX, RIS, or an APA reference list (text/plain)',
);
