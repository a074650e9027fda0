import { getConnectionToken } from '@nestjs/mongoose';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import type { Db } from 'mongodb';
import { MaterialsService } from '../src/catalogue/materials.service';
import { OrdersService } from '../src/marketplace/orders/orders.service';
import { SearchAdminService } from '../src/search/search-admin.service';
import { SearchIndexService } from '../src/search/search-index.service';
import { SYNC_LEASE } from '../src/search/search-sync.worker';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { LocalMeilisearch, LocalMongo } from '../tools/services';
import { sleep } from '../tools/services/net';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from './fixtures/search-catalogue';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { eventually, publishMaterial } from './helpers/catalogue';
import { ChildApp, startChildApp } from './helpers/child-app';
import { bearer, startTestApp, TEST_JWT_SECRET, TestApp } from './helpers/test-app';

/**
 * Faults (issue #7): a search engine, a database and an app process that die mid-way. Real
 * servers only; each test owns the server it breaks (a dedicated Meilisearch, a dedicated FerretDB,
 * an app in a child process), never the ones the global setup shares between test files.
 */

const dbOf = (t: TestApp): Db => t.app.get<Connection>(getConnectionToken()).db!;

/** Polls `probe` until it holds, without failing: false on timeout. */
async function within(timeoutMs: number, probe: () => Promise<boolean> | boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await sleep(25);
  }
  return probe();
}

describe('Faults: Meilisearch killed while materials are published and searched', () => {
  let meili: LocalMeilisearch;
  let t: TestApp;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'faults-meili-'));
    meili = new LocalMeilisearch({ dataDir, logDir: dataDir, masterKey: 'faults-test-master-key-0123' });
    await meili.start();
    t = await startTestApp({ MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey });
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
    await meili?.stop();
  });

  it('loses no index update and answers 503 only while it is down (SIGKILL mid-way, restart on the same port and data)', async () => {
    const variant = (i: number) => ({ ...SEARCH_MATERIALS['peek'], name: `Crash polymer ${i}`, summary: `Published around a search engine crash (${i}).` });
    await publishMaterial(t, 'crash-seed', variant(-1));
    const search = () => t.http.get('/api/v1/search/materials').query({ q: 'crash polymer', perPage: '5', facets: '' });
    await eventually('the seed is searchable', async () => (await search()).body.total === 1);

    let killedAt = Infinity;
    let upAt = Infinity;
    let stopSearching = false;
    let stopWriting = false;
    const searches: { sent: number; received: number; status: number }[] = [];
    const published: string[] = [];
    const writeErrors: string[] = [];
    const searcher = (async () => {
      while (!stopSearching) {
        const sent = Date.now();
        const res = await search();
        searches.push({ sent, received: Date.now(), status: res.status });
        await sleep(10);
      }
    })();
    const writer = (async () => {
      for (let i = 0; !stopWriting; i++) {
        try {
          await publishMaterial(t, `crash-${i}`, variant(i));
          published.push(`crash-${i}`);
        } catch (err) {
          writeErrors.push(`crash-${i}: ${(err as Error).message}`);
          return;
        }
      }
    })();
    try {
      expect(await within(20_000, () => published.length >= 5 || writeErrors.length > 0)).toBe(true);
      killedAt = Date.now();
      await meili.kill();
      const atKill = published.length;
      // Writes go on while it is down; searches meanwhile get 503.
      expect(await within(20_000, () => published.length >= atKill + 6 || writeErrors.length > 0)).toBe(true);
      expect(await within(5_000, () => searches.some((s) => s.status === 503))).toBe(true);
      await meili.start();
      upAt = Date.now();
      const atRestart = published.length;
      expect(await within(20_000, () => published.length >= atRestart + 5 || writeErrors.length > 0)).toBe(true);
    } finally {
      stopWriting = true;
      await writer;
      await sleep(300);
      stopSearching = true;
      await searcher;
    }
    expect(writeErrors).toEqual([]);

    const statuses = [...new Set(searches.map((s) => s.status))].sort();
    expect(statuses).toEqual([200, 503]);
    // 503 only for a request that overlapped the outage: answered after the kill, sent before the restart completed.
    const misplaced = searches.filter((s) => s.status === 503 && (s.received < killedAt || s.sent > upAt));
    expect(misplaced).toEqual([]);
    expect(searches.filter((s) => s.sent > upAt).length).toBeGreaterThan(3);

    const expected = published.length + 1;
    await eventually(`all ${expected} published are searchable`, async () => (await search()).body.total === expected, 30_000);
    const admin = t.app.get(SearchAdminService);
    await eventually('search:check is clean', async () => (await admin.check()).clean, 30_000);
    expect(await admin.check()).toMatchObject({ clean: true, listed: expected, indexed: expected });
  }, 120_000);
});

