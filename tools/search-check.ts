/** `npm run search:check [-- --index materials|publications]`: compares MongoDB with the search indexes (ids and revisions); exit code 1 on drift. */
import { SearchIndexAdmin } from '../src/search/index-admin';
import { searchIndexes } from './search-indexes';
import { withApp } from './cli-context';

void withApp(async (app) => {
  for (const def of searchIndexes(app, process.argv.slice(2))) {
    const report = await app.get(SearchIndexAdmin).check(def);
    const { counts, samples } = report;
    console.log(`[search:check] index "${report.index}": ${report.indexed} documents; MongoDB: ${report.listed} listed records`);
    for (const kind of ['missing', 'extra', 'stale'] as const) {
      if (!counts[kind]) continue;
      const more = counts[kind] > samples[kind].length ? ', ...' : '';
      console.log(`[search:check] ${kind}: ${counts[kind]} (${samples[kind].join(', ')}${more})`);
    }
    if (report.settled) console.log(`[search:check] ${report.settled} difference(s) were resolved by the sync worker during the check (recent changes, not drift)`);
    if (report.clean) console.log(`[search:check] ${def.name} clean: no missing, extra or stale document`);
    else {
      console.log(`[search:check] ${def.name} DRIFT found: run \`npm run reindex -- --index ${def.name}\` after finding the cause`);
      process.exitCode = 1;
    }
  }
});
