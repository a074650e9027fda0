import { randomUUID } from 'node:crypto';
import { TokensService } from '../src/accounts/auth/tokens.service';
import { OrganizationsService } from '../src/accounts/organizations/organizations.service';
import { UsersService } from '../src/accounts/users/users.service';
import { OrderNumbers } from '../src/checkout/order-numbers';
import { REVERSE_CHARGE_NOTE } from '../src/checkout/vat';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { publishMaterial } from './helpers/catalogue';
import { pdfText } from './helpers/pdf-text';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

type Auth = { authorization: string };
const address = (overrides: Record<string, unknown> = {}) => ({
  label: 'Lab delivery',
  recipient: 'Carol Researcher',
  organizationName: 'University Biomaterials Lab',
  lines: ['Hauptstrasse 1', 'Building 4, Room 210'],
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  ...overrides,
});
const offerBody = (sku: string, overrides: Record<string, unknown> = {}) => ({
  sku,
  materialSlug: 'ti-6al-4v',
  title: `Ti-6Al-4V ELI rod (${sku})`,
  grade: 'implant',
  form: 'form/rod',
  packSize: { value: 1, unit: 'kg' },
  priceTiers: [
    { minQuantity: 1, unitPriceMinor: 25_000 },
    { minQuantity: 10, unitPriceMinor: 21_000 },
  ],
  stockOnHand: 5,
  leadTimeDays: 10,
  certifications: [],
  shipsTo: ['DE', 'FR', 'IT'],
  ...overrides,
});


