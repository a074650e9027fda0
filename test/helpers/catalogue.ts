import { bearer, TestApp } from './test-app';

/** Creates, submits (curator) and publishes (curator2, four eyes) a material through the API. */
export async function publishMaterial(t: TestApp, slug: string, content: object): Promise<void> {
  await t.http.post('/api/v1/curation/materials').set(bearer('curator')).send({ slug, content }).expect(201);
  await t.http.post(`/api/v1/curation/materials/${slug}/transitions`).set(bearer('curator')).send({ action: 'submit', revision: 1 }).expect(200);
  await t.http.post(`/api/v1/curation/materials/${slug}/transitions`).set(bearer('curator2')).send({ action: 'publish', revision: 2 }).expect(200);
}

/** Runs a curation action on a record at its current revision. */
export async function curate(t: TestApp, slug: string, action: string): Promise<void> {
  const record = await t.http.get(`/api/v1/curation/materials/${slug}`).set(bearer('curator')).expect(200);
  await t.http.post(`/api/v1/curation/materials/${slug}/transitions`).set(bearer('curator2')).send({ action, revision: record.body.revision }).expect(200);
}

/** Polls `probe` until it returns true (search is asynchronous); fails with `what` after `timeoutMs`. */
export async function eventually(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
