import { CodecItem } from '../publication.types';
import { linesOf } from './lines';
import { itemsOf } from './ris';

const ENTRY_START = /^\s*@\s*([A-Za-z]+)\s*[{(]/;

function depthChange(line: string): number {
  let d = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '{' || c === '(') d++;
    else if (c === '}' || c === ')') d--;
  }
  return d;
}

/**
 * BibTeX, entry by entry through citation-js. An entry starts at a line beginning with `@type{`;
 * an entry whose braces never close ends where the next one starts, so it fails alone.
 * `@string` macros are kept and given to every later entry.
 */
export async function* readBibtex(source: AsyncIterable<Buffer | string>): AsyncGenerator<CodecItem> {
  let n = 0;
  const next = () => ++n;
  const macros: string[] = [];
  let entry: string[] = [];
  let kind = '';
  let depth = 0;
  const flush = function* (): Generator<CodecItem> {
    const text = entry.join('\n');
    entry = [];
    depth = 0;
    if (kind === 'comment' || kind === 'preamble') return;
    if (kind === 'string') {
      macros.push(text);
      return;
    }
    yield* itemsOf([...macros, text].join('\n'), '@bibtex/text', next);
  };
  for await (const line of linesOf(source)) {
    const start = ENTRY_START.exec(line);
    if (start && entry.length > 0) yield* flush();
    if (entry.length === 0) {
      if (!start) continue;
      kind = start[1].toLowerCase();
    }
    entry.push(line);
    depth += depthChange(line);
    if (depth <= 0) yield* flush();
  }
  if (entry.length > 0) yield* flush();
}