describe('Faults: database server restarted during a bulk import', () => {
  let mongo: LocalMongo;
  let t: TestApp;
  const ROWS = 80;
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    slug: `imported-${String(i).padStart(3, '0')}`,
    ...ti64({ name: `Imported alloy ${i}`, summary: `Row ${i} of a bulk import cut by a database restart.` }),
  }));

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'faults-mongo-'));
    mongo = new LocalMongo({ dataDir, logDir: dataDir, log: () => undefined });
    await mongo.start();
    t = await startTestApp({ MONGODB_URI: `${mongo.baseUri}/faults_import`, SEARCH_WORKER: 'false' });
    expect((await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS)).errors).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
    await mongo?.stop();
  });

  type Row = { position: string; slug: string; status: string; errors: { path: string; message: string }[] };
  type Record_ = { _id: string; state: string; revision: number; draft: { name: string; summary: string } | null; published: unknown; outbox: { id: string; kind: string; payload: { action: string } }[] };

  /** What the database holds for the import's slugs, and the audit entries of each. */
  async function snapshot(): Promise<{ records: Map<string, Record_>; audits: Map<string, string[]> }> {
    const db = dbOf(t);
    const records = new Map((await db.collection<Record_>('materials').find({}).toArray()).map((r) => [r._id, r]));
    const audits = new Map<string, string[]>();
    for (const a of await db.collection<{ _id: string; entityId: string; action: string }>('audit_events').find({ entityType: 'material' }).toArray()) {
      if (a.action === 'create') audits.set(a.entityId, [...(audits.get(a.entityId) ?? []), a._id]);
    }
    return { records, audits };
  }

  /**
   * A record is whole: a draft at revision 1 with exactly the row's content, and its creation
   * audited once: in the audit log, or (`auditFlushed` false) still in the record's outbox, which
   * rides in the same insert and is copied to the log later (the same event id in both counts once).
   */
  function expectWhole(slug: string, s: Awaited<ReturnType<typeof snapshot>>, auditFlushed: boolean): void {
    const i = Number(slug.split('-')[1]);
    const r = s.records.get(slug)!;
    expect({ slug, state: r.state, revision: r.revision, name: r.draft?.name, summary: r.draft?.summary, published: r.published }).toEqual({
      slug,
      state: 'draft',
      revision: 1,
      name: rows[i].name,
      summary: rows[i].summary,
      published: null,
    });
    const inOutbox = r.outbox.filter((e) => e.kind === 'audit' && e.payload.action === 'create').map((e) => e.id);
    const logged = s.audits.get(slug) ?? [];
    expect({ slug, audited: (auditFlushed ? logged : [...new Set([...logged, ...inOutbox])]).length }).toEqual({ slug, audited: 1 });
  }

  it('reports exactly the rows it did not write, writes no half record, and a re-run writes only what is missing', async () => {
    const materials = dbOf(t).collection('materials');
    let answered = false;
    const started = Date.now();
    const importing = t.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials: rows }).then((res) => {
      answered = true;
      return res;
    });
    // Restart it once the import is well under way (SIGKILL, then the same port and data), down
    // for longer than the driver waits for a server (mongodb.serverSelectionTimeoutMs, 5 s), so
    // that some rows fail. (Probed by _id: a count scans the collection on FerretDB.)
    expect(await within(30_000, async () => answered || !!(await materials.findOne({ _id: rows[15].slug as never }, { projection: { _id: 1 } })))).toBe(true);
    await mongo.kill();
    const killedAfter = Date.now() - started;
    expect(answered).toBe(false);
    await sleep(6500);
    await mongo.start();
    const res = await importing;
    expect(res.status).toBe(200);
    const report = res.body as { total: number; created: number; failed: number; invalid: number; updated: number; unchanged: number; rows: Row[] };
    process.stderr.write(`[faults] import: killed after ${killedAfter} ms; ${report.created} created, ${report.failed} failed in ${Date.now() - started} ms\n`);
    expect({ total: report.total, invalid: report.invalid, updated: report.updated, unchanged: report.unchanged, rows: report.rows.length }).toEqual({ total: ROWS, invalid: 0, updated: 0, unchanged: 0, rows: ROWS });
    expect(report.created + report.failed).toBe(ROWS);
    // Whether rows failed depends on where the import was when the server went away (the driver
    // retries within its 5 s server selection): either way the report and the data must agree.
    expect(report.created).toBeGreaterThan(15);
    expect(report.rows.map((r) => r.slug)).toEqual(rows.map((r) => r.slug));
    expect(report.rows.filter((r) => r.status === 'failed' && !r.errors[0]?.message)).toEqual([]);

    const before = await snapshot();
    // Nothing but the rows; every row said written is there whole; a failed row is absent or whole.
    expect([...before.records.keys()].filter((slug) => !rows.some((r) => r.slug === slug))).toEqual([]);
    for (const row of report.rows) {
      if (row.status === 'created') expect({ slug: row.slug, exists: before.records.has(row.slug) }).toEqual({ slug: row.slug, exists: true });
      if (before.records.has(row.slug)) expectWhole(row.slug, before, false);
    }
    const missing = rows.filter((r) => !before.records.has(r.slug)).map((r) => r.slug);

    // The same import again: writes what is missing, reports the slugs already there as unchanged.
    const again = (await t.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials: rows }).expect(200)).body as typeof report;
    expect({ created: again.created, unchanged: again.unchanged, failed: again.failed, updated: again.updated }).toEqual({ created: missing.length, unchanged: ROWS - missing.length, failed: 0, updated: 0 });
    expect(again.rows.filter((r) => r.status === 'created').map((r) => r.slug)).toEqual(missing);

    // Audit entries a failed flush left in a record's outbox reach the audit log, once, and the
    // outboxes empty (on FerretDB 1.24 a `$pull` by part of an element used to leave them all):
    // first the instance's own retry of the flushes it saw fail, then the full sweep for the rest.
    await t.app.get(MaterialsService).retryUnflushed();
    await t.app.get(MaterialsService).sweepOutboxes();
    const after = await snapshot();
    expect(after.records.size).toBe(ROWS);
    for (const r of rows) expectWhole(r.slug, after, true);
    expect([...after.records.values()].filter((r) => r.outbox.length).map((r) => r._id)).toEqual([]);
    expect(await t.app.get(MaterialsService).sweepOutboxes()).toBe(0);
  }, 120_000);
});

