/** `npm run search:check`: compares MongoDB with the search index (ids and revisions); exit code 1 on drift. */
import { SearchAdminService } from '../src/search/search-admin.service';
import { withApp } from './cli-context';

void withApp(async (app) => {
  const report = await app.get(SearchAdminService).check();
  const { counts, samples } = report;
  console.log(`[search:check] index "${report.index}": ${report.indexed} documents; MongoDB: ${report.listed} listed records`);
  for (const kind of ['missing', 'extra', 'stale'] as const) {
    if (!counts[kind]) continue;
    const more = counts[kind] > samples[kind].length ? ', ...' : '';
    console.log(`[search:check] ${kind}: ${counts[kind]} (${samples[kind].join(', ')}${more})`);
  }
  if (report.settled) console.log(`[search:check] ${report.settled} difference(s) were resolved by the sync worker during the check (recent changes, not drift)`);
  if (report.clean) console.log('[search:check] clean: no missing, extra or stale document');
  else {
    console.log('[search:check] DRIFT found: run `npm run reindex` after finding the cause');
    process.exitCode = 1;
  }
});
