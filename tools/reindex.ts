/** `npm run reindex [-- --index materials|publications]`: rebuilds search indexes from MongoDB under a new name and swaps each in (searches keep working). */
import { ReindexProgress, SearchIndexAdmin } from '../src/search/index-admin';
import { searchIndexes } from './search-indexes';
import { withApp } from './cli-context';

void withApp(async (app) => {
  for (const def of searchIndexes(app, process.argv.slice(2))) {
    let lastFill = 0;
    const show = (p: ReindexProgress) => {
      if (p.phase === 'done' || (p.phase === 'fill' && Date.now() - lastFill < 1000)) return;
      if (p.phase === 'fill') lastFill = Date.now();
      const of = p.expected != null ? ` of ~${p.expected}` : '';
      console.log(`[reindex] ${def.name} ${p.phase}: ${p.documents}${of} documents`);
    };
    const report = await app.get(SearchIndexAdmin).reindex(def, show);
    console.log(
      `[reindex] ${def.name} done: ${report.documents} documents in ${(report.ms / 1000).toFixed(1)} s (${report.docsPerSecond} docs/s), ` +
        `${report.caughtUp} changed during the build and were synced before the swap; live index "${report.index}"`,
    );
  }
});
