/** Builds the local helper servers ahead of time (FerretDB, stripe-mock) and checks Meilisearch. */
import { ensureFerretDb, ensureStripeMock } from './services/go-binaries';
import { meilisearchBinary } from './services/meilisearch';
import { PrerequisiteError } from './services/errors';

async function main(): Promise<void> {
  const log = (m: string) => console.log(`[prepare] ${m}`);
  const env = process.env;
  const jobs: Promise<unknown>[] = [];
  if (!env.MONGODB_URI) jobs.push(ensureFerretDb(log).then((p) => log(`FerretDB: ${p}`)));
  if (!env.STRIPE_SECRET_KEY) jobs.push(ensureStripeMock(log).then((p) => log(`stripe-mock: ${p}`)));
  if (!env.MEILI_HOST) log(`Meilisearch: ${meilisearchBinary()}`);
  await Promise.all(jobs);
}

main().catch((err: unknown) => {
  console.error(err instanceof PrerequisiteError ? err.message : err);
  process.exit(1);
});
