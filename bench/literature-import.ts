/**
 * Literature import bench (issue #17): generates a PubMed XML file of N invented records (default
 * 50,000: structured abstracts, six authors, MeSH headings each), imports it through the service
 * (streamed, batches of 500) into a database of its own, and prints records/s and peak RSS.
 *   npm run bench:literature -- [--records 50000] [--keep FILE]
 * Local servers are started in a temporary data directory unless MONGODB_URI is set.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiteratureImportService } from '../src/literature/literature-import.service';
import { withApp } from '../tools/cli-context';

const args = process.argv.slice(2);
const N = args.includes('--records') ? Number(args[args.indexOf('--records') + 1]) : 50_000;
const work = mkdtempSync(join(tmpdir(), 'literature-bench-'));
const file = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : join(work, 'pubmed.xml');
process.env.DATA_DIR ||= join(work, 'data');
process.env.LOG_LEVEL ||= 'warn';

const MESH = [
  ['D001672', 'Biocompatible Materials'],
  ['D014025', 'Titanium'],
  ['D006882', 'Hydroxyapatites'],
  ['D019736', 'Prostheses and Implants'],
  ['D001861', 'Bone Regeneration'],
];
const WORDS = 'porous scaffold titanium alloy hydroxyapatite coating osteoblast adhesion corrosion wear fatigue implant bone ingrowth polymer hydrogel degradation'.split(' ');
const words = (i: number, n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');

function article(i: number): string {
  const authors = Array.from({ length: 6 }, (_, k) => `<Author ValidYN="Y"><LastName>Author${(i + k) % 997}</LastName><ForeName>Given${k}</ForeName><AffiliationInfo><Affiliation>Invented Institute ${k}, Invented City.</Affiliation></AffiliationInfo></Author>`).join('');
  const mesh = MESH.slice(0, 2 + (i % 4))
    .map(([id, name], k) => `<MeshHeading><DescriptorName UI="${id}" MajorTopicYN="${k === 0 ? 'Y' : 'N'}">${name}</DescriptorName></MeshHeading>`)
    .join('');
  const sections = ['BACKGROUND', 'METHODS', 'RESULTS', 'CONCLUSIONS'].map((l, k) => `<AbstractText Label="${l}" NlmCategory="${l}">${words(i + k, 40)}.</AbstractText>`).join('');
  return `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${900000000 + i}</PMID><Article PubModel="Print"><Journal><ISSN IssnType="Print">0000-000X</ISSN><JournalIssue CitedMedium="Print"><Volume>${1 + (i % 40)}</Volume><Issue>${1 + (i % 12)}</Issue><PubDate><Year>${1990 + (i % 35)}</Year></PubDate></JournalIssue><Title>Journal of Invented Benchmarks</Title><ISOAbbreviation>J Invent Bench</ISOAbbreviation></Journal><ArticleTitle>Record ${i}: ${words(i, 10)}.</ArticleTitle><Pagination><MedlinePgn>${i % 900}-${(i % 900) + 9}</MedlinePgn></Pagination><ELocationID EIdType="doi" ValidYN="Y">10.5555/bench.${i}</ELocationID><Abstract>${sections}</Abstract><AuthorList CompleteYN="Y">${authors}</AuthorList><Language>eng</Language><PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList></Article><MeshHeadingList>${mesh}</MeshHeadingList><KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">${WORDS[i % WORDS.length]}</Keyword></KeywordList></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">${900000000 + i}</ArticleId><ArticleId IdType="doi">10.5555/bench.${i}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>\n`;
}

async function generate(): Promise<void> {
  const out = createWriteStream(file);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n');
  for (let i = 1; i <= N; i++) if (!out.write(article(i))) await once(out, 'drain');
  out.end('</PubmedArticleSet>\n');
  await once(out, 'finish');
}

void (async () => {
  let t = Date.now();
  await generate();
  const mb = statSync(file).size / 1024 / 1024;
  console.log(`generated ${N.toLocaleString('en')} records, ${mb.toFixed(1)} MB, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await withApp(async (app) => {
    const service = app.get(LiteratureImportService);
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    t = Date.now();
    const report = await service.importStream('pubmed-xml', createReadStream(file), { by: 'bench', file: 'bench.xml', onProgress: (n) => n % 10_000 === 0 && process.stderr.write(`  ${n.toLocaleString('en')} read\n`) });
    const seconds = (Date.now() - t) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`import: ${report.created.toLocaleString('en')} created, ${report.invalid} invalid, ${report.conflicts} conflicts in ${seconds.toFixed(1)} s = ${Math.round(N / seconds).toLocaleString('en')} records/s`);
    console.log(`memory: RSS ${(baseline / 1024 / 1024).toFixed(0)} MB before, peak ${(peak / 1024 / 1024).toFixed(0)} MB during (+${((peak - baseline) / 1024 / 1024).toFixed(0)} MB for a ${mb.toFixed(0)} MB file)`);
    t = Date.now();
    const again = await service.importStream('pubmed-xml', createReadStream(file), { by: 'bench', file: 'bench.xml' });
    console.log(`re-import: ${again.unchanged.toLocaleString('en')} unchanged in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  });
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
})();
