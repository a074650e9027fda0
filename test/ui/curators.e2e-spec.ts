/**
 * The curators' desk in the browser (issue #14), in Debian's Chromium against the real app: curator A
 * (Chiara) opens a published datasheet, edits it in the record editor (a value the API refuses is
 * shown at its field; then a tensile strength given in ksi, converted to MPa, and a keyword swapped)
 * and submits it; she is told before any click why she cannot publish (four eyes); curator B (Jonas)
 * reads the review diff and publishes; the public datasheet shows version 2 and the v1 -> v2
 * comparison shows the change; a researcher (Rosa) proposes a correction that appears in the review
 * queue; the import screen's dry run shows a merge's one change and a replace's removals. axe-core runs on each page; screenshots go to test-output/ui/curators-*.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { OrganizationsService } from '../../src/accounts/organizations/organizations.service';
import { UsersService } from '../../src/accounts/users/users.service';
import { seedDir } from '../../src/seed/seed.service';
import { VocabularyService } from '../../src/vocabulary/vocabulary.service';
import { WebModule, webDistDir } from '../../src/web/web.module';
import { FIXTURE_CONCEPTS, REF, ti64 } from '../fixtures/vocabulary';
import { publishMaterial } from '../helpers/catalogue';
import { startTestApp, TestApp } from '../helpers/test-app';
import { axe, AxeViolation, CHROMIUM, describeViolations, launchBrowser, overflowing, UiBrowser } from './browser';

jest.setTimeout(180_000);

const CHIARA = { email: 'chiara@biomat-hub.example', password: 'biomat-demo-chiara-2026' };
const JONAS = { email: 'jonas@biomat-hub.example', password: 'biomat-demo-jonas-2026' };
const ROSA = { email: 'rosa@polimi-lab.example', password: 'biomat-demo-rosa-2026' };
const SLUG = 'ti-6al-4v';

/** The fixture vocabulary with datasheet groups on the property types, and one more keyword. */
const CONCEPTS = [
  ...FIXTURE_CONCEPTS.map((c) =>
    c.quantity ? { ...c, quantity: { ...c.quantity, group: c.id.endsWith('density') || c.id.endsWith('porosity') ? ('physical' as const) : ('mechanical' as const) } } : c,
  ),
  { id: 'kw-materials-composition/vanadium', prefLabel: { en: 'Vanadium' } },
];

