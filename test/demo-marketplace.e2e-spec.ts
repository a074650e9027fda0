import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '../src/accounts/auth/auth.service';
import { TokensService } from '../src/accounts/auth/tokens.service';
import { seedDemoAccounts } from '../src/accounts/demo-accounts';
import { OrganizationsService } from '../src/accounts/organizations/organizations.service';
import { UsersService } from '../src/accounts/users/users.service';
import { DemoMarketplaceFile, DemoMarketplaceReport, seedDemoMarketplace } from '../src/marketplace/demo-marketplace';
import { OffersService } from '../src/marketplace/offers/offers.service';
import { QuotesService } from '../src/marketplace/quotes/quotes.service';
import { SeedService, seedDir } from '../src/seed/seed.service';
import { DemoOrdersReport, seedDemoOrders } from '../src/checkout/demo-orders';
import { AddressBookService } from '../src/checkout/address-book.service';
import { CartService } from '../src/checkout/cart.service';
import { CheckoutService } from '../src/checkout/checkout.service';
import { OrdersService } from '../src/marketplace/orders/orders.service';
import { eventually } from './helpers/catalogue';
import { seedSubset } from './helpers/seed-subset';
import { startTestApp, TestApp } from './helpers/test-app';

/** `npm start`'s development seed: the shipped catalogue, the demo accounts, then the demo marketplace. */
describe('Demo marketplace (seed/demo/offers.json)', () => {
  let t: TestApp;
  let catalogueDir: string;
  const demo = JSON.parse(readFileSync(join(seedDir(), 'demo', 'offers.json'), 'utf8')) as DemoMarketplaceFile;
  /** Offers whose material the catalogue seed published (a seed row that fails validation is not). */
  let offered: DemoMarketplaceFile['offers'] = [];
  let slugs: string[] = [];
  const reports: DemoMarketplaceReport[] = [];
  const orderReports: DemoOrdersReport[] = [];
  const seedOrders = () =>
    seedDemoOrders(seedDir(), t.config, {
      auth: t.app.get(AuthService),
      book: t.app.get(AddressBookService),
      carts: t.app.get(CartService),
      checkout: t.app.get(CheckoutService),
      orders: t.app.get(OrdersService),
      offers: t.app.get(OffersService),
    });
  const seedMarket = () => seedDemoMarketplace(seedDir(), t.config, t.app.get(OffersService), t.app.get(QuotesService), t.app.get(AuthService));
  const search = (query: Record<string, string>) => t.http.get('/api/v1/search/materials').query(query).expect(200);
  const as = async (userId: string, orgId: string) => ({ authorization: `Bearer ${(await t.app.get(TokensService).issue(userId, orgId)).accessToken}` });

  beforeAll(async () => {
    t = await startTestApp();
    catalogueDir = seedSubset(new Set(demo.offers.map((o) => o.materialSlug)));
    const catalogue = await t.app.get(SeedService).run(() => undefined, catalogueDir);
    const published = new Set(catalogue.materials.rows.filter((r) => r.status === 'created').map((r) => r.slug));
    offered = demo.offers.filter((o) => published.has(o.materialSlug));
    slugs = [...new Set(offered.map((o) => o.materialSlug))];
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    // A run cut off between creating an offer and activating it left a draft behind.
    const { supplier: _s, ...draft } = offered.find((o) => o.supplier === 'org-nordic-polymers')!;
    await t.app.get(OffersService).create(draft, (await t.app.get(AuthService).principal('supplier-ingrid', 'org-nordic-polymers', 'system'))!);
    reports.push(await seedMarket());
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    reports.push(await seedMarket());
    orderReports.push(await seedOrders());
    orderReports.push(await seedOrders());
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (catalogueDir) rmSync(catalogueDir, { recursive: true, force: true });
  });

  it('creates every demo offer of a published material and the quote request once: the second run creates nothing', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(30);
    // An offer of a material the catalogue lacks is reported, in plain words, and skipped.
    const missing = demo.offers.filter((o) => !offered.includes(o)).map((o) => `offer ${o.supplier} ${o.sku}: materialSlug: no material "${o.materialSlug}" (published or in curation)`);
    expect(reports[0]).toEqual({ offersCreated: offered.length - 1, offersActivated: 1, offersKept: 0, quoteRequestsCreated: demo.quoteRequests.length, errors: missing });
    expect(reports[1]).toEqual({ offersCreated: 0, offersActivated: 0, offersKept: offered.length, quoteRequestsCreated: 0, errors: missing });
  });

  it('lists an active offer for at least 30 materials, with supplier, tiers, stock and ships-to', async () => {
    const active = new Set<string>();
    for (const [userId, orgId] of [['supplier-sven', 'org-acme-implants'], ['supplier-ingrid', 'org-nordic-polymers']]) {
      const mine = (await t.http.get('/api/v1/offers?perPage=100').set(await as(userId, orgId)).expect(200)).body;
      expect(mine.total).toBe(offered.filter((o) => o.supplier === orgId).length);
      for (const o of mine.items) {
        expect(o).toMatchObject({ supplierOrgId: orgId, state: 'active', currency: 'EUR', availableActions: expect.arrayContaining(['pause']) });
        active.add(o.materialSlug);
      }
    }
    expect([...active].sort()).toEqual([...slugs].sort());
    // What a visitor sees on a datasheet: the material's active offers, cheapest first.
    const plain = (await t.http.get('/api/v1/materials/stainless-steel-316l/offers').expect(200)).body as { sku: string; priceTiers: { unitPriceMinor: number }[]; stockAvailable: number; shipsTo: string[] }[];
    expect(plain.map((o) => o.sku)).toEqual(['AIM-316LVM-BAR-20-1KG', 'AIM-316LVM-WIRE-05-100M']);
    expect(plain[0]).toMatchObject({ priceTiers: [{ unitPriceMinor: 5400 }, { unitPriceMinor: 4700 }, { unitPriceMinor: 4100 }], stockAvailable: 220 });
    expect(plain[0].shipsTo).toEqual(expect.arrayContaining(['IT', 'ES', 'DE']));
  });

  it('answers search hits in stock with their lowest price, and price and certification facets', async () => {
    const inStock = offered.filter((o) => o.stockOnHand > 0);
    const expected = new Set(inStock.map((o) => o.materialSlug)).size;
    await eventually('search shows the demo offers', async () => (await search({ 'filter[inStock]': 'true', facets: '' })).body.total === expected, 30_000);
    expect(expected).toBeGreaterThanOrEqual(30);

    const res = (await search({ q: 'Ti-6Al-4V ELI', 'filter[inStock]': 'true', facets: 'price,certifications,supplierCountries', perPage: '5' })).body;
    const eli = res.hits.find((h: { slug: string }) => h.slug === 'ti-6al-4v-eli');
    const eliOffers = demo.offers.filter((o) => o.materialSlug === 'ti-6al-4v-eli');
    expect(eli.market).toMatchObject({
      inStock: true,
      offerCount: eliOffers.length,
      lowestPriceEurMinor: Math.min(...eliOffers.map((o) => o.priceTiers[0].unitPriceMinor)),
      supplierCountries: ['DE'],
    });
    expect(eli.market.certifications).toContain('ISO 13485 quality management system');

    const all = (await search({ 'filter[inStock]': 'true', facets: 'price,supplierCountries', perPage: '100' })).body;
    for (const hit of all.hits) {
      expect(hit.market.inStock).toBe(true);
      expect(hit.market.lowestPriceEurMinor).toEqual(expect.any(Number));
    }
    expect(all.facetStats.price.min).toBeGreaterThan(0);
    expect(all.facetStats.price.max).toBeGreaterThan(all.facetStats.price.min);
    expect(all.facetDistribution.supplierCountries).toMatchObject({ DE: expect.any(Number), SE: expect.any(Number) });
  });

  it('leaves one open quote request of the demo researcher, seen by both sides', async () => {
    const [request] = demo.quoteRequests;
    const buyer = (await t.http.get('/api/v1/quote-requests?side=buying').set(await as('researcher-rosa', 'org-polimi-lab')).expect(200)).body;
    expect(buyer.total).toBe(1);
    expect(buyer.items[0]).toMatchObject({ state: 'requested', quantity: request.quantity, supplierOrgId: request.supplier, materialSlug: 'ti-6al-4v-eli' });
    const supplier = (await t.http.get('/api/v1/quote-requests?side=selling').set(await as('supplier-sven', 'org-acme-implants')).expect(200)).body;
    expect(supplier.items.map((q: { id: string }) => q.id)).toEqual([buyer.items[0].id]);
    expect(supplier.items[0].availableActions).toContain('quote');
  });

  it('leaves an offer its supplier paused as it is', async () => {
    const sven = await as('supplier-sven', 'org-acme-implants');
    const mine = (await t.http.get('/api/v1/offers?perPage=100').set(sven).expect(200)).body;
    const eli = mine.items.find((o: { sku: string }) => o.sku === 'AIM-T23-WIRE-1MM-50M');
    await t.http.post(`/api/v1/offers/${eli.id}/transitions`).set(sven).send({ action: 'pause', revision: eli.revision }).expect(201);
    expect(await seedMarket()).toMatchObject({ offersCreated: 0, offersActivated: 0, offersKept: offered.length });
    expect((await t.http.get(`/api/v1/offers/${eli.id}`).set(sven).expect(200)).body.state).toBe('paused');
  });

  it('places a delivered and an invoiced demo order through checkout, once, with invoices and VAT', async () => {
    expect(orderReports).toEqual([
      { ordersPlaced: 2, errors: [] },
      { ordersPlaced: 0, errors: [] },
    ]);
    const rosa = (await t.http.get('/api/v1/orders').set(await as('researcher-rosa', 'org-polimi-lab')).expect(200)).body.items;
    expect(rosa).toEqual([
      expect.objectContaining({
        state: 'delivered',
        payment: expect.objectContaining({ status: 'succeeded' }),
        supplierParty: expect.objectContaining({ name: 'Acme Implant Materials GmbH (demo)', vatNumber: 'DE812345673' }),
        vat: expect.objectContaining({ rule: 'reverse-charge' }),
        shipment: expect.objectContaining({ carrier: 'DHL Express' }),
        poNumber: 'PO-POLIMI-2026-0098',
        invoice: expect.objectContaining({ number: expect.stringMatching(/^\d{4}-00001$/) }),
      }),
    ]);
    const pau = (await t.http.get('/api/v1/orders').set(await as('researcher-pau', 'org-upc-lab')).expect(200)).body.items;
    expect(pau).toEqual([expect.objectContaining({ state: 'pending_payment', paymentMethod: 'invoice', dueDays: 45, vat: expect.objectContaining({ rule: 'reverse-charge' }) })]);
    const received = (await t.http.get('/api/v1/orders?side=selling').set(await as('supplier-ingrid', 'org-nordic-polymers')).expect(200)).body;
    expect(received.total).toBe(1);
  });
});
