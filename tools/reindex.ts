/** `npm run reindex`: rebuilds the search index from MongoDB under a new name and swaps it in (searches keep working). */
import { ReindexProgress, SearchAdminService } from '../src/search/search-admin.service';
import { withApp } from './cli-context';

void withApp(async (app) => {
  let lastFill = 0;
  const show = (p: ReindexProgress) => {
    if (p.phase === 'done' || (p.phase === 'fill' && Date.now() - lastFill < 1000)) return;
    if (p.phase === 'fill') lastFill = Date.now();
    const of = p.expected != null ? ` of ~${p.expected}` : '';
    console.log(`[reindex] ${p.phase}: ${p.documents}${of} documents`);
  };
  const report = await app.get(SearchAdminService).reindex(show);
  console.log(
    `[reindex] done: ${report.documents} documents in ${(report.ms / 1000).toFixed(1)} s (${report.docsPerSecond} docs/s), ` +
      `${report.caughtUp} changed during the build and were synced before the swap; live index "${report.index}"`,
  );
});
