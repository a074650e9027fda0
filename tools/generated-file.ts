import { readFileSync, writeFileSync } from 'node:fs';

/**
 * A committed generated file: writes `text` to `file`, or with `check` (CI) exits 1 when the
 * committed file differs (a missing one counts as stale), naming the command that regenerates it.
 */
export function writeOrCheck(file: string, text: string, check: boolean, what: { name: string; command: string }): void {
  if (!check) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (committed !== text) {
    console.error(`${what.name} is out of date: run \`${what.command}\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${what.name} matches.`);
}
