import { CodecItem, ImportFormat } from '../publication.types';
import { readBibtex } from './bibtex';
import { readCslJson } from './csl-json';
import { MeshNameIndex, readMedline } from './medline';
import { readPubmedXml } from './pubmed-xml';
import { readRis } from './ris';

export { RefusedFileError } from './lines';

/** The codec of a format: an async generator of `{ position, record | error }`. */
export function readPublications(format: ImportFormat, source: AsyncIterable<Buffer | string>, options: { meshIdOf?: MeshNameIndex } = {}): AsyncGenerator<CodecItem> {
  switch (format) {
    case 'pubmed-xml':
      return readPubmedXml(source);
    case 'medline':
      return readMedline(source, options.meshIdOf);
    case 'ris':
      return readRis(source);
    case 'bibtex':
      return readBibtex(source);
    case 'csl-json':
      return readCslJson(source);
  }
}

/** Content types of the import route, by format. */
export const FORMAT_CONTENT_TYPES: Record<ImportFormat, string> = {
  'pubmed-xml': 'application/xml',
  medline: 'text/plain',
  ris: 'application/x-research-info-systems',
  bibtex: 'application/x-bibtex',
  'csl-json': 'application/vnd.citationstyles.csl+json',
};

/** The format a file name suggests (CLI). */
export function formatOfFile(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return ({ xml: 'pubmed-xml', nbib: 'medline', medline: 'medline', txt: 'medline', ris: 'ris', bib: 'bibtex', bibtex: 'bibtex', json: 'csl-json' } as Record<string, ImportFormat>)[ext] ?? null;
}
