import { SaxesParser } from 'saxes';
import { normalizeDoi, normalizeOrcid, normalizePmcid, normalizePmid } from '../identifiers';
import { AbstractSection, CodecItem, MeshHeading, PublicationAuthor, PublicationContent } from '../publication.types';
import { RefusedFileError } from './lines';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const ARTICLE = new Set(['PubmedArticle', 'PubmedBookArticle']);
// An article larger than this is not an article (and would make memory unbounded).
const MAX_ARTICLE_CHARS = 4 * 1024 * 1024;

/**
 * PubMed XML (E-utilities efetch `PubmedArticleSet`) through the streaming parser saxes: one
 * article's element tree at a time. saxes never reads a DTD or resolves an external entity; on
 * top of that any DOCTYPE that declares entities is refused, so a hostile file fails up front.
 */
export async function* readPubmedXml(source: AsyncIterable<Buffer | string>): AsyncGenerator<CodecItem> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const decoder = new TextDecoder('utf-8');
  const ready: CodecItem[] = [];
  let n = 0;
  let stack: El[] = [];
  let size = 0;
  let fatal: Error | null = null;
  let sawRoot = false;
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype) || /\[/.test(doctype)) fatal = new RefusedFileError('The file declares entities in its DOCTYPE; entity declarations are refused (no DTD is ever read).');
  });
  parser.on('opentag', (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'PubmedArticleSet') fatal = new RefusedFileError(`A PubMed XML file starts with <PubmedArticleSet>, not <${tag.name}>.`);
    }
    if (stack.length === 0 && !ARTICLE.has(tag.name)) return;
    const el: El = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    if (stack.length === 0) return;
    size += text.length;
    stack[stack.length - 1].children.push(text);
  });
  parser.on('cdata', (text) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(text);
  });
  parser.on('closetag', () => {
    if (stack.length === 0) return;
    const el = stack.pop()!;
    if (stack.length === 0) {
      const position = ++n;
      const oversize = size > MAX_ARTICLE_CHARS;
      size = 0;
      if (oversize) {
        ready.push({ position, error: ['The article is larger than 4 MB of text.'] });
        return;
      }
      const { record, errors } = articleToContent(el);
      ready.push(record ? { position, record } : { position, error: errors });
    }
  });
  parser.on('error', (err) => {
    fatal ??= err;
  });
  for await (const chunk of source) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (fatal) break;
    yield* ready.splice(0);
  }
  if (!fatal) parser.close();
  if (fatal) {
    const err: Error = fatal;
    if (err instanceof RefusedFileError) throw err;
    yield* ready.splice(0);
    // Past a syntax error the XML cannot be read on; what came before has landed.
    yield { position: n + 1, error: [`The XML is not well-formed here: ${err.message.split('\n')[0]}`] };
    stack = [];
    return;
  }
  yield* ready.splice(0);
  if (!sawRoot) throw new RefusedFileError('The file has no <PubmedArticleSet> element.');
}

const kids = (el: El | undefined, name: string): El[] => (el ? (el.children.filter((c) => typeof c !== 'string' && c.name === name) as El[]) : []);
const kid = (el: El | undefined, name: string): El | undefined => kids(el, name)[0];
const path = (el: El | undefined, ...names: string[]): El | undefined => names.reduce<El | undefined>((e, n) => kid(e, n), el);
function textOf(el: El | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
const clean = (s: string): string | null => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
};

