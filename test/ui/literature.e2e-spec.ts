/**
 * The literature layer in the browser (issue #17), in Debian's Chromium against the real app: a
 * curator (Chiara) imports a small RIS file (dry run, then the import), opens a publication's page,
 * edits it, links a material with the picker, downloads its BibTeX and sees the audit trail; the
 * datasheet lists the publication, exports the material's references and says how to cite the
 * record; a second publication is retired after a confirmation; a visitor sees no curator tools.
 * The PubMed-query tab and the literature search link show only where the API has their routes.
 * axe-core runs on each page; screenshots go to test-output/ui-literature/.
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
import { FIXTURE_CONCEPTS, ti64 } from '../fixtures/vocabulary';
import { eventually, publishMaterial } from '../helpers/catalogue';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PUBLICATION_MODEL } from '../../src/literature/publication.schema';
import type { PublicationRecord } from '../../src/literature/publication.types';
import { SearchQueueService } from '../../src/search/queue/search-queue.service';
import { startTestApp, TestApp } from '../helpers/test-app';
import { axe, AxeViolation, CHROMIUM, describeViolations, launchBrowser, outputDir, overflowing, UiBrowser } from './browser';

jest.setTimeout(180_000);

const CHIARA = { email: 'chiara@biomat-hub.example', password: 'biomat-demo-chiara-2026' };
const SLUG = 'ti-6al-4v';
const RIS = readFileSync(join(__dirname, '..', 'fixtures', 'literature', 'two-records.ris'));
const FIRST = 'Degradation of a magnesium screw in sheep';
const SECOND = 'Cell viability on a zirconia surface';

describe('Literature (browser)', () => {
  let t: TestApp;
  let base: string;
  let b: UiBrowser;
  let page: Page;
  let out: string;
  const ids: string[] = [];
  const violations: Record<string, AxeViolation[]> = {};
  const pageErrors: string[] = [];

  async function check(name: string) {
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    const v = await axe(page);
    if (v.length) violations[name] = v;
  }

  /** What sticks out of the page at 390 px (a phone). */
  async function overflowAt390(): Promise<unknown> {
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await overflowing(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    return wide;
  }

  /** Whether the API has a route: its unknown-route 404 says "No such route". */
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(join(webDistDir(), 'index.html'))) {
      execFileSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
    }
    out = outputDir('ui-literature');
    t = await startTestApp({}, { extraModules: [WebModule] });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await seedDemoAccounts(seedDir(), t.config, t.app.get(UsersService), t.app.get(OrganizationsService));
    expect((await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS)).errors).toEqual([]);
    await publishMaterial(t, SLUG, ti64());
    b = await launchBrowser();
    page = b.page;
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${base}/signin`);
    await page.getByLabel('Email').fill(CHIARA.email);
    await page.getByLabel('Password').fill(CHIARA.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('a curator checks a RIS file with a dry run, then imports it; the report lists each record', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Literature import' }).click();
    await page.getByRole('heading', { name: 'Import literature', level: 1 }).waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['A file', 'A PubMed query']);

    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'two-records.ris', mimeType: 'application/x-research-info-systems', buffer: RIS });
    // The format follows the file name.
    expect(await page.getByLabel('Format').inputValue()).toBe('ris');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('status').filter({ hasText: 'Dry run: nothing was written. 2 records: 2 new, 0 merged, 0 unchanged, 0 invalid, 0 conflicts.' }).waitFor();
    const table = page.getByRole('table', { name: 'What the import would do, per record' });
    expect(await table.getByRole('row').count()).toBe(3);
    // Nothing was written: the dry run's ids are not links yet.
    expect(await table.getByRole('link').count()).toBe(0);
    await check('import-dry-run');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported. 2 records: 2 new' }).waitFor();
    const done = page.getByRole('table', { name: 'What the import did, per record' });
    for (const n of [1, 2]) ids.push((await done.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) }).getByRole('link').textContent())!);
    expect(ids[0]).toMatch(/^pub-/);
    await check('import-done');
    expect(await overflowAt390()).toEqual([]);
  });

  it('the publication page shows the record; the curator edits it and links a material', async () => {
    await page.getByRole('link', { name: ids[0] }).click();
    await page.getByRole('heading', { name: FIRST, level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Authors' }).getByText('Lena Berg').waitFor();
    expect(await page.getByRole('link', { name: /^DOI 10\.5555\/fixture\.0041/ }).getAttribute('href')).toBe('https://doi.org/10.5555/fixture.0041');
    await page.locator('dd').filter({ hasText: /^Invented Orthopaedic Research$/ }).waitFor();
    await page.getByText('No material is linked to this publication yet.').waitFor();
    await check('publication');

    // An edit: a licence; the facts show it and the audit trail records it.
    await page.getByRole('button', { name: 'Edit the record' }).click();
    const form = page.getByRole('form', { name: 'Publication record' });
    expect(await form.getByLabel('Title').inputValue()).toBe(FIRST);
    await form.getByLabel('Licence').fill('CC BY 4.0');
    await check('publication-editor');
    await form.getByRole('button', { name: 'Save the record' }).click();
    await page.locator('dd').filter({ hasText: /^CC BY 4\.0$/ }).waitFor();

    // Link the material with the picker (it searches the catalogue by name).
    await page.getByRole('combobox', { name: 'Material to link' }).fill('Ti-6');
    await page.getByRole('option', { name: /Ti-6Al-4V/ }).click();
    await page.getByRole('button', { name: 'Link the material' }).click();
    await page.getByRole('status').filter({ hasText: 'The material was linked.' }).waitFor();
    const materials = page.getByRole('region', { name: 'Materials' });
    await materials.getByRole('link', { name: 'Ti-6Al-4V' }).waitFor();
    // The audit trail names the curator and what each step changed.
    await page.getByRole('listitem').filter({ hasText: /materials linked by Chiara Curator \(1 change: materials\)/ }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: /edited by Chiara Curator \(1 change: licence\)/ }).count()).toBe(1);
    await check('publication-linked');
    expect(await overflowAt390()).toEqual([]);
  });

  it('citation export downloads BibTeX and shows the APA reference', async () => {
    const cite = page.getByRole('region', { name: 'Cite this publication' });
    await cite.locator('.apa-text').filter({ hasText: /Berg, L\./ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), cite.getByRole('button', { name: 'Download BibTeX of this publication' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ids[0]}.bib`);
    const bib = readFileSync((await download.path())!, 'utf8');
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('10.5555/fixture.0041');
    expect(bib).toMatch(/title\s*=\s*\{\{?Degradation of a magnesium screw in sheep/);
  });

  it('the datasheet lists the publication, exports its references and says how to cite the record', async () => {
    await page.getByRole('region', { name: 'Materials' }).getByRole('link', { name: 'Ti-6Al-4V' }).click();
    await page.getByRole('heading', { name: 'Ti-6Al-4V', level: 1 }).waitFor();
    const lit = page.getByRole('region', { name: /^Literature/ });
    await lit.getByRole('heading', { name: 'Literature (1)' }).waitFor();
    await lit.getByRole('link', { name: FIRST }).waitFor();
    expect(await lit.textContent()).toMatch(/Berg, Holm\. Invented Orthopaedic Research 2018;9\(4\):200-207/);
    const [refs] = await Promise.all([page.waitForEvent('download'), lit.getByRole('button', { name: 'Download RIS of the references of Ti-6Al-4V' }).click()]);
    expect(refs.suggestedFilename()).toBe(`${SLUG}-references.ris`);
    expect(readFileSync((await refs.path())!, 'utf8')).toMatch(/TI {2}- Degradation of a magnesium screw in sheep/);

    const how = page.getByRole('region', { name: 'How to cite this record' });
    await how.locator('dd').filter({ hasText: /^Ti-6Al-4V \(material record, version 1\)$/ }).waitFor();
    await how.locator('dd').filter({ hasText: /materials\/ti-6al-4v\?version=1$/ }).waitFor();
    await how.locator('.apa-text').filter({ hasText: /Biomat Hub/ }).waitFor();
    expect(await page.locator('article').textContent()).not.toMatch(/null|undefined/);
    await check('datasheet-literature');
    expect(await overflowAt390()).toEqual([]);
  });

  it('a curator retires a publication after confirming; a visitor sees no curator tools', async () => {
    await page.goto(`${base}/publications/${ids[1]}`);
    await page.getByRole('heading', { name: SECOND, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Retire…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Retire this publication?' });
    await dialog.getByLabel('Why (kept in the audit trail)').fill('Duplicate of another record.');
    await check('retire-dialog');
    await dialog.getByRole('button', { name: 'Retire the publication' }).click();
    await page.getByRole('note').filter({ hasText: 'This publication is retired' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: /retired by Chiara Curator.*Duplicate of another record/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Retire…' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${base}/publications/${ids[0]}`);
    await page.getByRole('heading', { name: FIRST, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Materials' }).getByRole('link', { name: 'Ti-6Al-4V' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Curation' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Unlink/ }).count()).toBe(0);
    await check('publication-public');
  });

  it('finds the imported publication in the literature search', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Literature', exact: true }).click();
    await page.getByRole('heading', { name: 'Search the literature', level: 1 }).waitFor();
    await page.getByLabel('Words in the title, abstract, keywords or authors').fill('magnesium screw');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: FIRST }).waitFor();
    await check('literature-search');
  });

  it("the datasheet shows the evidence of reviewed publications, each count a link to the search that finds them (issue #18)", async () => {
    // The review as the annotation workbench leaves it (labels, state), written like its store does: revision bumped, dirty, sync nudged.
    await t.app.get(VocabularyService).importConcepts([{ id: 'tissue/bone', prefLabel: { en: 'Bone tissue' } }, { id: 'species/sheep', prefLabel: { en: 'Sheep' } }]);
    const labels = ['tissue/bone', 'species/sheep'].map((conceptId) => ({ conceptId, scheme: conceptId.split('/')[0], source: 'curator' }));
    await t.app.get<Model<PublicationRecord>>(getModelToken(PUBLICATION_MODEL)).updateOne({ _id: ids[0] }, { $set: { labels, review: { state: 'reviewed', by: 'cur-alice', at: new Date() }, 'search.dirty': true }, $inc: { revision: 1, 'search.revision': 1 } });
    await t.app.get(SearchQueueService).changed('publication', [ids[0]]);
    await eventually('the review is searchable', async () => (await t.http.get('/api/v1/literature/search').query({ reviewed: 'true', concept: 'tissue/bone', facets: '' })).body.total === 1);

    await page.goto(`${base}/materials/${SLUG}`);
    const evidence = page.getByRole('region', { name: 'Evidence from reviewed literature' });
    await evidence.getByRole('link', { name: '1 publication', exact: true }).waitFor();
    expect(await evidence.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Tissues', 'Species']);
    await check('datasheet-evidence');
    expect(await overflowAt390()).toEqual([]);
    await evidence.getByRole('list', { name: 'Tissues' }).getByRole('link', { name: 'Bone tissue: 1 publication' }).click();
    await page.getByRole('heading', { name: 'Search the literature', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Remove filter Labelled: Bone tissue' }).waitFor();
    await page.getByRole('status').filter({ hasText: '1 publication found' }).waitFor();
    await page.getByRole('link', { name: FIRST }).waitFor();
    await check('literature-search-evidence');
  });

  it('has no serious or critical axe violations and no script errors', () => {
    expect(describeViolations(Object.values(violations).flat())).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
