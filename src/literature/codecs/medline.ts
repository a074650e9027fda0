import { normalizeDoi, normalizeOrcid, normalizePmcid, normalizePmid } from '../identifiers';
import { CodecItem, MeshHeading, PublicationAuthor, PublicationContent } from '../publication.types';
import { linesOf } from './lines';

/** MeSH names to descriptor ids (MEDLINE `MH` lines carry names only). */
export type MeshNameIndex = (name: string) => string | null;

const TAG = /^([A-Z][A-Z0-9]{0,3})\s*- (.*)$/;

/**
 * MEDLINE / .nbib (PubMed's "PubMed format" export): `TAG - value` lines, values continued on
 * lines indented by six spaces, records separated by blank lines. No maintained JavaScript parser
 * exists for it, so this is our own, small one.
 */
export async function* readMedline(source: AsyncIterable<Buffer | string>, meshIdOf: MeshNameIndex = () => null): AsyncGenerator<CodecItem> {
  let n = 0;
  let fields: [string, string][] = [];
  let broken: string[] = [];
  const flush = (): CodecItem | null => {
    if (fields.length === 0 && broken.length === 0) return null;
    const position = ++n;
    const item = medlineRecord(fields, broken, meshIdOf);
    fields = [];
    broken = [];
    return item.record ? { position, record: item.record } : { position, error: item.errors };
  };
  for await (const line of linesOf(source)) {
    if (line.trim() === '') {
      const item = flush();
      if (item) yield item;
      continue;
    }
    if (/^\s{2,}\S/.test(line) && fields.length > 0) {
      fields[fields.length - 1][1] += ' ' + line.trim();
      continue;
    }
    const m = TAG.exec(line);
    if (!m) {
      broken.push(`Line "${line.slice(0, 60)}" is not a "TAG - value" line.`);
      continue;
    }
    if (m[1] === 'PMID' && fields.length > 0) {
      const item = flush();
      if (item) yield item;
    }
    fields.push([m[1], m[2].trim()]);
  }
  const item = flush();
  if (item) yield item;
}

function medlineRecord(fields: [string, string][], broken: string[], meshIdOf: MeshNameIndex): { record?: PublicationContent; errors: string[] } {
  const errors = [...broken];
  const all = (tag: string) => fields.filter(([t]) => t === tag).map(([, v]) => v);
  const one = (tag: string) => all(tag)[0] ?? null;
  const rawPmid = one('PMID');
  const pmid = normalizePmid(rawPmid);
  if (rawPmid && !pmid) errors.push(`"${rawPmid}" is not a PMID.`);
  const title = one('TI');
  if (!title) errors.push('The record has no title (TI).');
  const ids = [...all('LID'), ...all('AID')];
  const doi = normalizeDoi(ids.find((v) => /\[doi\]$/.test(v)) ?? null);
  const pmcid = normalizePmcid(one('PMC'));
  const dp = one('DP');
  const year = dp && /^(\d{4})/.test(dp) ? Number(dp.slice(0, 4)) : null;
  if (dp && year === null) errors.push(`"${dp}" (DP) does not start with a year.`);
  // Authors: FAU (full name) opens an author; AU, AD and AUID that follow belong to it.
  const authors: PublicationAuthor[] = [];
  let current: PublicationAuthor | null = null;
  let sawFau = fields.some(([t]) => t === 'FAU');
  for (const [tag, value] of fields) {
    if (tag === 'FAU' || (!sawFau && tag === 'AU')) {
      const [family, given] = value.split(/,\s*/, 2);
      current = given !== undefined ? { family, given, affiliations: [] } : { family, affiliations: [] };
      authors.push(current);
    } else if (tag === 'CN') {
      current = { literal: value, affiliations: [] };
      authors.push(current);
    } else if (tag === 'AD' && current) current.affiliations.push(value);
    else if (tag === 'AUID' && current && /orcid/i.test(value)) current.orcid = normalizeOrcid(value);
  }
  sawFau = false;
  const mesh: MeshHeading[] = [];
  const keywords = all('OT');
  for (const mh of all('MH')) {
    const [head, ...quals] = mh.split('/');
    const major = head.startsWith('*');
    const name = head.replace(/^\*/, '').trim();
    const descriptorId = meshIdOf(name);
    if (!descriptorId) {
      if (!keywords.includes(name)) keywords.push(name);
      continue;
    }
    mesh.push({ descriptorId, name, major, qualifiers: quals.map((q) => ({ name: q.replace(/^\*/, '').trim(), major: q.startsWith('*') })) });
  }
  const abstract = one('AB');
  const journalTitle = one('JT') ?? one('TA');
  if (errors.length > 0 || !title) return { errors };
  const issn = one('IS')?.split(/\s/)[0] ?? null;
  return {
    errors,
    record: {
      doi,
      pmid,
      pmcid,
      title: title.replace(/\.$/, ''),
      abstract: abstract ? { sections: [{ text: abstract }] } : null,
      authors,
      journal: journalTitle ? { title: journalTitle, isoAbbreviation: one('TA'), issn } : null,
      year,
      volume: one('VI'),
      issue: one('IP'),
      pages: one('PG'),
      language: one('LA'),
      publicationTypes: all('PT'),
      keywords,
      mesh,
      licence: null,
      materials: [],
      summary: null,
    },
  };
}
