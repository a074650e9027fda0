/**
 * The web UI end to end, in Debian's Chromium (playwright-core) against the real app with seeded
 * data: a researcher searches (with search-as-you-type suggestions), filters by application, class
 * and modulus range, box-selects on the Ashby chart, compares three materials and requests a quote;
 * a supplier answers it and creates an offer with price tiers (an API validation error shown at its
 * field, then a successful save); the researcher counters the quote; a curator approves a draft and
 * sees it in search, edits a vocabulary label and checks a vocabulary import with a dry run; a
 * visitor registers, confirms the address, joins an organization by invitation and resets the
 * password (mails caught by a local SMTP server). axe-core runs on every page (serious and critical
 * WCAG 2.2 AA violations fail the test); screenshots go to test-output/ui/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
import { ti64 } from '../fixtures/vocabulary';
import { eventually, publishMaterial } from '../helpers/catalogue';
import { Mailbox, tokenIn } from '../helpers/mailbox';
import { bearer, startTestApp, TestApp } from '../helpers/test-app';
import { axe, AxeViolation, CHROMIUM, describeViolations, launchBrowser, outputDir, UiBrowser } from './browser';

jest.setTimeout(240_000);

interface PerfSample {
  interaction: string;
  ms: number;
  serverMs: number;
}
/** The UI's own timings of filter interactions (web/src/search/perf.ts), read in the page (self-contained: it is serialised). */
const PERF_SAMPLES = `(globalThis.__biomatPerf ?? []).filter((s) => s.interaction === 'filter')`;

const ROSA = { email: 'rosa@polimi-lab.example', password: 'biomat-demo-rosa-2026' };
const SVEN = { email: 'sven@acme-implants.example', password: 'biomat-demo-sven-2026' };
const CHIARA = { email: 'chiara@biomat-hub.example', password: 'biomat-demo-chiara-2026' };
const DRAFT = { slug: 'ui-zr-alloy', name: 'Zirconium-niobium test alloy' };
/** A visitor who registers through the UI. */
const LENA = { email: 'lena@tissue-lab.example', name: 'Lena Tissue', password: 'porous-scaffold-2026-ok', newPassword: 'collagen-hydrogel-2027-ok' };

