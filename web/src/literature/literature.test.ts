import { describe, expect, it } from 'vitest';
import {
  authorName,
  facetsToShow,
  fileNameHeader,
  formatOfFile,
  formOf,
  identifierLinks,
  jobProgress,
  patchOf,
  recordCitation,
  reportSummary,
  shortAuthors,
  sourceText,
  toLiteratureQuery,
  type ImportJob,
  type Publication,
} from './literature';

const pub: Publication = {
  id: 'pub-x',
  title: 'A title',
  abstract: null,
  authors: [],
  journal: { title: 'Biomaterials', isoAbbreviation: 'Biomaterials', issn: '0142-9612' },
  year: 2020,
  volume: '12',
  issue: null,
  pages: '1-9',
  doi: '10.1000/xyz',
  pmid: null,
  pmcid: null,
  licence: null,
  keywords: ['titanium', 'implant'],
  labels: [],
  materials: [],
  mesh: [],
  provenance: [],
  publicationTypes: [],
  retired: false,
  revision: 4,
  summary: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('literature display', () => {
  it('names authors given-first, or by their collective name', () => {
    expect(authorName({ family: 'Curie', given: 'Marie', affiliations: [] })).toBe('Marie Curie');
    expect(authorName({ literal: 'WHO Study Group', affiliations: [] })).toBe('WHO Study Group');
    expect(shortAuthors(['Curie, Marie', 'Bohr, Niels', 'Meitner, Lise', 'Fermi, Enrico'])).toBe('Curie, Bohr, Meitner et al.');
    expect(shortAuthors(['Curie, Marie'])).toBe('Curie');
  });

  it('links DOI, PMID and PMCID to doi.org, PubMed and PubMed Central', () => {
    expect(identifierLinks({ doi: '10.1000/a<b', pmid: '123', pmcid: 'PMC9' }).map((l) => l.href)).toEqual([
      'https://doi.org/10.1000/a%3Cb',
      'https://pubmed.ncbi.nlm.nih.gov/123/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC9/',
    ]);
    expect(identifierLinks({})).toEqual([]);
  });

  it('writes the source as journal, year, volume(issue) and pages, leaving out what is unknown', () => {
    expect(sourceText({ journal: 'Biomaterials', year: 2024, volume: '31', issue: '4', pages: '12-20' })).toBe('Biomaterials 2024;31(4):12-20');
    expect(sourceText({ journal: null, year: 2024 })).toBe('2024');
    expect(sourceText({})).toBe('');
  });

  it('reads the facts of a record citation from its CSL-JSON', () => {
    const csl = JSON.stringify([{ title: 'Ti (material record, version 2)', version: '2', issued: { 'date-parts': [[2026, 3, 7]] }, URL: 'http://x/materials/ti?version=2' }]);
    expect(recordCitation(csl)).toEqual({ title: 'Ti (material record, version 2)', version: '2', date: '2026-03-07', url: 'http://x/materials/ti?version=2', licence: undefined });
    expect(recordCitation('not json')).toEqual({});
  });
});

describe('literature import', () => {
  it('guesses the format from the file name', () => {
    expect(formatOfFile('export.RIS')).toBe('ris');
    expect(formatOfFile('pubmed-result.nbib')).toBe('medline');
    expect(formatOfFile('refs.bib')).toBe('bibtex');
    expect(formatOfFile('efetch.xml')).toBe('pubmed-xml');
    expect(formatOfFile('items.json')).toBe('csl-json');
    expect(formatOfFile('notes.docx')).toBeNull();
  });

  it('sends only file names a header can carry', () => {
    expect(fileNameHeader('refs.ris')).toBe('refs.ris');
    expect(fileNameHeader('références.ris')).toBeNull();
  });

  it('counts the report and says how many records it does not list', () => {
    const r = { importId: 'i', format: 'ris' as const, dryRun: true, created: 2, merged: 1, unchanged: 0, invalid: 1, conflicts: 0, recordsOmitted: 3, recordsUrl: null, records: [{ position: 1, status: 'created' as const, errors: [] }] };
    const s = reportSummary(r);
    expect(s.total).toBe(4);
    expect(s.notListed).toBe(3);
    expect(s.text).toBe('Dry run: nothing was written. 4 records: 2 new, 1 merged, 0 unchanged, 1 invalid, 0 conflicts.');
    expect(reportSummary({ ...r, dryRun: false, created: 1, merged: 0, invalid: 0 }).text).toMatch(/^Imported\. 1 record: 1 new/);
  });

  it('shows a job in words with its percentage', () => {
    const job: ImportJob = { id: 'j', query: 'q', state: 'running', total: 200, fetched: 50, created: 40, merged: 10, invalid: 0 };
    expect(jobProgress(job)).toEqual({ percent: 25, text: 'Running: 50 of 200 records fetched (40 new, 10 merged, 0 invalid).' });
    expect(jobProgress({ ...job, state: 'queued', total: 0, fetched: 0 }).percent).toBe(0);
    // Before the job's search has run the total is unknown (null).
    expect(jobProgress({ ...job, state: 'queued', total: null, fetched: 0 })).toEqual({ percent: 0, text: 'Waiting to start.' });
    expect(jobProgress({ ...job, total: null, fetched: 0 }).text).toBe('Running: 0 records fetched (40 new, 10 merged, 0 invalid).');
    expect(jobProgress({ ...job, state: 'failed', error: 'PubMed did not answer' }).text).toBe('Failed after 50 of 200 records fetched: PubMed did not answer');
  });
});

describe('publication editor', () => {
  it('sends only what changed, emptied fields as null, with the revision', () => {
    const f = { ...formOf(pub), volume: '', pages: '1-10', keywords: 'titanium; implant; titanium; coating' };
    expect(patchOf(f, pub)).toEqual({ revision: 4, volume: null, pages: '1-10', keywords: ['titanium', 'implant', 'coating'] });
    expect(patchOf(formOf(pub), pub)).toEqual({ revision: 4 });
  });

  it('sends the journal whole when its title or ISSN changes, and a year as a number', () => {
    expect(patchOf({ ...formOf(pub), issn: '', year: '2021' }, pub)).toEqual({ revision: 4, year: 2021, journal: { title: 'Biomaterials', isoAbbreviation: 'Biomaterials', issn: null } });
    expect(patchOf({ ...formOf(pub), journal: ' ' }, pub).journal).toBeNull();
    // Not a number: sent as typed so that the API's message shows at the field.
    expect(patchOf({ ...formOf(pub), year: 'twenty' }, pub).year).toBe('twenty');
  });
});

describe('literature search', () => {
  it("turns the URL state into the API's filter and year range", () => {
    expect(toLiteratureQuery({ q: 'apatite', f: { journal: ['Biomaterials', 'Acta, B'] }, r: { year: [2010, null] }, page: 2, sort: 'year:desc' })).toEqual({
      q: 'apatite',
      filter: { journal: 'Biomaterials,Acta\\, B' },
      range: { year: '2010..' },
      sort: 'year:desc',
      page: 2,
      perPage: 20,
    });
    expect(toLiteratureQuery({})).toEqual({ perPage: 20 });
  });

  it('shows known facets in order, then others, never year, and keeps selected facets without counts', () => {
    const f = facetsToShow({ year: { 2020: 3 }, 'kw-new-scheme': { a: 1 }, journal: { B: 2 }, publicationType: { Review: 1 }, language: {} }, { language: ['eng'] });
    expect(f.map((x) => x.facet)).toEqual(['publicationType', 'journal', 'language', 'kw-new-scheme']);
    expect(f[3].label).toBe('New scheme');
  });
});
