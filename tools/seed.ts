/** `npm run seed`: loads seed/ (vocabulary, references, materials) idempotently, with progress. */
import { SeedService } from '../src/seed/seed.service';
import { withApp } from './cli-context';

void withApp(async (app) => {
  const started = Date.now();
  const report = await app.get(SeedService).run((m) => console.log(`[seed] ${m}`));
  const failed = report.concepts.errors.length + report.materials.invalid + report.materials.failed;
  console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} rows reported above were not loaded` : ''}`);
});
