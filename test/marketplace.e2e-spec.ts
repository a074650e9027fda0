import Stripe from 'stripe';
import { TokensService } from '../src/accounts/auth/tokens.service';
import { OrganizationsService } from '../src/accounts/organizations/organizations.service';
import { UsersService } from '../src/accounts/users/users.service';
import { OrdersService } from '../src/marketplace/orders/orders.service';
import { QuotesService } from '../src/marketplace/quotes/quotes.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { eventually, publishMaterial } from './helpers/catalogue';
import { Mailbox } from './helpers/mailbox';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

const WEBHOOK_SECRET = 'whsec_test_biomat_marketplace_0123456789';

/** An offer body for the supplier of the test accounts. */
const offerBody = (overrides: Record<string, unknown> = {}) => ({
  sku: 'ti64-rod-6mm',
  materialSlug: 'ti-6al-4v',
  title: 'Ti-6Al-4V ELI rod, 6 mm',
  grade: 'implant',
  form: 'form/rod',
  packSize: { value: 1, unit: 'kg' },
  priceTiers: [
    { minQuantity: 1, unitPriceMinor: 25000 },
    { minQuantity: 10, unitPriceMinor: 21000 },
  ],
  stockOnHand: 40,
  leadTimeDays: 10,
  certifications: ['certification/iso-13485'],
  shipsTo: ['DE', 'IT'],
  ...overrides,
});