export function articleToContent(article: El): { record?: PublicationContent; errors: string[] } {
  const errors: string[] = [];
  const citation = kid(article, 'MedlineCitation') ?? kid(article, 'BookDocument');
  const art = kid(citation, 'Article');
  const rawPmid = clean(textOf(kid(citation, 'PMID')));
  const pmid = normalizePmid(rawPmid);
  if (!rawPmid) errors.push('The article has no PMID.');
  else if (!pmid) errors.push(`"${rawPmid}" is not a PMID.`);
  const title = clean(textOf(kid(art, 'ArticleTitle') ?? kid(citation, 'ArticleTitle') ?? kid(citation, 'BookTitle')));
  if (!title) errors.push('The article has no title.');

  const idList = kids(path(article, 'PubmedData', 'ArticleIdList'), 'ArticleId');
  const idOf = (type: string) => clean(textOf(idList.find((e) => e.attrs.IdType === type)));
  const eloc = kids(art, 'ELocationID').find((e) => e.attrs.EIdType === 'doi');
  const rawDoi = idOf('doi') ?? clean(textOf(eloc));
  const doi = normalizeDoi(rawDoi);
  if (rawDoi && !doi) errors.push(`"${rawDoi}" is not a DOI.`);

  const sections: AbstractSection[] = kids(kid(art, 'Abstract'), 'AbstractText')
    .map((e) => ({ ...(e.attrs.Label && { label: e.attrs.Label }), text: clean(textOf(e)) ?? '' }))
    .filter((s) => s.text);

  const authors: PublicationAuthor[] = kids(kid(art, 'AuthorList'), 'Author').map((a) => {
    const collective = clean(textOf(kid(a, 'CollectiveName')));
    const orcid = kids(a, 'Identifier').find((i) => i.attrs.Source === 'ORCID');
    const affiliations = kids(a, 'AffiliationInfo')
      .map((i) => clean(textOf(kid(i, 'Affiliation'))))
      .filter((x): x is string => !!x);
    const base = collective ? { literal: collective } : { family: clean(textOf(kid(a, 'LastName'))), given: clean(textOf(kid(a, 'ForeName'))) ?? clean(textOf(kid(a, 'Initials'))) };
    return { ...base, ...(orcid && { orcid: normalizeOrcid(textOf(orcid)) }), affiliations };
  });

  const journal = kid(art, 'Journal');
  const issue = kid(journal, 'JournalIssue');
  const pubDate = kid(issue, 'PubDate');
  const yearText = clean(textOf(kid(pubDate, 'Year'))) ?? clean(textOf(kid(pubDate, 'MedlineDate')))?.slice(0, 4) ?? null;
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText && year === null) errors.push(`"${yearText}" is not a year.`);

  const mesh: MeshHeading[] = kids(kid(citation, 'MeshHeadingList'), 'MeshHeading').flatMap((h) => {
    const d = kid(h, 'DescriptorName');
    const descriptorId = d?.attrs.UI;
    const name = clean(textOf(d));
    if (!descriptorId || !name) return [];
    return [
      {
        descriptorId,
        name,
        major: d.attrs.MajorTopicYN === 'Y',
        qualifiers: kids(h, 'QualifierName').map((q) => ({ id: q.attrs.UI ?? null, name: clean(textOf(q)) ?? '', major: q.attrs.MajorTopicYN === 'Y' })),
      },
    ];
  });
  const keywords = kids(citation, 'KeywordList')
    .flatMap((l) => kids(l, 'Keyword'))
    .map((k) => clean(textOf(k)))
    .filter((k): k is string => !!k);
  const journalTitle = clean(textOf(kid(journal, 'Title')));
  if (errors.length > 0 || !title) return { errors };
  return {
    errors,
    record: {
      doi,
      pmid,
      pmcid: normalizePmcid(idOf('pmc')),
      title: title.replace(/(?<!\.)\.$/, ''),
      abstract: sections.length > 0 ? { sections } : null,
      authors,
      journal: journalTitle ? { title: journalTitle, isoAbbreviation: clean(textOf(kid(journal, 'ISOAbbreviation'))), issn: clean(textOf(kid(journal, 'ISSN'))) } : null,
      year,
      volume: clean(textOf(kid(issue, 'Volume'))),
      issue: clean(textOf(kid(issue, 'Issue'))),
      pages: clean(textOf(path(art, 'Pagination', 'MedlinePgn'))),
      language: clean(textOf(kid(art, 'Language'))),
      publicationTypes: kids(kid(art, 'PublicationTypeList'), 'PublicationType')
        .map((t) => clean(textOf(t)))
        .filter((t): t is string => !!t),
      keywords,
      mesh,
      licence: null,
      materials: [],
      summary: null,
    },
  };
}