describe('Web UI (browser)', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let base: string;
  let b: UiBrowser;
  let page: Page;
  const out = outputDir();
  const violations: Record<string, AxeViolation[]> = {};
  const pageErrors: string[] = [];
  let shot = 0;

  /**
   * Screenshot and axe for the page as it is now. `allow` names axe rules not to count in this one
   * state, each with its reason at the call.
   */
  async function check(name: string, allow: string[] = []) {
    await page.screenshot({ path: join(out, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
    const v = (await axe(page)).filter((x) => !allow.includes(x.id));
    if (v.length) violations[name] = v;
  }

  async function signIn(who: { email: string; password: string }) {
    // Whatever an earlier (failed) test left signed in, this one starts signed out.
    await page.goto(`${base}/signin`);
    await page.evaluate(`localStorage.removeItem('biomat.session')`);
    await page.reload();
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async function signOut() {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  }

  const status = () => page.getByRole('status').filter({ hasText: /found|Searching/ });

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(join(webDistDir(), 'index.html'))) {
      execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
    }
    mailbox = await new Mailbox().start();
    t = await startTestApp({ SMTP_URL: mailbox.url }, { extraModules: [WebModule] });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    // Certifications for the offer editor's picker.
    const certifications = [
      { id: 'certification/iso-13485', prefLabel: { en: 'ISO 13485' } },
      { id: 'certification/astm-f75', prefLabel: { en: 'ASTM F75 conformity' } },
    ];
    expect((await t.app.get(VocabularyService).importConcepts(certifications)).errors).toEqual([]);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(t, slug, content);
    // A supplier offer to ask a quote for.
    const sven = (await t.http.post('/api/v1/auth/login').send(SVEN).expect(200)).body.accessToken as string;
    const offer = await t.http
      .post('/api/v1/offers')
      .set({ authorization: `Bearer ${sven}` })
      .send({ sku: 'ti64-rod', materialSlug: 'ti-6al-4v', title: 'Ti-6Al-4V ELI rod, 6 mm', grade: 'implant', form: 'form/rod', packSize: { value: 1, unit: 'kg' }, priceTiers: [{ minQuantity: 1, unitPriceMinor: 25000 }, { minQuantity: 10, unitPriceMinor: 21000 }], stockOnHand: 40, leadTimeDays: 10, shipsTo: ['IT', 'DE'] })
      .expect(201);
    await t.http.post(`/api/v1/offers/${offer.body.id}/transitions`).set({ authorization: `Bearer ${sven}` }).send({ action: 'activate', revision: offer.body.revision }).expect(201);
    // A draft in review, edited by another curator (four eyes), for the curator to approve.
    await t.http.post('/api/v1/curation/materials').set(bearer('curator')).send({ slug: DRAFT.slug, content: ti64({ name: DRAFT.name, synonyms: [], summary: 'A draft waiting for review.' }) }).expect(201);
    await t.http.post(`/api/v1/curation/materials/${DRAFT.slug}/transitions`).set(bearer('curator')).send({ action: 'submit', revision: 1 }).expect(200);
    await eventually('the fixture is searchable with its offer', async () => {
      const res = await t.http.get('/api/v1/search/materials').query({ 'filter[inStock]': 'true' });
      return res.status === 200 && res.body.total === 1;
    });
    b = await launchBrowser();
    page = b.page;
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await b?.close();
    await t?.close();
    await mailbox?.stop();
  });

  it('serves the UI at / and deep links, and keeps API 404s as problem+json', async () => {
    const root = await fetch(`${base}/materials/ti-6al-4v`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toMatch(/text\/html/);
    const api = await fetch(`${base}/api/v1/no-such-route`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    // An unknown page of the UI gets index.html, and the page shows a real not-found view.
    await page.goto(`${base}/no-such-page/at-all`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Search materials' }).count()).toBeGreaterThan(0);
  });

  it('a researcher searches, filters by class and modulus range, box-selects on the chart', async () => {
    await signIn(ROSA);
    await page.goto(base);
    await page.getByText('7 materials found').waitFor();
    await check('search');

    // Search-as-you-type: a filter suggestion applies its filter...
    const box = page.getByRole('combobox', { name: 'Search materials' });
    await box.fill('titan');
    const suggestions = page.getByRole('listbox', { name: 'Search materials' });
    await suggestions.getByRole('option', { name: /^Class: Titanium alloy/ }).waitFor();
    await suggestions.getByRole('option', { name: 'Commercially pure titanium' }).waitFor();
    // While the list is open, React Aria's ComboBox sets aria-hidden on the rest of the page (so that
    // touch screen readers reach the list it portals to the end of the body), which axe reports as
    // aria-hidden-focus. Upstream: https://github.com/adobe/react-spectrum/issues/4937 (no option to
    // turn it off in react-aria-components 1.22). Every other rule counts in this state, and the page
    // with the list closed is checked in full above.
    await check('search-suggestions', ['aria-hidden-focus']);
    await suggestions.getByRole('option', { name: /^Class: Titanium alloy/ }).click();
    await page.getByRole('button', { name: 'Remove filter Class: Metal > Titanium alloy' }).waitFor();
    await page.getByText('2 materials found').waitFor();
    expect(await box.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Remove filter Class: Metal > Titanium alloy' }).click();
    await page.getByText('7 materials found').waitFor();
    // ...and a material chosen with the keyboard opens its datasheet.
    await box.pressSequentially('cocr', { delay: 40 });
    await suggestions.getByRole('option', { name: 'CoCrMo' }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'CoCrMo', level: 1 }).waitFor();
    await page.goBack();
    await page.getByText('7 materials found').waitFor();

    // Hierarchical application menu with its breadcrumb.
    const apps = page.locator('[data-menu="application-menu"]');
    await apps.getByRole('button', { name: /^Orthopaedics/ }).click();
    await page.getByRole('button', { name: 'Remove filter Application: Orthopaedics' }).waitFor();
    await apps.getByRole('button', { name: /^Joint replacement/ }).click();
    await page.getByRole('button', { name: 'Remove filter Application: Orthopaedics > Joint replacement' }).waitFor();
    const appCrumbs = page.getByRole('navigation', { name: 'Application breadcrumb' });
    expect(await appCrumbs.textContent()).toBe('All applicationsOrthopaedicsJoint replacement');
    await check('application-menu');
    await appCrumbs.getByRole('button', { name: 'All applications' }).click();
    await page.getByRole('button', { name: /Remove filter Application/ }).waitFor({ state: 'detached' });
    await page.getByText('7 materials found').waitFor();

    // Typo-tolerant query with highlights, sent with the Search button while suggestions are open
    // (the button is aria-hidden then, as said above, so it is found by its place in the form).
    await box.fill('titanum');
    await page.getByRole('listbox', { name: 'Search materials' }).waitFor();
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.locator('.hit mark').first().waitFor();
    await page.getByRole('button', { name: /Remove filter Text/ }).click();
    await page.getByText('7 materials found').waitFor();

    // Hierarchical class menu, then a modulus range (typed).
    await page.locator('[data-menu="class-menu"]').getByRole('button', { name: /^Metal/ }).click();
    await page.getByText('3 materials found').waitFor();
    await page.locator('[data-menu="class-menu"]').getByRole('button', { name: /^Titanium alloy/ }).click();
    await page.getByText('2 materials found').waitFor();
    await page.getByRole('navigation', { name: 'Material class breadcrumb' }).getByRole('button', { name: 'Metal' }).click();
    await page.getByText('3 materials found').waitFor();
    const modulus = page.locator('fieldset[data-range="youngsModulusGPa"]');
    await modulus.getByLabel('Min').fill('100');
    await modulus.getByLabel('Max').fill('250');
    await modulus.getByLabel('Max').press('Enter');
    await page.getByRole('button', { name: /Remove filter Young's modulus: 100–250 GPa/ }).waitFor();
    expect(decodeURIComponent(page.url())).toContain('"youngsModulusGPa":[100,250]');

    // Disjunctive facet clicks, timed in the browser (click -> new results painted).
    let clicks = await page.evaluate<number>(`${PERF_SAMPLES}.length`);
    for (const value of ['Rod', 'Powder', 'Rod', 'Powder']) {
      await page.locator('[data-facet="forms"]').getByRole('checkbox', { name: new RegExp(value) }).click({ force: true });
      // (polled from here: waitForFunction evaluates strings in the page, which its CSP forbids)
      clicks++;
      await eventually('the click is measured', async () => (await page.evaluate<number>(`${PERF_SAMPLES}.length`)) >= clicks);
    }
    // Facet click -> results painted, measured in the browser (reported, not asserted: the goal is 150 ms).
    const samples = (await page.evaluate<PerfSample[]>(PERF_SAMPLES)).slice(-4);
    const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
    const report = { samples, medianMs: ms[Math.floor(ms.length / 2)], maxMs: ms.at(-1) };
    writeFileSync(join(out, 'facet-click-timing.json'), JSON.stringify(report, null, 2));
    process.stderr.write(`[ui] facet click -> results painted: ${ms.join(', ')} ms (median ${report.medianMs} ms; API processing ${samples.map((s) => s.serverMs).join(', ')} ms)\n`);
    await check('search-filtered');

    // Ashby chart: drag a box around every point; both range filters are set.
    const before = (await page.getByText(/^\d+ materials? found$/).textContent())!;
    await page.getByRole('button', { name: 'Show Ashby chart' }).click();
    const dots = page.locator('[data-testid="ashby"] svg[width="720"] circle');
    await dots.first().waitFor();
    const boxes = await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, r: r.right, b: r.bottom })));
    const x0 = Math.min(...boxes.map((r) => r.x)) - 10;
    const y0 = Math.min(...boxes.map((r) => r.y)) - 10;
    const x1 = Math.max(...boxes.map((r) => r.r)) + 10;
    const y1 = Math.max(...boxes.map((r) => r.b)) + 10;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Remove filter Density:/ }).waitFor();
    expect(decodeURIComponent(page.url())).toMatch(/"densityGcm3":\[[\d.]+,[\d.]+\]/);
    // A modulus range was set before, so the box keeps the range mode (switching could widen that
    // range) and, drawn around every point, keeps every material.
    expect(await page.getByRole('radio', { name: 'all its values are inside' }).isChecked()).toBe(true);
    await page.getByText(before, { exact: true }).waitFor();
    await check('ashby-chart');
  });

  it('a plain-words query shows what was read as removable chips, and the range mode is a choice', async () => {
    await page.goto(base);
    await page.getByText('7 materials found').waitFor();
    const box = page.getByRole('combobox', { name: 'Search materials' });
    const submit = page.locator('form[role="search"] button[type="submit"]');
    await box.fill('elastic modulus below 50 GPa');
    await submit.click();
    const chip = page.getByRole('button', { name: /^Remove Young's modulus ≤ 50 GPa \(read from your query/ });
    await chip.waitFor();
    // PEEK (3.6 GPa) and polylactide (3.5 GPa); the words read are not searched as text.
    await page.getByText('2 materials found').waitFor();
    await check('search-interpreted');
    await chip.click();
    await chip.waitFor({ state: 'detached' });
    // Its words are searched as text instead (nothing in the fixture says "elastic modulus").
    await page.getByText('2 materials found').waitFor({ state: 'detached' });
    expect(decodeURIComponent(page.url())).toContain('lit=["youngsModulusGPa"]');

    // A new query is read afresh. Within (default): Ti-6Al-4V 100-125, CP titanium 105, CoCrMo 210-240;
    // overlapping adds hydroxyapatite (80-110).
    await box.fill('modulus 100-250 GPa');
    await submit.click();
    await page.getByRole('button', { name: /^Remove Young's modulus 100–250 GPa/ }).waitFor();
    await page.getByText('3 materials found').waitFor();
    await page.getByRole('radio', { name: 'any of its values is inside' }).check();
    await page.getByText('4 materials found').waitFor();
    await page.getByRole('radio', { name: 'all its values are inside' }).check();
    await page.getByText('3 materials found').waitFor();
    await page.getByText('Sorting by a property uses the median of its values.', { exact: false }).waitFor();
  });

  it('compares three materials with a reference column and exports CSV', async () => {
    for (const name of ['Ti-6Al-4V', 'Commercially pure titanium', 'CoCrMo']) {
      await page.getByRole('button', { name: `Compare ${name}`, exact: true }).click();
      await page.getByRole('button', { name: `In compare ${name}` }).waitFor();
    }
    await page.getByRole('link', { name: 'Compare them' }).click();
    const table = page.locator('table.compare');
    await table.waitFor();
    await expect(table.locator('thead th').count()).resolves.toBe(4);
    await expect(table.locator('td.diff').count().then((n) => n > 0)).resolves.toBe(true);
    await check('compare');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    // The same table as the search export: BOM, one row per material, min/max columns with units.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^Name,Slug,Class,.*Young's modulus min \(GPa\),Young's modulus max \(GPa\)/);
    expect(csv).toMatch(/\r\nTi-6Al-4V,ti-6al-4v,/);
    writeFileSync(join(out, 'compare.csv'), csv);
  });

  it('shows the datasheet with offers and sends a quote request', async () => {
    await page.goto(`${base}/materials/ti-6al-4v`);
    await page.getByRole('heading', { name: 'Ti-6Al-4V', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Ti-6Al-4V ELI rod, 6 mm' }).waitFor();
    await check('datasheet');
    await page.getByRole('button', { name: 'Request a quote' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Quantity (packs)').fill('3');
    await dialog.getByLabel(/Message to the supplier/).fill('Do you have certificates of analysis?');
    await check('quote-dialog');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.getByText('Your request was sent to the supplier.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await signOut();
  });

  it('a supplier answers the quote request from the inbox', async () => {
    await signIn(SVEN);
    await page.getByRole('link', { name: 'Quote inbox' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Ti-6Al-4V', exact: true }).click();
    await page.getByText('Do you have certificates of analysis?').waitFor();
    await page.getByLabel('Price per pack (EUR)').fill('199.50');
    await page.getByLabel('Write a message').fill('Yes, EN 10204 3.1 with every lot.');
    await page.getByRole('button', { name: 'Send quote' }).click();
    await page.getByTestId('quote-state').filter({ hasText: 'quoted' }).waitFor();
    await page.getByText('€199.50 per pack for 3').waitFor();
    await check('quote-thread');
    await page.getByRole('link', { name: 'Offers' }).click();
    await page.getByRole('heading', { name: 'Ti-6Al-4V ELI rod, 6 mm' }).waitFor();
    await check('supplier-offers');

    // A new offer with two price tiers and a certification; the API refuses the first attempt.
    await page.getByRole('button', { name: 'New offer' }).click();
    const editor = page.getByRole('form', { name: 'New offer' });
    // The material is picked by searching its name.
    await editor.getByRole('combobox', { name: 'Material' }).fill('CoCr');
    await page.getByRole('option', { name: /CoCrMo/ }).click();
    await editor.getByText('Chosen: cocrmo').waitFor();
    await editor.getByLabel('SKU').fill('cocrmo-powder-1kg');
    await editor.getByLabel('Title').fill('CoCrMo powder, 1 kg');
    const tier = (n: number) => editor.getByRole('group', { name: `Tier ${n}` });
    await tier(1).getByLabel('From quantity (packs)').fill('5');
    await tier(1).getByLabel('Price per pack (EUR)').fill('90');
    await editor.getByRole('button', { name: 'Add a price tier' }).click();
    await tier(2).getByLabel('Price per pack (EUR)').fill('80.5');
    await editor.getByRole('checkbox', { name: 'ISO 13485' }).click({ force: true });
    await editor.getByRole('button', { name: 'Save offer' }).click();
    // The minimum order is 1, so a first tier from 5 packs is refused: the message is at that field.
    await editor.getByText('the lowest tier must start at or below the minimum order (1)').waitFor();
    const firstQty = tier(1).getByLabel('From quantity (packs)');
    expect(await firstQty.getAttribute('aria-invalid')).toBe('true');
    expect(await tier(2).getByLabel('From quantity (packs)').getAttribute('aria-invalid')).toBeNull();
    await editor.getByRole('alert').filter({ hasText: 'Please correct the field marked above; nothing was saved.' }).waitFor();
    // Nothing typed was lost.
    expect(await tier(1).getByLabel('Price per pack (EUR)').inputValue()).toBe('€90.00');
    expect(await tier(2).getByLabel('Price per pack (EUR)').inputValue()).toBe('€80.50');
    expect(await editor.getByLabel('SKU').inputValue()).toBe('cocrmo-powder-1kg');
    await check('offer-editor-error');
    await firstQty.fill('1');
    await editor.getByRole('button', { name: 'Save offer' }).click();
    await page.getByRole('heading', { name: 'CoCrMo powder, 1 kg' }).waitFor();
    await editor.waitFor({ state: 'detached' });
    await page.getByText('€90.00 from 1, €80.50 from 50').waitFor();
    const sven = (await t.http.post('/api/v1/auth/login').send(SVEN).expect(200)).body.accessToken as string;
    const mine = (await t.http.get('/api/v1/offers').set({ authorization: `Bearer ${sven}` }).expect(200)).body.items as { sku: string; priceTiers: unknown; certifications: string[] }[];
    expect(mine.find((o) => o.sku === 'cocrmo-powder-1kg')).toMatchObject({
      priceTiers: [
        { minQuantity: 1, unitPriceMinor: 9000 },
        { minQuantity: 50, unitPriceMinor: 8050 },
      ],
      certifications: ['certification/iso-13485'],
    });
    await check('supplier-offer-saved');
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    await check('orders');
    await signOut();
  });

  it('the buyer answers the quote with a counter-offer', async () => {
    await signIn(ROSA);
    await page.getByRole('banner').getByRole('link', { name: 'Quotes', exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: 'Ti-6Al-4V', exact: true }).click();
    await page.getByTestId('quote-state').filter({ hasText: 'quoted' }).waitFor();
    const counter = page.getByRole('form', { name: 'Make a counter-offer' });
    await counter.getByLabel('Your price per pack (EUR)').fill('180');
    await counter.getByLabel('Quantity (packs)').fill('5');
    await counter.getByLabel('Message to the supplier (optional)').fill('Could you do 180 per pack for 5 packs?');
    await counter.getByRole('button', { name: 'Send counter-offer' }).click();
    await page.getByTestId('quote-state').filter({ hasText: 'countered' }).waitFor();
    await page.getByTestId('quote-counter').filter({ hasText: '€180.00 per pack for 5' }).waitFor();
    await page.getByText('Could you do 180 per pack for 5 packs?').waitFor();
    await check('quote-counter');
    await signOut();
  });

  it('a curator approves a draft and sees it appear in search', async () => {
    await signIn(CHIARA);
    await page.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('link', { name: DRAFT.name }).click();
    await page.getByRole('columnheader', { name: 'Draft' }).waitFor();
    await check('review-item');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByText(/Published\. It appears in search/).waitFor();
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.goto(`${base}/?q=${encodeURIComponent('"Zirconium-niobium"')}`);
      await status().filter({ hasText: 'found' }).waitFor();
      if (await page.getByRole('link', { name: DRAFT.name }).count()) break;
      if (Date.now() > deadline) throw new Error('the approved material never appeared in search');
      await page.waitForTimeout(500);
    }
    await check('search-after-approval');
    for (const [path, heading] of [
      ['/curator/review', 'Review queue'],
      ['/curator/vocabulary', 'Vocabulary'],
      ['/curator/import', 'Import materials'],
      ['/account', 'Your account'],
    ]) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await check(path.slice(1).replace(/\//g, '-'));
    }
    await signOut();
    await page.goto(`${base}/signin`);
    await check('signin');
  });

  it('a curator edits a vocabulary label and checks an import with a dry run', async () => {
    await signIn(CHIARA);
    await page.getByRole('banner').getByRole('link', { name: 'Vocabulary' }).click();
    await page.getByRole('button', { name: 'Titanium alloy', exact: true }).click();
    const editor = page.getByRole('form', { name: /^Titanium alloy/ });
    const it = editor.getByRole('group', { name: 'Language it' });
    expect(await it.getByLabel('Preferred label (it)').inputValue()).toBe('Lega di titanio');
    await it.getByRole('textbox', { name: 'New alternative label (it)' }).fill('Lega Ti');
    await it.getByRole('button', { name: 'Add to alternative labels (it)' }).click();
    await it.getByRole('row', { name: /Lega Ti/ }).waitFor();
    await editor.getByRole('button', { name: 'Save concept' }).click();
    await editor.getByText(/^Saved \(revision \d+\)\.$/).waitFor();
    await check('vocabulary-concept');
    const stored = (await t.http.get('/api/v1/vocabulary/concepts/material-class/titanium-alloy').expect(200)).body;
    expect(stored).toMatchObject({ prefLabel: { en: 'Titanium alloy', it: 'Lega di titanio' }, altLabels: { en: ['Ti alloy'], it: ['Lega Ti'] }, broader: ['material-class/metal'] });

    // Vocabulary import: a dry run reports the file's problems, then what it would do; nothing is written.
    await page.getByRole('link', { name: 'Import SKOS or CSV' }).click();
    await page.getByRole('heading', { name: 'Import vocabulary', level: 1 }).waitFor();
    const csv = (broader: string) => `id,prefLabel@en,altLabels@en,broader\nmaterial-class/nitinol,Nickel-titanium alloy,Nitinol|NiTi,${broader}\n`;
    await page.getByLabel('Or paste it').fill(csv('material-class/no-such-class'));
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('heading', { name: 'Check failed: nothing was written' }).waitFor();
    await page.getByRole('cell', { name: 'unknown concept "material-class/no-such-class"' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await check('vocabulary-import-error');
    await page.getByLabel('Or paste it').fill(csv('material-class/metal'));
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('heading', { name: 'Check passed: nothing was written' }).waitFor();
    await page.getByText('1 concept in the file: 1 would be new, 0 would be changed, 0 unchanged.').waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);
    await check('vocabulary-import-dry-run');
    await t.http.get('/api/v1/vocabulary/concepts/material-class/nitinol').expect(404);
    await signOut();
  });

  it('a visitor registers, confirms the address, joins an organization by invitation and resets the password', async () => {
    await page.goto(`${base}/signin`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
    await page.getByLabel('Your name').fill(LENA.name);
    await page.getByLabel('Email', { exact: true }).fill(LENA.email);
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('too-short');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The API's message is shown at the password field; the rest of the form is kept.
    await page.getByText('must be at least 12 characters').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Your name').inputValue()).toBe(LENA.name);
    await check('register-error');
    await password.fill(LENA.password);
    // (mails are sent before the API answers: count those already there)
    const mailsBefore = (subject: RegExp) => mailbox.to(LENA.email, subject).length;
    const seenVerification = mailsBefore(/confirm your email/);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your mailbox', level: 1 }).waitFor();
    await check('register-sent');

    // The link of the mail lands on the confirmation page.
    const verification = await mailbox.next(LENA.email, /confirm your email/, seenVerification);
    expect(verification.text).toContain('/verify-email?token=');
    await page.goto(`${base}/verify-email?token=${encodeURIComponent(tokenIn(verification))}`);
    await page.getByRole('heading', { name: 'Confirm your email address', level: 1 }).waitFor();
    await check('verify-email');
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByRole('heading', { name: 'Address confirmed', level: 1 }).waitFor();

    // The supplier invites Lena from the account page; she accepts from the mailed link.
    await signIn(SVEN);
    await page.getByRole('banner').getByRole('link', { name: 'Sven Supplier' }).click();
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Their email').fill(LENA.email);
    const seenInvitation = mailsBefore(/invit/i);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await invite.getByText('Invitation sent.').waitFor();
    await page.getByText(`${LENA.email} as member`).waitFor();
    await check('account-invite');
    await signOut();
    const invitation = await mailbox.next(LENA.email, /invit/i, seenInvitation);
    const invitationPath = `/invitations/accept?token=${encodeURIComponent(tokenIn(invitation))}`;
    await page.goto(`${base}${invitationPath}`);
    await page.getByRole('heading', { name: 'Join an organization', level: 1 }).waitFor();
    await check('invitation-signed-out');
    await signIn(LENA);
    await page.goto(`${base}${invitationPath}`);
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.getByRole('heading', { name: 'Invitation accepted', level: 1 }).waitFor();
    await page.getByText('You are now a member of Acme Implant Materials GmbH (demo).').waitFor();
    await check('invitation-accepted');
    await signOut();

    // Password reset: request from the sign-in page, then the mailed link.
    await page.goto(`${base}/signin`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email', { exact: true }).fill(LENA.email);
    const seenReset = mailsBefore(/reset your password/);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText(/a mail with a link to choose a new password is on its way/).waitFor();
    await check('reset-password-requested');
    const reset = await mailbox.next(LENA.email, /reset your password/, seenReset);
    await page.goto(`${base}/reset-password?token=${encodeURIComponent(tokenIn(reset))}`);
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(LENA.newPassword);
    await page.getByLabel('New password again').fill(`${LENA.newPassword}-typo`);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('The two passwords differ.').waitFor();
    await check('reset-password-form');
    await page.getByLabel('New password again').fill(LENA.newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: 'Password changed', level: 1 }).waitFor();
    await signIn({ email: LENA.email, password: LENA.newPassword });
    await signOut();
  });

  it('has no serious or critical axe violations and no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
    expect(Object.entries(violations).map(([p, v]) => `${p}:\n${describeViolations(v)}`)).toEqual([]);
  });
});
