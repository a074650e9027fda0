/**
 * The web UI end to end, in Debian's Chromium (playwright-core) against the real app with seeded
 * data: a researcher searches, filters by class and modulus range, box-selects on the Ashby chart,
 * compares three materials and requests a quote; a supplier answers it; a curator approves a draft
 * and sees it in search. axe-core runs on every page (serious and critical WCAG 2.2 AA violations
 * fail the test); screenshots go to test-output/ui/.
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

describe('Web UI (browser)', () => {
  let t: TestApp;
  let base: string;
  let b: UiBrowser;
  let page: Page;
  const out = outputDir();
  const violations: Record<string, AxeViolation[]> = {};
  const pageErrors: string[] = [];
  let shot = 0;

  /** Screenshot and axe for the page as it is now. */
  async function check(name: string) {
    await page.screenshot({ path: join(out, `${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
    const v = await axe(page);
    if (v.length) violations[name] = v;
  }

  async function signIn(who: { email: string; password: string }) {
    await page.goto(`${base}/signin`);
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
    t = await startTestApp({}, { extraModules: [WebModule] });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
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
  });

  it('serves the UI at / and deep links, and keeps API 404s as problem+json', async () => {
    const root = await fetch(`${base}/materials/ti-6al-4v`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toMatch(/text\/html/);
    const api = await fetch(`${base}/api/v1/no-such-route`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('a researcher searches, filters by class and modulus range, box-selects on the chart', async () => {
    await signIn(ROSA);
    await page.goto(base);
    await page.getByText('7 materials found').waitFor();
    await check('search');

    // Typo-tolerant query with highlights.
    await page.getByLabel('Search materials').fill('titanum');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.hit mark').first().waitFor();
    await page.getByRole('button', { name: /Remove filter Text/ }).click();
    await page.getByText('7 materials found').waitFor();

    // Hierarchical class menu, then a modulus range (typed).
    await page.locator('.class-menu').getByRole('button', { name: /^Metal/ }).click();
    await page.getByText('3 materials found').waitFor();
    await page.locator('.class-menu').getByRole('button', { name: /^Titanium alloy/ }).click();
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
    await page.getByText('3 materials found').waitFor();
    await check('ashby-chart');
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
    expect(csv.split('\r\n')[0]).toMatch(/^Property,Unit,/);
    expect(csv).toMatch(/Young's modulus,GPa,/);
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
    await page.getByRole('link', { name: 'ti-6al-4v' }).click();
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
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    await check('orders');
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

  it('has no serious or critical axe violations and no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
    expect(Object.entries(violations).map(([p, v]) => `${p}:\n${describeViolations(v)}`)).toEqual([]);
  });
});