describe('Checkout: cart, addresses, VAT, orders as documents, invoices', () => {
  let t: TestApp;
  let researcher: Auth;
  let acme: Auth; // supplier in FR: reverse charge to a DE buyer
  let berlin: Auth; // supplier in DE: domestic VAT
  let shipToId: string;
  let billToId: string;

  async function member(id: string, org: { id: string; name: string; kind: 'supplier' | 'research_institution'; country: string }): Promise<Auth> {
    const user = await t.app.get(UsersService).create({ email: `${id}@${org.id}.test`, name: `${id} of ${org.name}`, passwordHash: null, emailVerified: true });
    if (!(await t.app.get(OrganizationsService).byId(org.id))) await t.app.get(OrganizationsService).create(org, user._id);
    else await t.app.get(OrganizationsService).addMember(org.id, user._id, 'admin');
    return { authorization: `Bearer ${(await t.app.get(TokensService).issue(user._id, org.id)).accessToken}` };
  }

  async function activeOffer(as: Auth, sku: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; revision: number }> {
    const created = await t.http.post('/api/v1/offers').set(as).send(offerBody(sku, overrides)).expect(201);
    return (await t.http.post(`/api/v1/offers/${created.body.id}/transitions`).set(as).send({ action: 'activate', revision: created.body.revision }).expect(201)).body;
  }

  /** The text of a PDF the API serves at `path` to `who`. */
  async function pdfAt(path: string, who: Auth): Promise<{ text: string; contentType: string }> {
    const res = await t.http
      .get(path)
      .set(who)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return { text: await pdfText(res.body as Buffer), contentType: String(res.headers['content-type']) };
  }

  const checkoutBody = (overrides: Record<string, unknown> = {}) => ({ shipToAddressId: shipToId, billToAddressId: billToId, paymentMethod: 'invoice', poNumber: 'PO-2026-0042', ...overrides });

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
    await publishMaterial(t, 'ti-6al-4v', ti64());
    researcher = bearer('researcher');
    acme = bearer('supplier');
    berlin = await member('bea', { id: 'org-berlin', name: 'Berlin Biometals GmbH', kind: 'supplier', country: 'DE' });
    await t.http
      .patch('/api/v1/organizations/org-acme/billing')
      .set(acme)
      .send({ vatNumber: 'FR32123456789', invoiceDueDays: 45, legalAddress: { organizationName: 'Acme Implants SAS', lines: ['12 rue des Alliages'], postalCode: '69001', city: 'Lyon', country: 'FR' } })
      .expect(200);
    await t.http
      .patch('/api/v1/organizations/org-berlin/billing')
      .set(berlin)
      .send({ vatNumber: 'DE298765435', legalAddress: { organizationName: 'Berlin Biometals GmbH', lines: ['Werkstrasse 9'], postalCode: '12345', city: 'Berlin', country: 'DE' } })
      .expect(200);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('keeps billing settings and an address book, refusing a malformed VAT number or country in plain words', async () => {
    const bad = await t.http.patch('/api/v1/organizations/org-uni/billing').set(researcher).send({ vatNumber: 'DE812345674' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'vatNumber', message: expect.stringContaining('not a valid EU VAT number') })]);
    const billing = await t.http.patch('/api/v1/organizations/org-uni/billing').set(researcher).send({ vatNumber: 'de 812 345 673', requirePoForInvoice: true }).expect(200);
    expect(billing.body).toMatchObject({ vatNumber: 'DE812345673', vatNumberCountry: 'DE', requirePoForInvoice: true, invoiceDueDays: 30 });
    const wrongCountry = await t.http.post('/api/v1/organizations/org-uni/addresses').set(researcher).send(address({ country: 'Germany' })).expect(400);
    expect(wrongCountry.body.errors[0].path).toBe('country');
    shipToId = (await t.http.post('/api/v1/organizations/org-uni/addresses').set(researcher).send(address()).expect(201)).body.id;
    billToId = (await t.http.post('/api/v1/organizations/org-uni/addresses').set(researcher).send(address({ label: 'Accounts payable', recipient: 'Accounts payable', lines: ['Universitaetsstrasse 5'] })).expect(201)).body.id;
    const book = await t.http.get('/api/v1/organizations/org-uni/addresses').set(researcher).expect(200);
    expect(book.body.items.map((a: { label: string }) => a.label)).toEqual(['Lab delivery', 'Accounts payable']);
    await t.http.get('/api/v1/organizations/org-uni/addresses').set(acme).expect(404);
  });

  it('checks out two suppliers: reverse charge from FR, 19 % from DE; price change reported; stock held at confirm; invoices for both sides', async () => {
    const fr = await activeOffer(acme, 'fr-rod');
    const de = await activeOffer(berlin, 'de-rod', { priceTiers: [{ minQuantity: 1, unitPriceMinor: 12_345 }], stockOnHand: 10 });
    await t.http.post('/api/v1/cart/lines').set(researcher).send({ offerId: fr.id, quantity: 2 }).expect(200);
    const cart = (await t.http.post('/api/v1/cart/lines').set(researcher).send({ offerId: de.id, quantity: 3 }).expect(200)).body;
    expect(cart).toMatchObject({ organizationId: 'org-uni', suppliers: 2 });
    expect(cart.lines.map((l: { supplier: { name: string }; problems: unknown[] }) => [l.supplier.name, l.problems])).toEqual([
      ['Acme Implants', []],
      ['Berlin Biometals GmbH', []],
    ]);
    // Adding to the cart holds no stock.
    expect((await t.http.get(`/api/v1/offers/${fr.id}`).set(acme).expect(200)).body.stockAvailable).toBe(5);

    // The organization requires a PO for invoice payment.
    const noPo = await t.http.post('/api/v1/checkout/preview').set(researcher).send(checkoutBody({ poNumber: undefined })).expect(400);
    expect(noPo.body.errors[0].path).toBe('poNumber');

    const preview = (await t.http.post('/api/v1/checkout/preview').set(researcher).send(checkoutBody()).expect(200)).body;
    expect(preview.problems).toEqual([]);
    const bySupplier = Object.fromEntries(preview.orders.map((o: { supplier: { id: string } }) => [o.supplier.id, o]));
    expect(bySupplier['org-acme']).toMatchObject({ netMinor: 50_000, vat: { rule: 'reverse-charge', rateBps: 0, amountMinor: 0, note: REVERSE_CHARGE_NOTE }, grossMinor: 50_000, paymentTerms: { dueDays: 45 } });
    // 3 x 123.45 = 370.35 net; 19 % = 70.3665 -> 70.37 (half up per line)
    expect(bySupplier['org-berlin']).toMatchObject({ netMinor: 37_035, vat: { rule: 'domestic', rateBps: 1900, amountMinor: 7_037 }, grossMinor: 44_072, paymentTerms: { dueDays: 30 } });
    const expectedTotals = preview.orders.map((o: { supplier: { id: string }; grossMinor: number }) => ({ supplierOrgId: o.supplier.id, grossMinor: o.grossMinor }));

    // The supplier raises the price between review and confirm: reported, nothing ordered.
    const offer = (await t.http.get(`/api/v1/offers/${fr.id}`).set(acme).expect(200)).body;
    await t.http
      .put(`/api/v1/offers/${fr.id}`)
      .set(acme)
      .send({ ...offerBody('fr-rod', { priceTiers: [{ minQuantity: 1, unitPriceMinor: 26_000 }] }), revision: offer.revision })
      .expect(200);
    const changed = await t.http.post('/api/v1/checkout/confirm').set(researcher).set('Idempotency-Key', randomUUID()).send({ ...checkoutBody(), expectedTotals }).expect(409);
    expect(changed.body.detail).toMatch(/price changed from €250.00 to €260.00/);
    expect((await t.http.get('/api/v1/orders?side=buying').set(researcher).expect(200)).body.total).toBe(0);
    await t.http.post('/api/v1/cart/accept-prices').set(researcher).expect(200);
    const stale = await t.http.post('/api/v1/checkout/confirm').set(researcher).set('Idempotency-Key', randomUUID()).send({ ...checkoutBody(), expectedTotals }).expect(409);
    expect(stale.body.type).toMatch(/checkout-changed/);
    await t.http.post('/api/v1/checkout/confirm').set(researcher).send({ ...checkoutBody(), expectedTotals }).expect(400); // no Idempotency-Key

    const reviewed = (await t.http.post('/api/v1/checkout/preview').set(researcher).send(checkoutBody()).expect(200)).body;
    const totals = reviewed.orders.map((o: { supplier: { id: string }; grossMinor: number }) => ({ supplierOrgId: o.supplier.id, grossMinor: o.grossMinor }));
    const key = randomUUID();
    const placed = (await t.http.post('/api/v1/checkout/confirm').set(researcher).set('Idempotency-Key', key).send({ ...checkoutBody(), expectedTotals: totals }).expect(201)).body;
    expect(placed.orders).toHaveLength(2);
    const again = (await t.http.post('/api/v1/checkout/confirm').set(researcher).set('Idempotency-Key', key).send({ ...checkoutBody(), expectedTotals: totals }).expect(201)).body;
    expect(again.orders.map((o: { id: string }) => o.id)).toEqual(placed.orders.map((o: { id: string }) => o.id));
    expect((await t.http.get('/api/v1/cart').set(researcher).expect(200)).body.lines).toEqual([]);
    expect((await t.http.get(`/api/v1/offers/${fr.id}`).set(acme).expect(200)).body).toMatchObject({ stockAvailable: 3, stockAllocated: 2 });

    const frOrder = placed.orders.find((o: { supplierOrgId: string }) => o.supplierOrgId === 'org-acme');
    expect(frOrder).toMatchObject({
      state: 'pending_payment',
      number: `${new Date().getUTCFullYear()}-00001`,
      totalMinor: 52_000,
      netMinor: 52_000,
      poNumber: 'PO-2026-0042',
      dueDays: 45,
      buyerParty: { name: 'University Biomaterials Lab', vatNumber: 'DE812345673' },
      supplierParty: { name: 'Acme Implants', vatNumber: 'FR32123456789' },
      shipTo: { city: 'Berlin', country: 'DE' },
    });
    // An invoice order is due in the supplier's terms, not in a day.
    expect(new Date(frOrder.payBy).getTime() - Date.now()).toBeGreaterThan(44 * 86_400_000);

    // The supplier's desk counts both orders to ship (invoice orders ship before payment).
    expect((await t.http.get('/api/v1/me/attention').set(acme).expect(200)).body).toMatchObject({ orders: 1 });
    // The supplier ships it unpaid with a tracking number; the buyer confirms delivery.
    const shipped = (await t.http.post(`/api/v1/orders/${frOrder.id}/transitions`).set(acme).send({ action: 'ship', carrier: 'DHL Express', trackingNumber: 'JD014600003828' }).expect(200)).body;
    expect(shipped).toMatchObject({ state: 'shipped', shipment: { carrier: 'DHL Express', trackingNumber: 'JD014600003828' } });
    expect(shipped.availableActions).toContain('mark_paid');
    expect(shipped.availableActions).not.toContain('refund'); // nothing paid yet
    expect((await t.http.get('/api/v1/me/attention').set(researcher).expect(200)).body).toMatchObject({ orders: 1 }); // to confirm delivery
    const delivered = (await t.http.post(`/api/v1/orders/${frOrder.id}/transitions`).set(researcher).send({ action: 'deliver' }).expect(200)).body;
    expect((await t.http.get('/api/v1/me/attention').set(researcher).expect(200)).body).toMatchObject({ orders: 0 });
    expect(delivered.state).toBe('delivered');
    expect(delivered.deliveredAt).toEqual(expect.any(String));
    const paid = (await t.http.post(`/api/v1/orders/${frOrder.id}/transitions`).set(acme).send({ action: 'mark_paid' }).expect(200)).body;
    expect(paid).toMatchObject({ state: 'delivered', payment: { status: 'succeeded' } });

    for (const side of [researcher, acme]) {
      const { text, contentType } = await pdfAt(`/api/v1/orders/${frOrder.id}/invoice.pdf`, side);
      expect(contentType).toMatch(/application\/pdf/);
      expect(text).toContain(`Invoice number: ${frOrder.number}`);
      expect(text).toContain('VAT number: FR32123456789');
      expect(text).toContain('VAT number: DE812345673');
      expect(text).toContain('Purchase order: PO-2026-0042');
      expect(text).toMatch(/Total EUR 520\.00/);
      expect(text).toContain('Reverse charge');
    }
    await t.http.get(`/api/v1/orders/${frOrder.id}/invoice.pdf`).set(berlin).expect(404);
    // A refund of the paid invoice issues a credit note with its own number.
    await t.http.get(`/api/v1/orders/${frOrder.id}/credit-note.pdf`).set(researcher).expect(409);
    const refunded = (await t.http.post(`/api/v1/orders/${frOrder.id}/transitions`).set(acme).send({ action: 'refund' }).expect(200)).body;
    expect(refunded).toMatchObject({ state: 'refunded', creditNote: { number: `CN-${new Date().getUTCFullYear()}-00001` } });
    const credit = (await pdfAt(`/api/v1/orders/${frOrder.id}/credit-note.pdf`, researcher)).text;
    expect(credit).toContain(`Credit note number: CN-${new Date().getUTCFullYear()}-00001`);
    expect(credit).toContain(`Credits invoice: ${frOrder.number}`);
    expect(credit).toMatch(/Total EUR -520\.00/);

    const deOrder = placed.orders.find((o: { supplierOrgId: string }) => o.supplierOrgId === 'org-berlin');
    expect(deOrder).toMatchObject({ number: `${new Date().getUTCFullYear()}-00001`, netMinor: 37_035, totalMinor: 44_072, vat: { rule: 'domestic', amountMinor: 7_037 } });
    const deText = (await pdfAt(`/api/v1/orders/${deOrder.id}/invoice.pdf`, berlin)).text;
    expect(deText).toMatch(/VAT 19 % EUR 70\.37/);
    expect(deText).toMatch(/Total EUR 440\.72/);

    // Cancelling a numbered order needs a reason.
    const noReason = await t.http.post(`/api/v1/orders/${deOrder.id}/transitions`).set(researcher).send({ action: 'cancel' }).expect(400);
    expect(noReason.body.errors[0].path).toBe('reason');
    const cancelled = (await t.http.post(`/api/v1/orders/${deOrder.id}/transitions`).set(researcher).send({ action: 'cancel', reason: 'Ordered the wrong diameter' }).expect(200)).body;
    expect(cancelled).toMatchObject({ state: 'cancelled', number: deOrder.number, cancellation: { reason: 'Ordered the wrong diameter' } });
  }, 60_000);

  it('orders an accepted quote through the cart at its price and quantity, and marks the quote ordered', async () => {
    const offer = await activeOffer(acme, 'quoted-rod', { stockOnHand: 50 });
    const asked = (await t.http.post('/api/v1/quote-requests').set(researcher).send({ offerId: offer.id, quantity: 30 }).expect(201)).body;
    await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(acme).send({ action: 'quote', unitPriceMinor: 19_900 }).expect(201);
    // Not accepted yet: it cannot go in the cart.
    await t.http.post('/api/v1/cart/lines').set(researcher).send({ offerId: offer.id, quantity: 1, quoteId: asked.id }).expect(409);
    await t.http.post(`/api/v1/quote-requests/${asked.id}/transitions`).set(researcher).send({ action: 'accept' }).expect(201);
    await t.http.post('/api/v1/cart/lines').set(researcher).send({ offerId: offer.id, quantity: 2 }).expect(200);
    const cart = (await t.http.post('/api/v1/cart/lines').set(researcher).send({ offerId: offer.id, quantity: 1, quoteId: asked.id }).expect(200)).body;
    expect(cart.lines).toEqual([expect.objectContaining({ offerId: offer.id, quoteId: asked.id, quantity: 30, unitPriceMinor: 19_900, lineNetMinor: 597_000, problems: [] })]);
    const line = cart.lines[0];
    expect((await t.http.patch(`/api/v1/cart/lines/${line.id}`).set(researcher).send({ quantity: 31 }).expect(400)).body.errors[0].path).toBe('quantity');
    const preview = (await t.http.post('/api/v1/checkout/preview').set(researcher).send(checkoutBody()).expect(200)).body;
    expect(preview.orders).toEqual([expect.objectContaining({ netMinor: 597_000, vat: expect.objectContaining({ rule: 'reverse-charge' }) })]);
    const placed = (await t.http
      .post('/api/v1/checkout/confirm')
      .set(researcher)
      .set('Idempotency-Key', randomUUID())
      .send({ ...checkoutBody(), expectedTotals: [{ supplierOrgId: 'org-acme', grossMinor: 597_000 }] })
      .expect(201)).body;
    expect(placed.orders[0]).toMatchObject({ quoteId: asked.id, totalMinor: 597_000 });
    expect((await t.http.get(`/api/v1/quote-requests/${asked.id}`).set(researcher).expect(200)).body).toMatchObject({ state: 'ordered', orderId: placed.orders[0].id });
  });

  it('under 20 concurrent checkouts for 15 packs: exactly 15 succeed, numbered 1..15 without a gap', async () => {
    const supplier = await member('sam', { id: 'org-gapless', name: 'Gapless Metals', kind: 'supplier', country: 'DE' });
    const offer = await activeOffer(supplier, 'last-units', { stockOnHand: 15, priceTiers: [{ minQuantity: 1, unitPriceMinor: 1_000 }] });
    const buyers: Auth[] = [];
    const bodies: Record<string, unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      const orgId = `org-buyer-${i}`;
      const as = await member(`buyer${i}`, { id: orgId, name: `Buyer Lab ${i}`, kind: 'research_institution', country: 'DE' });
      const a = (await t.http.post(`/api/v1/organizations/${orgId}/addresses`).set(as).send(address()).expect(201)).body.id;
      await t.http.post('/api/v1/cart/lines').set(as).send({ offerId: offer.id, quantity: 1 }).expect(200);
      const body = { shipToAddressId: a, billToAddressId: a, paymentMethod: 'invoice' };
      const p = (await t.http.post('/api/v1/checkout/preview').set(as).send(body).expect(200)).body;
      buyers.push(as);
      bodies.push({ ...body, expectedTotals: [{ supplierOrgId: 'org-gapless', grossMinor: p.orders[0].grossMinor }] });
    }
    const answers = await Promise.all(buyers.map((as, i) => t.http.post('/api/v1/checkout/confirm').set(as).set('Idempotency-Key', randomUUID()).send(bodies[i])));
    const ok = answers.filter((r) => r.status === 201);
    expect(answers.filter((r) => r.status !== 201).map((r) => r.status)).toEqual(Array(5).fill(409));
    expect(ok).toHaveLength(15);
    const year = new Date().getUTCFullYear();
    const numbers = ok.map((r) => r.body.orders[0].number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => `${year}-${String(i + 1).padStart(5, '0')}`));
    expect((await t.http.get(`/api/v1/offers/${offer.id}`).set(supplier).expect(200)).body).toMatchObject({ stockAvailable: 0, stockAllocated: 15 });
    // The supplier's list shows the 15 orders, not the abandoned attempts.
    expect((await t.http.get('/api/v1/orders?side=selling&perPage=100').set(supplier).expect(200)).body.total).toBe(15);
  }, 90_000);

  it('claims each number once per document, whatever the concurrency', async () => {
    const numbers = t.app.get(OrderNumbers);
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => numbers.claim('org-claims', 2030, 'order', `doc-${i % 10}`)));
    expect(new Set(claims).size).toBe(10);
    expect([...new Set(claims)].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `2030-${String(i + 1).padStart(5, '0')}`));
  });
});
