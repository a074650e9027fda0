import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodecItem, ImportFormat } from '../publication.types';
import { formatOfFile, readPublications, RefusedFileError } from '.';
import { contentToCsl, formatCitations, parseWithCitationJs } from './csl';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'literature');

/** The file in chunks of `size` bytes, as a request body arrives (split inside tags and characters). */
async function* chunks(buf: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

async function read(format: ImportFormat, file: string | Buffer, size = 7, meshIdOf?: (n: string) => string | null): Promise<CodecItem[]> {
  const buf = typeof file === 'string' ? readFileSync(join(FIXTURES, file)) : file;
  const out: CodecItem[] = [];
  for await (const item of readPublications(format, chunks(buf, size), { meshIdOf })) out.push(item);
  return out;
}

describe('PubMed XML codec (saxes)', () => {
  it('reads articles with structured abstracts, authors, identifiers and MeSH, whatever the chunking', async () => {
    for (const size of [3, 64, 1 << 20]) {
      const items = await read('pubmed-xml', 'three-articles.xml', size);
      expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
      const first = items[0].record!;
      expect(first).toMatchObject({ pmid: '99000001', doi: '10.5555/fixture.0001', year: 2021, volume: '12', issue: '3', pages: '101-109' });
      expect(first.title).toBe('Bone ingrowth into porous titanium scaffolds in a rabbit femur model');
      expect(first.abstract!.sections.map((s) => s.label)).toEqual(['BACKGROUND', 'METHODS', 'RESULTS']);
      expect(first.abstract!.sections[1].text).toBe('Scaffolds were placed in twelve animals & examined after eight weeks.');
      expect(first.authors[0]).toMatchObject({ family: 'Rossi', given: 'Anna' });
      expect(first.mesh.length).toBeGreaterThan(0);
      expect(first.mesh.every((m) => /^D\d+$/.test(m.descriptorId))).toBe(true);
    }
  });

  it('reports a bad article with its position and reads the others', async () => {
    const items = await read('pubmed-xml', 'one-bad-article.xml');
    expect(items.map((i) => [i.position, !!i.record])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(items[1].error!.join(' ')).toMatch(/not-a-number.*not a PMID|no title/);
  });

  it('refuses a DOCTYPE that declares entities, before any record', async () => {
    await expect(read('pubmed-xml', 'external-entity.xml')).rejects.toBeInstanceOf(RefusedFileError);
    const internal = Buffer.from('<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY a "aaaa">]><PubmedArticleSet></PubmedArticleSet>');
    await expect(read('pubmed-xml', internal)).rejects.toThrow(/entit/i);
  });

  it('refuses a file that is not a PubmedArticleSet, and reports where the XML breaks', async () => {
    await expect(read('pubmed-xml', Buffer.from('<html><body/></html>'))).rejects.toThrow(/PubmedArticleSet/);
    const cut = readFileSync(join(FIXTURES, 'three-articles.xml')).toString('utf8');
    const broken = Buffer.from(cut.slice(0, cut.indexOf('</PubmedArticle>') + '</PubmedArticle>'.length) + '<PubmedArticle><oops</PubmedArticleSet>');
    const items = await read('pubmed-xml', broken);
    expect(items[0].record).toBeDefined();
    expect(items[items.length - 1].error![0]).toMatch(/not well-formed/);
  });
});

describe('MEDLINE / nbib codec', () => {
  it('reads tagged records with continuation lines, identifiers, ORCID and MeSH names mapped to ids', async () => {
    const items = await read('medline', 'two-records.nbib', 5, (name) => (name === 'Corrosion' ? 'D003343' : name === 'Titanium' ? 'D014025' : null));
    expect(items).toHaveLength(2);
    const r = items[0].record!;
    expect(r).toMatchObject({ pmid: '99000031', doi: '10.5555/fixture.0031', pmcid: 'PMC9900031', year: 2020, volume: '4', issue: '2', pages: '55-61' });
    expect(r.title).toMatch(/^Corrosion of a titanium alloy in simulated body fluid over twelve weeks/);
    expect(r.authors[0]).toMatchObject({ family: 'Okafor', given: 'Chidi', orcid: '0000-0000-0000-0031' });
    expect(r.authors[0].affiliations).toEqual(['Invented University, Lagos.']);
    expect(r.mesh.map((m) => m.descriptorId)).toEqual(['D003343', 'D014025']);
    expect(r.mesh.find((m) => m.descriptorId === 'D003343')!.major).toBe(true);
    expect(r.keywords).toContain('simulated body fluid');
  });

  it('reports a record without a title and keeps going', async () => {
    const items = await read('medline', Buffer.from('PMID- 99000091\nDP  - 2020\n\nPMID- 99000092\nTI  - A title\n'));
    expect(items.map((i) => [i.position, !!i.record])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

describe('RIS, BibTeX and CSL-JSON codecs (citation-js)', () => {
  it('reads RIS records', async () => {
    const items = await read('ris', 'two-records.ris');
    expect(items.map((i) => i.record?.doi)).toEqual(['10.5555/fixture.0041', '10.5555/fixture.0042']);
    expect(items[0].record!.authors.map((a) => a.family)).toEqual(['Berg', 'Holm']);
  });

  it('reads BibTeX with @string macros; an entry whose braces never close fails alone', async () => {
    const items = await read('bibtex', 'three-entries.bib', 11);
    const ok = items.filter((i) => i.record);
    expect(ok.map((i) => i.record!.doi)).toEqual(['10.5555/fixture.0051', '10.5555/fixture.0053']);
    expect(ok[0].record!.journal?.title).toBe('Journal of Invented Biomaterials');
    expect(items.some((i) => i.error)).toBe(true);
  });

  it('reads CSL-JSON items, streamed, each item its own position', async () => {
    const items = await read('csl-json', 'two-items.csl.json', 9);
    expect(items.map((i) => [i.position, i.record?.doi])).toEqual([
      [1, '10.5555/fixture.0061'],
      [2, '10.5555/fixture.0062'],
    ]);
    expect(items[1].record!.authors[0].literal).toBe('Invented Alginate Consortium');
  });

  it('turns our records into BibTeX and RIS that parse back to the same title, DOI, year and authors', () => {
    const record = { title: 'A {braced} title: with & symbols', doi: '10.5555/fixture.0099', year: 2019, authors: [{ family: 'Müller', given: 'Jörg', affiliations: [] }, { family: 'Ng', given: 'Li', affiliations: [] }], journal: { title: 'Invented Letters' }, volume: '3', pages: '1-9', publicationTypes: ['Journal Article'], keywords: [], mesh: [], materials: [] };
    for (const [format, type] of [
      ['bibtex', '@bibtex/text'],
      ['ris', '@ris/file'],
    ] as const) {
      const back = parseWithCitationJs(formatCitations([contentToCsl('pub-x', record)], format) as string, type)[0];
      expect(String(back.DOI).toLowerCase()).toBe(record.doi);
      expect((back.issued as { 'date-parts': number[][] })['date-parts'][0][0]).toBe(2019);
      expect((back.author as { family: string }[]).map((a) => a.family)).toEqual(['Müller', 'Ng']);
      expect(String(back.title).replace(/[{}]/g, '')).toBe('A braced title: with & symbols');
    }
  });

  it('guesses the format from the file name', () => {
    expect(['a.xml', 'a.nbib', 'a.ris', 'a.bib', 'a.json', 'a.docx'].map(formatOfFile)).toEqual(['pubmed-xml', 'medline', 'ris', 'bibtex', 'csl-json', null]);
  });
});
