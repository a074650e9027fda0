import { CodecItem } from '../publication.types';
import { cslToContent, parseWithCitationJs } from './csl';
import { firstLine } from './ris';
import { RefusedFileError } from './lines';

/**
 * CSL-JSON: a JSON array of items (or one item), split object by object as the bytes arrive so
 * that a large file never sits in memory; each item goes through citation-js.
 */
export async function* readCslJson(source: AsyncIterable<Buffer | string>): AsyncGenerator<CodecItem> {
  const decoder = new TextDecoder('utf-8');
  let n = 0;
  let depth = 0;
  let inString = false;
  let escape = false;
  let current = '';
  let started = false;
  let topLevelObject = false;
  const emit = (text: string): CodecItem => {
    const position = ++n;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return { position, error: [`The record is not valid JSON: ${firstLine((err as Error).message)}`] };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { position, error: ['The record is not a CSL-JSON object.'] };
    let items;
    try {
      items = parseWithCitationJs([value], '@csl/list+object');
    } catch (err) {
      return { position, error: [`The record cannot be read: ${firstLine((err as Error).message)}`] };
    }
    const { record, errors } = cslToContent(items[0] ?? {});
    return record ? { position, record } : { position, error: errors };
  };
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const out: CodecItem[] = [];
    let from = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (!started) {
        if (/\s|\uFEFF/.test(c)) continue;
        if (c === '[') {
          started = true;
          continue;
        }
        if (c === '{') {
          started = true;
          topLevelObject = true;
        } else throw new RefusedFileError('A CSL-JSON file is an array of items ("[" … "]").');
      }
      if (depth > 0 && from < 0) from = i;
      if (inString) {
        if (escape) escape = false;
        else if (c === '\\') escape = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = depth > 0;
      else if (c === '{' || c === '[') {
        if (depth === 0) from = i;
        depth++;
      } else if (c === '}' || c === ']') {
        if (depth === 0) continue; // the closing bracket of the array
        depth--;
        if (depth === 0) {
          current += text.slice(from, i + 1);
          from = -1;
          out.push(emit(current));
          current = '';
        }
      }
    }
    if (depth > 0 && from >= 0) current += text.slice(from);
    yield* out;
    if (topLevelObject && depth === 0 && n > 0) return;
  }
  if (depth > 0 && current.trim()) yield emit(current);
}
