/**
 * Buying in the browser (issue #15): a researcher of an Italian lab adds offers of two suppliers to
 * the cart (one in Germany: reverse charge; one in Italy: 22 % VAT), checks out with a new address,
 * a PO number and the lab's VAT number, reviews both orders and places them; the German supplier
 * ships with a tracking number; the researcher confirms delivery; both download the invoice PDF,
 * whose text is checked (numbers, VAT ids, totals). axe-core runs on every page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { OrganizationsService } from '../../src/accounts/organizations/organizations.service';
import { UsersService } from '../../src/accounts/users/users.service';
import { seedDir } from '../../src/seed/seed.service';
import { VocabularyService } from '../../src/vocabulary/vocabulary.service';
import { WebModule, webDistDir } from '../../src/web/web.module';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from '../fixtures/search-catalogue';
import { publishMaterial } from '../helpers/catalogue';
import { pdfText } from '../helpers/pdf-text';
import { startTestApp, TestApp } from '../helpers/test-app';
import { axe, AxeViolation, CHROMIUM, describeViolations, launchBrowser, outputDir, UiBrowser } from './browser';
import { TokensService } from '../../src/accounts/auth/tokens.service';

jest.setTimeout(240_000);

const ROSA = { email: 'rosa@polimi-lab.example', password: 'biomat-demo-rosa-2026' };
const SVEN = { email: 'sven@acme-implants.example', password: 'biomat-demo-sven-2026' };
const YEAR = new Date().getUTCFullYear();

describe('Web UI: cart, checkout, orders, invoices (browser)', () => {
  let t: TestApp;
  let base: string;
  let b: UiBrowser;
  let page: Page;
  const out = outputDir('ui-checkout');
  const violations: Record<string, AxeViolation[]> = {};
  let shot = 0;

  async function check(name: string) {
    await page.screenshot({ path: join(out, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
    const v = await axe(page);
    if (v.length) violations[name] = v;
  }

  async function signIn(who: { email: string; password: string }) {
    await page.goto(`${base}/signin`);
    await page.evaluate(`localStorage.removeItem('biomat.session')`);
    await page.reload();
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

  async function downloadText(button: string): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return pdfText(readFileSync((await download.path())!));
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(join(webDistDir(), 'index.html'))) {
      execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
    }
    t = await startTestApp({}, { extraModules: [WebModule] });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    await publishMaterial(t, 'ti-6al-4v', SEARCH_MATERIALS['ti-6al-4v']);
    // An Italian supplier (domestic VAT for the Italian lab).
    const gianni = await t.app.get(UsersService).create({ email: 'gianni@milano-metalli.test', name: 'Gianni Fornitore', passwordHash: null, emailVerified: true });
    await t.app.get(OrganizationsService).create({ id: 'org-milano-metalli', name: 'Milano Metalli Medicali S.r.l.', kind: 'supplier', country: 'IT', verified: true }, gianni._id);
    const milano = { authorization: `Bearer ${(await t.app.get(TokensService).issue(gianni._id, 'org-milano-metalli')).accessToken}` };
    const sven = { authorization: `Bearer ${(await t.http.post('/api/v1/auth/login').send(SVEN).expect(200)).body.accessToken}` };
    const rosa = { authorization: `Bearer ${(await t.http.post('/api/v1/auth/login').send(ROSA).expect(200)).body.accessToken}` };
    await t.http.patch('/api/v1/organizations/org-acme-implants/billing').set(sven).send({ vatNumber: 'DE812345673', legalAddress: { organizationName: 'Acme Implant Materials GmbH', lines: ['Industriestrasse 4'], postalCode: '70565', city: 'Stuttgart', country: 'DE' } }).expect(200);
    await t.http.patch('/api/v1/organizations/org-milano-metalli/billing').set(milano).send({ vatNumber: 'IT76543210017', legalAddress: { organizationName: 'Milano Metalli Medicali S.r.l.', lines: ['Via Torino 10'], postalCode: '20123', city: 'Milano', country: 'IT' } }).expect(200);
    await t.http.patch('/api/v1/organizations/org-polimi-lab/billing').set(rosa).send({ vatNumber: 'IT12345670017', requirePoForInvoice: true }).expect(200);
    for (const [as, sku, title, price] of [
      [sven, 'ti64-rod-de', 'Ti-6Al-4V ELI rod, 6 mm (Stuttgart)', 25_000],
      [milano, 'ti64-bar-it', 'Ti-6Al-4V ELI bar, 20 mm (Milano)', 12_345],
    ] as const) {
      const offer = await t.http
        .post('/api/v1/offers')
        .set(as)
        .send({ sku, materialSlug: 'ti-6al-4v', title, grade: 'implant', form: 'form/rod', packSize: { value: 1, unit: 'kg' }, priceTiers: [{ minQuantity: 1, unitPriceMinor: price }], stockOnHand: 10, leadTimeDays: 7, shipsTo: ['IT', 'DE'] })
        .expect(201);
      await t.http.post(`/api/v1/offers/${offer.body.id}/transitions`).set(as).send({ action: 'activate', revision: offer.body.revision }).expect(201);
    }
    b = await launchBrowser();
    page = b.page;
  });

  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('the researcher fills the cart from two suppliers, checks out with address, PO and VAT number, and sees two orders with their totals', async () => {
    await signIn(ROSA);
    await page.goto(`${base}/materials/ti-6al-4v`);
    const de = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Stuttgart/ }) });
    await de.getByText('Sold by Acme Implant Materials GmbH (demo) (DE) · ships to DE, IT').waitFor();
    await de.getByLabel('Packs').fill('2');
    await de.getByText('€250.00 per pack, €500.00 net').waitFor();
    await de.getByRole('button', { name: 'Add to cart' }).click();
    await de.getByRole('status').getByText('Added.').waitFor();
    const it = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Milano/ }) });
    await it.getByRole('button', { name: 'Add to cart' }).click();
    await it.getByRole('status').getByText('Added.').waitFor();
    // Nothing is held yet: the offer still shows its whole stock.
    expect(await de.getByText('10 in stock').count()).toBe(1);
    await check('datasheet-offers');

    await nav('Cart').click();
    await page.getByRole('heading', { name: 'Acme Implant Materials GmbH (demo) (DE)' }).waitFor();
    await page.getByRole('heading', { name: 'Milano Metalli Medicali S.r.l. (IT)' }).waitFor();
    await check('cart');
    await page.getByRole('link', { name: 'Check out' }).click();

    await page.getByRole('button', { name: 'Add an address' }).click();
    await page.getByLabel('Name in the address book').fill('Lab delivery');
    await page.getByLabel('Recipient (optional)').fill('Rosa Ricercatrice');
    await page.getByLabel('Organization or department').fill('Politecnico Biomaterials Lab');
    await page.getByLabel('Street and number').fill('Piazza Leonardo da Vinci 32');
    await page.getByLabel('Postal code').fill('20133');
    await page.getByLabel('City').fill('Milano');
    await page.getByLabel('Country code').fill('IT');
    await page.getByRole('button', { name: 'Save the address' }).click();
    await page.getByLabel('Ship to').waitFor();
    expect(await page.getByLabel('EU VAT number of the buyer').inputValue()).toBe('IT12345670017');
    // The lab requires a PO for invoice payment: said at the field.
    await page.getByRole('button', { name: 'Review order' }).click();
    await page.getByText('Purchase-order number your organization requires a purchase-order number').waitFor();
    await check('checkout-form-error');
    await page.getByLabel(/Purchase-order number/).fill('PO-POLIMI-2026-117');
    await page.getByRole('button', { name: 'Review order' }).click();

    const deOrder = page.getByRole('article', { name: 'Order from Acme Implant Materials GmbH (demo)' });
    const itOrder = page.getByRole('article', { name: 'Order from Milano Metalli Medicali S.r.l.' });
    await deOrder.getByText(/Reverse charge: no VAT charged/).waitFor();
    expect(await deOrder.getByText('€500.00').count()).toBeGreaterThan(0);
    // 123.45 net, 22 % VAT = 27.159 -> 27.16, gross 150.61
    await itOrder.getByText('VAT 22 %').waitFor();
    await itOrder.getByText('€27.16').waitFor();
    await itOrder.getByText('€150.61').waitFor();
    await page.getByText(/All orders: €623.45 net \+ €27.16 VAT = €650.61/).waitFor();
    await check('checkout-review');
    // Usable on a phone: nothing wider than a 390 px screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await check('checkout-review-390px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Place 2 orders' }).click();
    await page.getByRole('heading', { name: 'Thank you: 2 orders are placed' }).waitFor();
    await page.getByRole('link', { name: `Order ${YEAR}-00001 from Acme Implant Materials GmbH (demo)` }).waitFor();
    await page.getByRole('link', { name: `Order ${YEAR}-00001 from Milano Metalli Medicali S.r.l.` }).waitFor();
    await check('checkout-done');
    // The cart is empty now.
    await nav('Cart').click();
    await page.getByText('Your organization’s cart is empty.').waitFor();
  });

  it('the supplier ships with a tracking number, the researcher confirms delivery, both download the invoice', async () => {
    await signIn(SVEN);
    // The navigation says an order waits to be shipped.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Orders', exact: true }) }).getByRole('status', { name: '1 waiting for you' }).waitFor();
    await nav('Orders').click();
    // The supplier's desk opens on the orders received.
    await page.getByRole('button', { name: 'Received', pressed: true }).waitFor();
    await page.getByRole('link', { name: `Order ${YEAR}-00001` }).click();
    await page.getByText('from Politecnico Biomaterials Lab (demo)').waitFor();
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Carrier').fill('DHL Express');
    await dialog.getByLabel('Tracking number').fill('JD014600003828');
    await dialog.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByText(/with DHL Express, tracking number JD014600003828/).waitFor();
    await check('order-supplier-shipped');
    const supplierInvoice = await downloadText('Download the invoice (PDF)');
    expect(supplierInvoice).toContain(`Invoice number: ${YEAR}-00001`);
    expect(supplierInvoice).toContain('VAT number: DE812345673');
    expect(supplierInvoice).toContain('VAT number: IT12345670017');
    expect(supplierInvoice).toContain('Purchase order: PO-POLIMI-2026-117');
    expect(supplierInvoice).toMatch(/Total EUR 500\.00/);
    expect(supplierInvoice).toContain('Reverse charge');

    await signIn(ROSA);
    await nav('Orders').click();
    await page.getByRole('link', { name: `Order ${YEAR}-00001` }).first().waitFor();
    const acmeOrder = page.getByRole('listitem').filter({ hasText: 'from Acme Implant Materials GmbH (demo)' }).getByRole('link');
    await acmeOrder.click();
    await page.getByText(/tracking number JD014600003828/).waitFor();
    await page.getByRole('button', { name: 'Confirm delivery' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm delivery' }).click();
    await page.getByText('delivered', { exact: true }).first().waitFor();
    await check('order-buyer-delivered');
    const buyerInvoice = await downloadText('Download the invoice (PDF)');
    expect(buyerInvoice).toContain(`Invoice number: ${YEAR}-00001`);
    expect(buyerInvoice).toMatch(/Total EUR 500\.00/);

    await nav('Orders').click();
    await page.getByRole('listitem').filter({ hasText: 'from Milano Metalli Medicali' }).getByRole('link').click();
    const itInvoice = await downloadText('Download the invoice (PDF)');
    expect(itInvoice).toContain('VAT number: IT76543210017');
    expect(itInvoice).toMatch(/VAT 22 % EUR 27\.16/);
    expect(itInvoice).toMatch(/Total EUR 150\.61/);
  });

  it('has no serious or critical accessibility violations on the pages it visited', () => {
    expect(Object.entries(violations).map(([name, v]) => `${name}:\n${describeViolations(v)}`)).toEqual([]);
  });
});
