import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostEntry, HostPolicy, hostPolicy } from './reference-rules';

/**
 * The host lists of a folder (`seed/hosts/`): every `*.json` but `denied.json` is `{ host: { kind, name } }`
 * (publishers, makers, standards bodies, regulators, open repositories), `denied.json` is
 * `{ host: why }` (sites that carry copies). Policy data, reviewed like code.
 */
export function loadHostPolicy(dir: string): HostPolicy {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return hostPolicy([]);
  }
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
  const allowed = files.filter((f) => f !== 'denied.json').map((f) => read(f) as Record<string, HostEntry>);
  const denied = files.includes('denied.json') ? (read('denied.json') as Record<string, string>) : {};
  return hostPolicy(allowed, denied);
}