describe("Curators' desk (browser)", () => {
  let t: TestApp;
  let base: string;
  let b: UiBrowser;
  let page: Page;
  const out = join(__dirname, '..', '..', 'test-output', 'ui');
  const violations: Record<string, AxeViolation[]> = {};
  const pageErrors: string[] = [];

  async function check(name: string) {
    await page.screenshot({ path: join(out, `curators-${name}.png`), fullPage: true });
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

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(join(webDistDir(), 'index.html'))) {
      execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
    }
    mkdirSync(out, { recursive: true });
    t = await startTestApp({}, { extraModules: [WebModule] });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    expect((await t.app.get(VocabularyService).importConcepts(CONCEPTS)).errors).toEqual([]);
    // Version 1, written and published by the test curators (Alice, Bob): neither Chiara nor Jonas edited it.
    await publishMaterial(t, SLUG, ti64());
    b = await launchBrowser();
    page = b.page;
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('curator A edits a published material in the editor and submits it; she cannot publish and is told why', async () => {
    await signIn(CHIARA);
    await page.goto(`${base}/materials/${SLUG}`);
    await page.getByRole('heading', { name: 'Ti-6Al-4V', level: 1 }).waitFor();
    // Grouped datasheet: mechanical before physical, unit symbols (g/cm³), no "null".
    await page.locator('.props-table caption').first().waitFor();
    const captions = await page.locator('.props-table caption').allTextContents();
    expect(captions).toEqual(['Mechanical', 'Physical']);
    expect(await page.getByRole('cell', { name: '4.43 g/cm³' }).count()).toBe(1);
    expect(await page.locator('article').textContent()).not.toMatch(/null|undefined/);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit: Ti-6Al-4V' }).waitFor();
    const form = page.getByRole('form', { name: 'Material record' });
    await form.getByLabel('Name', { exact: true }).waitFor();
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Ti-6Al-4V');
    await check('editor');

    // A new value: tensile strength in ksi (the unit picker offers only stress units).
    await form.getByRole('button', { name: 'Add a property value' }).click();
    const row = form.getByRole('group', { name: /^Property value 3/ });
    await row.getByLabel('Property').selectOption({ label: 'Tensile strength' });
    const units = await row.getByLabel('Unit').locator('option').allTextContents();
    expect(units).toContain('ksi');
    expect(units).toContain('MPa (canonical)');
    expect(units.filter((u) => !/Pa|psi|ksi|N\/mm²/.test(u))).toEqual([]);
    await row.getByLabel('Unit').selectOption('ksi');
    // A negative strength first: the API refuses it and the message shows at the value, focused.
    await row.getByLabel('Value').fill('-5');
    await form.getByRole('button', { name: 'Save draft' }).click();
    const value = row.getByLabel('Value');
    // A function, not a string: the page's CSP forbids eval.
    await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('name') === 'properties[2].value');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    const described = (await value.getAttribute('aria-describedby'))!.split(' ');
    const message = await page.locator(`[id="${described[described.length - 1]}"]`).textContent();
    expect(message).toMatch(/below 0/);
    await check('editor-field-error');
    await value.fill('130');

    // The keyword: Titanium out, Vanadium in.
    const kw = form.getByRole('group', { name: 'Composition keywords' });
    await kw.getByRole('button', { name: 'Remove Titanium' }).click();
    await kw.getByRole('combobox', { name: 'Add to composition keywords' }).fill('Vana');
    await page.getByRole('option', { name: /Vanadium/ }).click();
    await kw.getByText('Vanadium').waitFor();
    // The picker's list may stay open on the emptied field (React Aria hides the rest of the page from the accessibility tree meanwhile).
    if (await page.getByRole('listbox').count()) await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });

    await form.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();

    // The review page: the diff in words, and the four-eyes reason before any click; no publish button.
    await page.getByRole('heading', { name: 'Review: Ti-6Al-4V' }).waitFor();
    await page.getByRole('row', { name: /Tensile strength/ }).getByText('130 ksi').waitFor();
    await page.getByRole('note').filter({ hasText: /another curator has to review and publish it/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve and publish' }).count()).toBe(0);
    await check('review-blocked');
  });

  it('curator B publishes; the datasheet shows version 2 and the v1 -> v2 comparison shows the change', async () => {
    await signIn(JONAS);
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ti-6Al-4V' }).click();
    await page.getByRole('heading', { name: 'Review: Ti-6Al-4V' }).waitFor();
    // People by name in the audit trail.
    await page.getByText(/by Chiara Curator/).first().waitFor();
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByText(/Published\. It appears in search/).waitFor();

    await page.goto(`${base}/materials/${SLUG}`);
    await page.getByRole('heading', { name: 'Ti-6Al-4V', level: 1 }).waitFor();
    await page.locator('dd').filter({ hasText: /^Version 2, published/ }).waitFor();
    // The value as given, and in the canonical unit (130 ksi = 896.3 MPa).
    await page.getByRole('cell', { name: /130 ksi \(896\.3 MPa\)/ }).waitFor();
    await check('datasheet-v2');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflowing(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'what changed from version 1' }).click();
    await page.getByRole('heading', { name: 'Ti-6Al-4V: version 1 → 2' }).waitFor();
    const added = page.getByRole('row', { name: /Tensile strength/ });
    await added.getByText('130 ksi').waitFor();
    expect(await added.textContent()).toMatch(/added/);
    await page.getByRole('row', { name: /Titanium/ }).getByText('removed', { exact: true }).waitFor();
    await page.getByRole('row', { name: /Vanadium/ }).waitFor();
    await check('version-diff');
    await page.getByRole('link', { name: 'Read version 1' }).click();
    await page.getByRole('heading', { name: 'Ti-6Al-4V (version 1)' }).waitFor();
    expect(await page.getByText('130 ksi').count()).toBe(0);
  });

  it('the import screen offers the template and the columns, and its dry run shows each change and marks removals', async () => {
    await page.goto(`${base}/curator/import`);
    await page.getByRole('heading', { name: 'Import materials', level: 1 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the CSV template' }).click()]);
    expect(download.suggestedFilename()).toBe('biomat-materials-template.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^slug,name,class,summary/);
    await page.getByRole('button', { name: 'Show the column format' }).click();
    await page.getByRole('table', { name: 'Columns of the CSV import' }).getByRole('rowheader', { name: 'reference_doi' }).waitFor();
    // A row that carries only a density (in kg/m³): merge changes that value and nothing else.
    const header = 'slug,reference_type,reference_doi,reference_title,reference_authors,reference_year,reference_container,property-type/density [kg/m^3]';
    const source = `article,${REF.doi},${REF.title},"${REF.authors.join('|')}",${REF.year},${REF.container}`;
    await page.getByLabel('Or paste it').fill(`${header}\n${SLUG},${source},4420`);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('status').filter({ hasText: 'Dry run: nothing was written. 1 row (merge): 0 new, 1 updated' }).waitFor();
    const row = page.getByRole('region', { name: new RegExp(`${SLUG} \\(updated, 1 change\\)`) });
    await row.getByRole('row', { name: /Density/ }).getByText('4420 kg/m³').waitFor();
    expect(await row.getByRole('row', { name: /Density/ }).textContent()).toMatch(/4\.43 g\/cm³/);
    await check('import-merge');
    // Replace is explicit, and its dry run says how many things it would remove.
    await page.getByRole('radio', { name: 'Replace' }).check();
    await page.getByLabel('Or paste it').fill(`slug,name,class,summary,${header.slice(5)}\n${SLUG},Ti-6Al-4V,material-class/titanium-alloy,Alpha-beta titanium alloy.,${source},4420`);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    const status = page.getByRole('status').filter({ hasText: '(replace)' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/\d+ removals?\./);
    await page.getByRole('row', { name: /Tensile strength \(removed\)/ }).first().waitFor();
    await check('import-replace');
  });

  it('a researcher proposes a correction that appears in the review queue', async () => {
    await signIn(ROSA);
    await page.goto(`${base}/materials/${SLUG}`);
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Propose a correction' }).click();
    const form = page.getByRole('form', { name: 'Material record' });
    await form.getByLabel('Summary').fill('Alpha-beta titanium alloy (6 % Al, 4 % V) used for orthopaedic and dental implants.');
    await page.getByLabel('What you changed and why (for the curators)').fill('The summary did not say what the alloy contains.');
    await check('propose');
    // 390 px wide (a phone): the editor and the datasheet fit; wide tables scroll inside their own box.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: join(out, 'curators-propose-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole('button', { name: 'Send the proposal' }).click();
    await page.getByRole('status').filter({ hasText: 'sent to the curators as a proposal' }).waitFor();

    await signIn(JONAS);
    await page.goto(`${base}/curator/review`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Ti-6Al-4V' }) });
    await item.getByText(/proposed by Rosa Researcher/).waitFor();
    await check('queue');
    // Filters: last editor, search words, state.
    await page.getByLabel('Last edited by').selectOption({ label: 'Rosa Researcher' });
    await page.getByRole('status').filter({ hasText: /^1 record$/ }).waitFor();
    await page.getByLabel('Name or slug').fill('no such material');
    await page.getByRole('status').filter({ hasText: /^0 records$/ }).waitFor();
    await page.getByLabel('Name or slug').fill('');
    await page.getByLabel('Last edited by').selectOption({ label: 'Anyone' });
    await page.getByRole('checkbox', { name: 'Drafts' }).uncheck();
    await page.getByRole('status').filter({ hasText: /^0 records$/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Drafts' }).check();
    await page.getByRole('status').filter({ hasText: /^1 record$/ }).waitFor();
  });

  it('has no serious or critical axe violations and no script errors', () => {
    expect(describeViolations(Object.values(violations).flat())).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