/** An offer body for the supplier of the test accounts (test/marketplace.e2e-spec.ts). */
const offerBody = (sku: string, stockOnHand: number) => ({
  sku,
  materialSlug: 'ti-6al-4v',
  title: `Ti-6Al-4V rod ${sku}`,
  grade: 'implant',
  form: 'form/rod',
  packSize: { value: 1, unit: 'kg' },
  priceTiers: [{ minQuantity: 1, unitPriceMinor: 25000 }],
  stockOnHand,
  leadTimeDays: 10,
  certifications: ['certification/iso-13485'],
  shipsTo: ['DE', 'IT'],
});

interface OfferDoc {
  _id: string;
  stockOnHand: number;
  stockAllocated: number;
  stockAvailable: number;
  allocations: { orderId: string; quantity: number }[];
}
interface OrderDoc {
  _id: string;
  state: string;
  paymentMethod: string;
  lines: { offerId: string; quantity: number }[];
  payment: { intentId: string | null };
}

describe('Faults: the app process killed or stopped mid-way', () => {
  /** In-process app (no sync worker) on the database the child apps use: accounts, tokens, jobs, checks. */
  let base: TestApp;
  let env: Record<string, string>;
  const children: ChildApp[] = [];
  const child = async (extra: Record<string, string> = {}) => {
    const c = await startChildApp({ ...env, ...extra });
    children.push(c);
    return c;
  };

  beforeAll(async () => {
    base = await startTestApp({ SEARCH_WORKER: 'false' });
    env = { MONGODB_URI: base.config.mongodb.uri, MEILI_INDEX_PREFIX: base.config.meilisearch.indexPrefix, AUTH_JWT_SECRET: TEST_JWT_SECRET };
    const concepts = [...SEARCH_CONCEPTS, { id: 'certification/iso-13485', prefLabel: { en: 'ISO 13485' } }];
    expect((await base.app.get(VocabularyService).importConcepts(concepts)).errors).toEqual([]);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(base, slug, content);
  });
  afterAll(async () => {
    for (const c of children) await c.kill();
    await base?.close();
  });

  async function stockState(): Promise<{ offers: OfferDoc[]; orders: OrderDoc[] }> {
    const db = dbOf(base);
    return { offers: await db.collection<OfferDoc>('offers').find({}).toArray(), orders: await db.collection<OrderDoc>('orders').find({}).toArray() };
  }

  const OPEN = ['allocating', 'pending_payment'];

  /**
   * Stock adds up on every offer: on hand = available + allocated, and allocated = what open orders
   * hold (their entries in `allocations`, each with its line's quantity); an order waiting for
   * payment holds every line. Only open orders have entries in `allocations` (on FerretDB 1.24 a
   * `$pull` by part of an element used to leave released ones behind).
   */
  function expectStockConsistent(s: { offers: OfferDoc[]; orders: OrderDoc[] }): void {
    const byId = new Map(s.orders.map((o) => [o._id, o]));
    for (const offer of s.offers) {
      const held = offer.allocations.filter((a) => OPEN.includes(byId.get(a.orderId)?.state ?? '-'));
      expect({ offer: offer._id, allocated: offer.stockAllocated, total: offer.stockAvailable + offer.stockAllocated }).toEqual({
        offer: offer._id,
        allocated: held.reduce((sum, a) => sum + a.quantity, 0),
        total: offer.stockOnHand,
      });
      expect({ offer: offer._id, stale: offer.allocations.filter((a) => !OPEN.includes(byId.get(a.orderId)?.state ?? '-')) }).toEqual({ offer: offer._id, stale: [] });
      expect({ offer: offer._id, sum: offer.allocations.reduce((sum, a) => sum + a.quantity, 0) }).toEqual({ offer: offer._id, sum: offer.stockAllocated });
      for (const a of offer.allocations) {
        const line = byId.get(a.orderId)?.lines.find((l) => l.offerId === offer._id);
        expect({ allocation: a, quantity: line?.quantity }).toEqual({ allocation: a, quantity: a.quantity });
      }
    }
    for (const order of s.orders.filter((o) => o.state === 'pending_payment')) {
      for (const line of order.lines) {
        const offer = s.offers.find((o) => o._id === line.offerId);
        expect({ order: order._id, held: offer?.allocations.find((a) => a.orderId === order._id)?.quantity }).toEqual({ order: order._id, held: line.quantity });
      }
    }
  }

  it('SIGKILL mid order flow and mid reindex: on restart every order has a way forward, no stock leaks, the index is whole', async () => {
    const STOCK = 100; // enough for every order: an out-of-stock answer is not what this test is about
    const supplier = bearer('supplier');
    const offers: string[] = [];
    for (const sku of ['crash-a', 'crash-b']) {
      const created = await base.http.post('/api/v1/offers').set(supplier).send(offerBody(sku, STOCK)).expect(201);
      await base.http.post(`/api/v1/offers/${created.body.id}/transitions`).set(supplier).send({ action: 'activate', revision: created.body.revision }).expect(201);
      offers.push(created.body.id);
    }
    const listed = Object.keys(SEARCH_MATERIALS).length;

    // A child app whose reindex stops in the middle of filling its build index.
    const first = await child({ FAULT_REINDEX: 'fill' });
    await first.waitFor(/^REINDEX fill /, 60_000);

    // 30 orders at once (card and invoice, one or two lines), killed once some are written.
    const orders = dbOf(base).collection('orders');
    const answers: number[] = [];
    const placing = Array.from({ length: 30 }, (_, i) =>
      first.http
        .post('/api/v1/orders')
        .set(bearer('researcher'))
        .send({ lines: i % 3 === 0 ? [{ offerId: offers[0], quantity: 1 }, { offerId: offers[1], quantity: 1 }] : [{ offerId: offers[i % 2], quantity: 1 + (i % 2) }], paymentMethod: i % 2 ? 'card' : 'invoice' })
        .then(
          (res) => answers.push(res.status),
          () => answers.push(0),
        ),
    );
    // Killed once some orders wait for payment while others are still being placed.
    expect(await within(20_000, async () => (await orders.countDocuments({ state: 'pending_payment' })) >= 2)).toBe(true);
    await first.kill();
    const killedAt = Date.now();
    await Promise.all(placing);

    // FerretDB may still apply writes the killed process had sent: read once two reads agree.
    let atKill = await stockState();
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await stockState();
      if (JSON.stringify(again) === JSON.stringify(atKill)) break;
      atKill = again;
    }
    const states = atKill.orders.map((o) => o.state);
    process.stderr.write(`[faults] orders at the kill: ${JSON.stringify(countBy(states))}; answers ${JSON.stringify(countBy(answers.map(String)))}\n`);
    expect(answers.filter((s) => s === 0).length).toBeGreaterThan(0); // the kill cut requests in flight
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => ['allocating', 'pending_payment', 'cancelled'].includes(s))).toBe(true);
    expectStockConsistent(atKill);
    // The reindex died with its build index half filled.
    const indexes = base.app.get(SearchIndexService);
    expect((await indexes.buildIndexes()).length).toBe(1);

    const second = await child();
    // The live index still answers, complete.
    const total = async () => (await second.http.get('/api/v1/search/materials').query({ q: '', perPage: '1', facets: '' }).expect(200)).body.total as number;
    expect(await total()).toBe(listed);

    // The expiry job, with a clock past the allocation timeout: nothing stays allocating, stock adds up.
    const jobs = base.app.get(OrdersService);
    await jobs.expireUnpaid(new Date(Date.now() + 6 * 60_000));
    const expired = await stockState();
    expect(expired.orders.filter((o) => o.state === 'allocating').map((o) => o._id)).toEqual([]);
    expectStockConsistent(expired);
    for (const offer of expired.offers) {
      const open = expired.orders.filter((o) => o.state === 'pending_payment').flatMap((o) => o.lines.filter((l) => l.offerId === offer._id));
      expect({ offer: offer._id, allocated: offer.stockAllocated }).toEqual({ offer: offer._id, allocated: open.reduce((sum, l) => sum + l.quantity, 0) });
    }
    // A card order waiting for payment can be paid (its PaymentIntent exists or is created now).
    for (const order of expired.orders.filter((o) => o.state === 'pending_payment' && o.paymentMethod === 'card')) {
      const paying = await second.http.post(`/api/v1/orders/${order._id}/payment`).set(bearer('researcher'));
      expect({ order: order._id, status: paying.status, intent: typeof paying.body.payment?.clientSecret }).toEqual({ order: order._id, status: 200, intent: 'string' });
    }
    // Past the payment window every order is cancelled and every pack is back on the shelf.
    await jobs.expireUnpaid(new Date(Date.now() + 3 * 24 * 3600_000));
    const closed = await stockState();
    expect(countBy(closed.orders.map((o) => o.state))).toEqual({ cancelled: atKill.orders.length });
    for (const offer of closed.offers) expect(offer).toMatchObject({ stockOnHand: STOCK, stockAllocated: 0, stockAvailable: STOCK, allocations: [] });

    // The sync worker of the new process gets the live index in step (stock changes show in documents).
    const admin = base.app.get(SearchAdminService);
    await eventually('search:check is clean', async () => (await admin.check()).clean, 30_000);
    // A new reindex can start once the dead process's lease expires, and leaves no build index behind.
    let report: Awaited<ReturnType<SearchAdminService['reindex']>> | undefined;
    const deadline = killedAt + 45_000;
    while (!report) {
      try {
        report = await admin.reindex();
      } catch (err) {
        if ((err as { status?: number; getStatus?: () => number }).getStatus?.() !== 409 || Date.now() > deadline) throw err;
        await sleep(500);
      }
    }
    process.stderr.write(`[faults] reindex possible ${Date.now() - killedAt} ms after the kill\n`);
    expect(report.documents).toBe(listed);
    expect(await indexes.buildIndexes()).toEqual([]);
    expect(await total()).toBe(listed);
    await eventually('search:check is clean after the reindex', async () => (await admin.check()).clean, 30_000);
    await second.kill();
  }, 150_000);

  it('SIGTERM: the in-flight request completes, the process exits within seconds after it and the search-sync lease is released', async () => {
    for (const c of children) await c.kill(); // their sync lease runs out in search.leaseMs (3 s)
    const app = await child();
    const leases = dbOf(base).collection<{ _id: string; holder: string; expiresAt: Date }>('leases');
    const mine = (l: { holder: string } | null) => !!l && l.holder.split(':')[1] === String(app.child.pid);
    expect(await within(15_000, async () => mine(await leases.findOne({ _id: SYNC_LEASE })) && (await leases.findOne({ _id: SYNC_LEASE }))!.expiresAt.getTime() > Date.now())).toBe(true);

    const materials = dbOf(base).collection('materials');
    const rows = Array.from({ length: 60 }, (_, i) => ({ slug: `sigterm-${i}`, ...ti64({ name: `Shutdown alloy ${i}` }) }));
    let answered = false;
    const importing = app.http.post('/api/v1/curation/import').set(bearer('curator')).send({ materials: rows }).then((res) => {
      answered = true;
      return res;
    });
    const underWay = await within(20_000, async () => answered || !!(await materials.findOne({ _id: rows[5].slug as never }, { projection: { _id: 1 } })));
    expect({ underWay, answered }).toEqual({ underWay: true, answered: false });
    const signalledAt = Date.now();
    app.child.kill('SIGTERM');
    const res = await importing;
    expect(res.status).toBe(200);
    expect({ created: res.body.created, failed: res.body.failed }).toEqual({ created: rows.length, failed: 0 });
    const answeredAt = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([app.exited, new Promise((resolve) => (timer = setTimeout(() => resolve('still running'), 5_000)))]);
    clearTimeout(timer);
    process.stderr.write(`[faults] SIGTERM: answered ${answeredAt - signalledAt} ms after the signal, exited ${Date.now() - answeredAt} ms later: ${JSON.stringify(exit)}\n`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(app.output()).not.toMatch(/Error during shutdown|ERROR/i);
    const lease = await leases.findOne({ _id: SYNC_LEASE });
    // Released (expiry set in the past), not merely left to run out: a live holder renews ahead of time.
    expect(lease!.expiresAt.getTime()).toBeLessThan(signalledAt);
  }, 60_000);
});

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
