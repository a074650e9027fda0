import { CodecItem } from '../publication.types';
import { cslToContent, parseWithCitationJs } from './csl';
import { linesOf } from './lines';

/** Turns parsed CSL items of one chunk into codec items (one position each). */
export function* itemsOf(chunk: string, type: string, position: () => number): Generator<CodecItem> {
  let items;
  try {
    items = parseWithCitationJs(chunk, type);
  } catch (err) {
    yield { position: position(), error: [`The record cannot be read: ${firstLine((err as Error).message)}`] };
    return;
  }
  if (items.length === 0) yield { position: position(), error: ['The record cannot be read: no entry found.'] };
  for (const item of items) {
    const { record, errors } = cslToContent(item);
    yield record ? { position: position(), record } : { position: position(), error: errors };
  }
}

export const firstLine = (s: string) => s.split('\n')[0].trim();

/** RIS (`TY  - ` … `ER  - `), one record at a time through citation-js. */
export async function* readRis(source: AsyncIterable<Buffer | string>): AsyncGenerator<CodecItem> {
  let n = 0;
  const next = () => ++n;
  let buf: string[] = [];
  for await (const line of linesOf(source)) {
    if (/^TY {2}- /.test(line) && buf.some((l) => /^TY {2}- /.test(l))) {
      // A record without its ER line: read what it has, then start the next one.
      yield* itemsOf(buf.join('\n') + '\nER  - \n', '@ris/file', next);
      buf = [];
    }
    if (buf.length === 0 && line.trim() === '') continue;
    buf.push(line);
    if (/^ER {2}-/.test(line)) {
      yield* itemsOf(buf.join('\n'), '@ris/file', next);
      buf = [];
    }
  }
  if (buf.some((l) => l.trim() !== '')) yield* itemsOf(buf.join('\n') + '\nER  - \n', '@ris/file', next);
}