describe('Marketplace: offers, orders, payments', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  const stripe = new Stripe('sk_test_signing_only');

  beforeAll(async () => {
    mailbox = await new Mailbox().start();
    t = await startTestApp({ STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, SMTP_URL: mailbox.url });
    await t.app.get(VocabularyService).importConcepts([...FIXTURE_CONCEPTS, { id: 'certification/iso-13485', prefLabel: { en: 'ISO 13485' } }]);
    await publishMaterial(t, 'ti-6al-4v', ti64());
  });

  afterAll(async () => {
    await t?.close();
    await mailbox?.stop();
  });

  let supplier: { authorization: string };
  let researcher: { authorization: string };
  /** Staff of a second supplier organization. */
  let rival: { authorization: string };
  beforeAll(async () => {
    supplier = bearer('supplier');
    researcher = bearer('researcher');
    const user = await t.app.get(UsersService).create({ email: 'zoe@rival.test', name: 'Zoe Rival', passwordHash: null, emailVerified: true });
    await t.app.get(OrganizationsService).create({ id: 'org-rival', name: 'Rival Biomaterials', kind: 'supplier', country: 'NL' }, user._id);
    rival = { authorization: `Bearer ${(await t.app.get(TokensService).issue(user._id, 'org-rival')).accessToken}` };
  });

  async function activeOffer(overrides: Record<string, unknown> = {}): Promise<{ id: string; revision: number }> {
    const created = await t.http.post('/api/v1/offers').set(supplier).send(offerBody(overrides)).expect(201);
    return (await t.http.post(`/api/v1/offers/${created.body.id}/transitions`).set(supplier).send({ action: 'activate', revision: created.body.revision }).expect(201)).body;
  }

  /** Delivers a Stripe event signed like Stripe does (or with `secret`). */
  function deliver(event: object, secret = WEBHOOK_SECRET) {
    const payload = JSON.stringify(event);
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
    return t.http.post('/api/v1/payments/stripe/webhook').set({ 'stripe-signature': header, 'content-type': 'application/json' }).send(payload);
  }

  const intentEvent = (id: string, type: string, orderId: string, intentId: string) => ({
    id,
    object: 'event',
    type,
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: intentId, object: 'payment_intent', status: type.split('.')[1], metadata: { orderId } } },
  });

  const search = (query: Record<string, string>) => t.http.get('/api/v1/search/materials').query(query).expect(200);

  describe('offers', () => {
    let offerId: string;

    it('lets a supplier create a draft offer and activate it; search shows the material in stock, certified, with its lowest price', async () => {
      expect((await search({ 'filter[inStock]': 'true', facets: '' })).body.total).toBe(0);
      const draft = await t.http.post('/api/v1/offers').set(supplier).send(offerBody()).expect(201);
      expect(draft.body).toMatchObject({ state: 'draft', currency: 'EUR', stockAvailable: 40, supplierOrgId: 'org-acme', availableActions: ['activate', 'archive'] });
      offerId = draft.body.id;
      // A draft is invisible to everyone else.
      await t.http.get(`/api/v1/offers/${offerId}`).expect(404);
      expect((await t.http.get('/api/v1/materials/ti-6al-4v/offers').expect(200)).body).toEqual([]);

      await t.http.post(`/api/v1/offers/${offerId}/transitions`).set(supplier).send({ action: 'activate', revision: draft.body.revision }).expect(201);
      await eventually('the material is in stock in search', async () => (await search({ 'filter[inStock]': 'true', facets: '' })).body.total === 1);
      const hit = (await search({ 'filter[certifications]': 'ISO 13485', facets: 'certifications,supplierCountries,price' })).body;
      expect(hit.hits[0]).toMatchObject({ slug: 'ti-6al-4v', market: { offerCount: 1, inStock: true, lowestPriceEurMinor: 25000, supplierCountries: ['FR'] } });
      expect((await t.http.get('/api/v1/materials/ti-6al-4v/offers').expect(200)).body.map((o: { id: string }) => o.id)).toEqual([offerId]);
    });

    it('keeps one supplier off another supplier\'s offers, and researchers off offers entirely', async () => {
      const paused = await t.http.post('/api/v1/offers').set(supplier).send(offerBody({ sku: 'hidden-draft' })).expect(201);
      // The researcher is not a supplier.
      await t.http.post('/api/v1/offers').set(researcher).send(offerBody({ sku: 'x' })).expect(403);
      await t.http.get(`/api/v1/offers/${paused.body.id}`).set(researcher).expect(404);
      // Another supplier may not know it exists, let alone change its price.
      await t.http.get(`/api/v1/offers/${paused.body.id}`).set(rival).expect(404);
      await t.http.put(`/api/v1/offers/${paused.body.id}`).set(rival).send({ ...offerBody({ sku: 'hidden-draft', priceTiers: [{ minQuantity: 1, unitPriceMinor: 1 }] }), revision: 1 }).expect(404);
      await t.http.post(`/api/v1/offers/${paused.body.id}/transitions`).set(rival).send({ action: 'activate', revision: 1 }).expect(404);
      expect((await t.http.get('/api/v1/offers').set(rival).expect(200)).body.items).toEqual([]);
      expect((await t.http.get(`/api/v1/offers/${paused.body.id}`).set(supplier).expect(200)).body.title).toBe('Ti-6Al-4V ELI rod, 6 mm');
    });

    it('refuses a second offer with the same SKU, a bad pack unit, unknown certifications and prices in floats', async () => {
      expect((await t.http.post('/api/v1/offers').set(supplier).send(offerBody()).expect(409)).body.type).toBe('/problems/sku-taken');
      const bad = await t.http
        .post('/api/v1/offers')
        .set(supplier)
        .send(offerBody({ sku: 'bad', packSize: { value: 1, unit: 'GPa' }, certifications: ['certification/made-up'], priceTiers: [{ minQuantity: 1, unitPriceMinor: 12.5 }] }))
        .expect(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('priceTiers[0].unitPriceMinor');
      const units = await t.http.post('/api/v1/offers').set(supplier).send(offerBody({ sku: 'bad', packSize: { value: 1, unit: 'GPa' }, certifications: ['certification/made-up'] })).expect(400);
      expect(units.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['certifications[0]', 'packSize.unit']);
      // Tier errors name the tier as sent, although the offer keeps its tiers sorted by quantity.
      const tiers = await t.http
        .post('/api/v1/offers')
        .set(supplier)
        .send(offerBody({ sku: 'bad-tiers', minOrderQuantity: 2, priceTiers: [{ minQuantity: 10, unitPriceMinor: 900 }, { minQuantity: 5, unitPriceMinor: 1000 }, { minQuantity: 10, unitPriceMinor: 800 }] }))
        .expect(400);
      expect(tiers.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'priceTiers[1].minQuantity', message: 'the lowest tier must start at or below the minimum order (2)' },
          expect.objectContaining({ path: expect.stringMatching(/^priceTiers\[(0|2)\]\.minQuantity$/), message: expect.stringMatching(/starts at the same quantity/) }),
        ]),
      );
    });
  });

  describe('orders and payments', () => {
    it('pays a card order through Stripe: the signed webhook marks it paid once, whatever the duplicates and late events', async () => {
      const offer = await activeOffer({ sku: 'card-flow', stockOnHand: 5 });
      const order = (await t.http.post('/api/v1/orders').set(researcher).send({ lines: [{ offerId: offer.id, quantity: 2 }], paymentMethod: 'card' }).expect(201)).body;
      expect(order).toMatchObject({ state: 'pending_payment', totalMinor: 50000, platformFeeMinor: 4000, currency: 'EUR', payment: { status: 'none' } });
      expect(order.payment.intentId).toMatch(/^pi_/);
      expect(order.payment.clientSecret).toEqual(expect.any(String));
      // The supplier sees it, without the client secret; another researcher org does not.
      expect((await t.http.get(`/api/v1/orders/${order.id}`).set(supplier).expect(200)).body.payment).not.toHaveProperty('clientSecret');
      await t.http.get(`/api/v1/orders/${order.id}`).set(bearer('curator')).expect(404);
      await t.http.get(`/api/v1/orders/${order.id}`).set(rival).expect(404);
      await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(rival).send({ action: 'cancel' }).expect(404);
      expect((await t.http.get('/api/v1/orders?side=selling').set(rival).expect(200)).body.items).toEqual([]);
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockAvailable: 3, stockAllocated: 2 });

      // A bad signature is refused and changes nothing.
      const forged = await deliver(intentEvent('evt_forged', 'payment_intent.succeeded', order.id, order.payment.intentId), 'whsec_wrong_secret_0123456789');
      expect(forged.status).toBe(400);
      expect(forged.body.type).toBe('/problems/invalid-signature');
      expect((await t.http.get(`/api/v1/orders/${order.id}`).set(researcher).expect(200)).body.state).toBe('pending_payment');

      // The same success event, five times, two of them at once.
      const succeeded = intentEvent('evt_paid_1', 'payment_intent.succeeded', order.id, order.payment.intentId);
      const concurrent = await Promise.all([deliver(succeeded), deliver(succeeded)]);
      expect(concurrent.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
      for (let i = 0; i < 3; i++) expect((await deliver(succeeded)).status).toBe(200);
      // Then a late "processing".
      expect((await deliver(intentEvent('evt_late', 'payment_intent.processing', order.id, order.payment.intentId))).status).toBe(200);

      const paid = (await t.http.get(`/api/v1/orders/${order.id}`).set(researcher).expect(200)).body;
      expect(paid).toMatchObject({ state: 'paid', payment: { status: 'succeeded' } });
      expect(paid.history.filter((h: { to: string }) => h.to === 'paid')).toHaveLength(1);
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockOnHand: 3, stockAllocated: 0, stockAvailable: 3 });
      await mailbox.next('carol@uni.test', /Payment received/, 0);
    });

    it('runs a quote request: request, quote, counter, quote again, accept, order at the quoted price, pay by the signed webhook', async () => {
      const offer = await activeOffer({ sku: 'rfq-flow', stockOnHand: 100 });
      const asked = (await t.http.post('/api/v1/quote-requests').set(researcher).send({ offerId: offer.id, quantity: 20, message: 'For a fatigue study; lot traceability?' }).expect(201)).body;
      expect(asked).toMatchObject({ state: 'requested', currency: 'EUR', availableActions: ['withdraw'], messages: [{ side: 'buyer' }] });
      await mailbox.next('dave@acme.test', /New quote request/, 0);
      // A request carries the offer's currency from the start, so the supplier prices in it.
      const chf = await activeOffer({ sku: 'rfq-chf', currency: 'CHF', stockOnHand: 5 });
      const inChf = (await t.http.post('/api/v1/quote-requests').set(researcher).send({ offerId: chf.id, quantity: 1 }).expect(201)).body;
      expect(inChf.currency).toBe('CHF');
      const chfQuote = (await t.http.post(`/api/v1/quote-requests/${inChf.id}/transitions`).set(supplier).send({ action: 'quote', unitPriceMinor: 5000 }).expect(201)).body;
      expect(chfQuote.quote).toMatchObject({ currency: 'CHF', unitPriceMinor: 5000 });
      // Only the two sides see it.
      await t.http.get(`/api/v1/quote-requests/${asked.id}`).set(rival).expect(404);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(rival).send({ action: 'quote', unitPriceMinor: 1 }).expect(404);
      // The buyer cannot quote, the supplier cannot accept.
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(researcher).send({ action: 'quote', unitPriceMinor: 1 }).expect(403);

      const quoted = (await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(supplier).send({ action: 'quote', unitPriceMinor: 20000, message: 'Lots are traceable.' }).expect(201)).body;
      expect(quoted).toMatchObject({ state: 'quoted', quote: { unitPriceMinor: 20000, quantity: 20, currency: 'EUR' }, quoteTotalMinor: 400_000 });
      // People, organizations and the material by name, not by id.
      expect(quoted.names).toMatchObject({ material: 'Ti-6Al-4V', buyer: 'Carol Researcher', buyerOrganization: 'University Biomaterials Lab', supplier: 'Acme Implants' });
      expect(quoted.names.people).toMatchObject({ 'res-carol': 'Carol Researcher', 'sup-dave': 'Dave Supplier' });
      await mailbox.next('carol@uni.test', /Quote received/, 0);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(supplier).send({ action: 'accept' }).expect(403);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(researcher).send({ action: 'counter', unitPriceMinor: 18000, quantity: 25 }).expect(201);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/messages`).set(supplier).send({ text: 'We can do 19,000 for 25.' }).expect(201);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(supplier).send({ action: 'quote', unitPriceMinor: 19000, quantity: 25 }).expect(201);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/order`).set(researcher).send({ paymentMethod: 'card' }).expect(409);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(researcher).send({ action: 'accept' }).expect(201);

      const order = (await t.http.post(`/api/v1/quote-requests/${asked.id}/order`).set(researcher).send({ paymentMethod: 'card' }).expect(201)).body;
      expect(order).toMatchObject({ state: 'pending_payment', quoteId: asked.id, totalMinor: 475000, lines: [{ quantity: 25, unitPriceMinor: 19000 }] });
      const after = (await t.http.get(`/api/v1/quote-requests/${asked.id}`).set(researcher).expect(200)).body;
      expect(after).toMatchObject({ state: 'ordered', orderId: order.id });
      expect(after.messages).toHaveLength(3);
      await t.http.post(`/api/v1/quote-requests/${asked.id}/order`).set(researcher).send({ paymentMethod: 'card' }).expect(409);

      expect((await deliver(intentEvent('evt_rfq_paid', 'payment_intent.succeeded', order.id, order.payment.intentId))).status).toBe(200);
      expect((await t.http.get(`/api/v1/orders/${order.id}`).set(researcher).expect(200)).body.state).toBe('paid');
    });

    it('expires a quote past its validity, and an expired quote cannot be accepted', async () => {
      const offer = await activeOffer({ sku: 'rfq-expiry', stockOnHand: 10 });
      const asked = (await t.http.post('/api/v1/quote-requests').set(researcher).send({ offerId: offer.id, quantity: 2 }).expect(201)).body;
      const validUntil = new Date(Date.now() + 60_000).toISOString();
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(supplier).send({ action: 'quote', unitPriceMinor: 100, validUntil }).expect(201);
      expect(await t.app.get(QuotesService).expire(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
      expect((await t.http.get(`/api/v1/quote-requests/${asked.id}`).set(researcher).expect(200)).body.state).toBe('expired');
      await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(researcher).send({ action: 'accept' }).expect(409);
    });

    it('onboards the supplier with Stripe Connect Express, then charges with an application fee to its account and refunds reversing transfer and fee', async () => {
      const onboarding = (await t.http.post('/api/v1/organizations/org-acme/payouts/onboarding').set(supplier).expect(201)).body;
      expect(onboarding.accountId).toMatch(/^acct_/);
      expect(onboarding.url).toMatch(/^https?:\/\//);
      await t.http.post('/api/v1/organizations/org-acme/payouts/onboarding').set(rival).expect(404);
      await t.http.post('/api/v1/organizations/org-uni/payouts/onboarding').set(researcher).expect(409);
      const account = { id: onboarding.accountId, object: 'account', payouts_enabled: true, charges_enabled: true };
      expect((await deliver({ id: 'evt_acct_1', object: 'event', type: 'account.updated', api_version: '2024-06-20', created: 1, data: { object: account } })).status).toBe(200);
      expect((await t.http.get('/api/v1/organizations/org-acme').set(supplier).expect(200)).body.payouts).toEqual({ onboarded: true, enabled: true });

      const offer = await activeOffer({ sku: 'connect-flow', stockOnHand: 3 });
      const order = (await t.http.post('/api/v1/orders').set(researcher).send({ lines: [{ offerId: offer.id, quantity: 1 }], paymentMethod: 'card' }).expect(201)).body;
      expect(order.payment.intentId).toMatch(/^pi_/);
      await deliver(intentEvent('evt_connect_paid', 'payment_intent.succeeded', order.id, order.payment.intentId)).expect(200);
      // A buyer cannot refund; the supplier can.
      await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(researcher).send({ action: 'refund' }).expect(403);
      const refunded = (await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(supplier).send({ action: 'refund' }).expect(200)).body;
      expect(refunded.state).toBe('refunded');
    });

    it('sells exactly the stock to 50 concurrent orders: 10 succeed, the rest get 409, stock never negative', async () => {
      const offer = await activeOffer({ sku: 'scarce', stockOnHand: 10 });
      const results = await Promise.all(
        Array.from({ length: 50 }, () => t.http.post('/api/v1/orders').set(researcher).send({ lines: [{ offerId: offer.id, quantity: 1 }], paymentMethod: 'invoice' })),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      expect(results.find((r) => r.status === 409)!.body.type).toBe('/problems/out-of-stock');
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockOnHand: 10, stockAllocated: 10, stockAvailable: 0 });
    });

    it('returns the first order when order creation is retried with the same Idempotency-Key', async () => {
      const offer = await activeOffer({ sku: 'idem', stockOnHand: 5 });
      const body = { lines: [{ offerId: offer.id, quantity: 1 }], paymentMethod: 'invoice' };
      const key = 'order-7f1c2b9e-4d3a-4f6b-9c1e-2a5b8d0e1f23';
      const first = await t.http.post('/api/v1/orders').set(researcher).set('idempotency-key', key).send(body).expect(201);
      const again = await t.http.post('/api/v1/orders').set(researcher).set('idempotency-key', key).send(body).expect(201);
      expect(again.body.id).toBe(first.body.id);
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body.stockAllocated).toBe(1);
      await t.http.post('/api/v1/orders').set(researcher).set('idempotency-key', key).send({ ...body, lines: [{ offerId: offer.id, quantity: 2 }] }).expect(422);
    });

    it('lets the supplier mark an invoice order paid and ship it; the buyer cannot mark it paid; other suppliers see nothing', async () => {
      const offer = await activeOffer({ sku: 'invoice-flow', stockOnHand: 3 });
      const order = (await t.http.post('/api/v1/orders').set(researcher).send({ lines: [{ offerId: offer.id, quantity: 1 }], paymentMethod: 'invoice' }).expect(201)).body;
      await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(researcher).send({ action: 'mark_paid' }).expect(403);
      const paid = await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(supplier).send({ action: 'mark_paid' }).expect(200);
      expect(paid.body).toMatchObject({ state: 'paid', availableActions: ['ship', 'refund'] });
      await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(supplier).send({ action: 'ship' }).expect(200);
      await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(researcher).send({ action: 'deliver' }).expect(200);
      // A second "ship" is refused by the lifecycle.
      expect((await t.http.post(`/api/v1/orders/${order.id}/transitions`).set(supplier).send({ action: 'ship' }).expect(409)).body.type).toBe('/problems/invalid-transition');
      expect((await t.http.get('/api/v1/orders?side=selling').set(supplier).expect(200)).body.items.map((o: { id: string }) => o.id)).toContain(order.id);
    });

    it('releases stock an interrupted cancellation left held (crash between the two steps)', async () => {
      const offer = await activeOffer({ sku: 'interrupted', stockOnHand: 4 });
      const order = (await t.http.post('/api/v1/orders').set(researcher).send({ lines: [{ offerId: offer.id, quantity: 3 }], paymentMethod: 'invoice' }).expect(201)).body;
      // The order is cancelled, but the process dies before the stock step.
      await t.app.get(OrdersService).move(order.id, 'cancel', 'buyer');
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockAvailable: 1, stockAllocated: 3 });
      expect(await t.app.get(OrdersService).repairAllocations()).toBeGreaterThanOrEqual(1);
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockAvailable: 4, stockAllocated: 0 });
      expect(await t.app.get(OrdersService).repairAllocations()).toBe(0);
    });

    it('gives the stock of an unpaid order back when its payment window elapses', async () => {
      const offer = await activeOffer({ sku: 'expiring', stockOnHand: 2 });
      const order = (await t.http.post('/api/v1/orders').set(researcher).send({ lines: [{ offerId: offer.id, quantity: 2 }], paymentMethod: 'invoice' }).expect(201)).body;
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body.stockAvailable).toBe(0);
      const expired = await t.app.get(OrdersService).expireUnpaid(new Date(Date.now() + 2 * 86_400_000));
      expect(expired).toBeGreaterThanOrEqual(1);
      expect((await t.http.get(`/api/v1/orders/${order.id}`).set(researcher).expect(200)).body.state).toBe('cancelled');
      expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockAvailable: 2, stockAllocated: 0 });
    });
  });
});
