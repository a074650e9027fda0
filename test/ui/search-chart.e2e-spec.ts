/**
 * The search page's chart, export and keyboard paths in Chromium against the real app: the Ashby
 * chart shows every result and its points open datasheets (pointer and keyboard), a box selection
 * narrows the current filters, a range typed then a facet clicked both apply, focus survives facet
 * and hierarchy choices, Escape keeps the query, the export CSV is what a spreadsheet needs, and
 * the Tab presses from the search box to the first result are counted. axe runs on the chart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { VocabularyService } from '../../src/vocabulary/vocabulary.service';
import { WebModule, webDistDir } from '../../src/web/web.module';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from '../fixtures/search-catalogue';
import { eventually, publishMaterial } from '../helpers/catalogue';
import { startTestApp, TestApp } from '../helpers/test-app';
import { axe, CHROMIUM, describeViolations, launchBrowser, outputDir, UiBrowser } from './browser';

jest.setTimeout(120_000);

describe('Search page: chart, export, keyboard (browser)', () => {
  let t: TestApp;
  let b: UiBrowser;
  let page: Page;
  let base: string;
  const out = outputDir('ui-search');
  const found = (n: number) => page.getByText(`${n} material${n === 1 ? '' : 's'} found`).waitFor();
  /** What has the focus (evaluated in the page as a string: the Node typings have no DOM). */
  const activeInfo = () =>
    page.evaluate<{ tag?: string; text: string; menu: string | null; facet: string | null; hit: boolean; slug?: string; id?: string }>(`(() => {
      const el = document.activeElement;
      return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim() ?? '', menu: el?.closest('[data-menu]')?.getAttribute('data-menu') ?? null,
        facet: el?.closest('[data-facet]')?.getAttribute('data-facet') ?? null, hit: !!el?.closest('.hit h3'), slug: el?.dataset?.slug, id: el?.id };
    })()`);

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(join(webDistDir(), 'index.html'))) throw new Error('run `npm run web:build` first');
    t = await startTestApp({}, { extraModules: [WebModule] });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(t, slug, content);
    await eventually('the fixture is searchable', async () => (await t.http.get('/api/v1/search/materials')).body.total === 7);
    b = await launchBrowser();
    page = b.page;
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('charts every result; a point opens its datasheet by pointer and by keyboard; the box narrows the filter', async () => {
    await page.goto(base);
    await found(7);
    await page.getByRole('button', { name: 'Show Ashby chart' }).click();
    // Every result with both values is a point, polymers included.
    const both = (await t.http.get('/api/v1/search/export').query({ format: 'json', fields: 'densityGcm3,youngsModulusGPa' }).expect(200)).body.items.filter(
      (i: { properties: Record<string, unknown> }) => i.properties.densityGcm3 && i.properties.youngsModulusGPa,
    );
    const chart = page.getByRole('group', { name: new RegExp(`Ashby chart: .*, ${both.length} materials`) });
    await chart.waitFor();
    expect(await chart.locator('a[data-slug]').count()).toBe(both.length);
    await page.getByText(`${both.length} of 7 results have both values`).waitFor();
    expect(await chart.locator('a[data-slug="peek"]').count()).toBe(1);
    // Tick labels in the axis unit and 12 px or more.
    const sizes = await page.evaluate<number[]>(`[...document.querySelectorAll('[data-testid="ashby"] svg[width="720"] text')].map((e) => parseFloat(getComputedStyle(e).fontSize))`);
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const v = await axe(page);
    expect(describeViolations(v)).toBe('');
    await page.screenshot({ path: join(out, 'chart.png'), fullPage: true });
    // The chart as files: an SVG document and a PNG image.
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Synthetic polymer');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect([...readFileSync((await pngFile.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // Hover labels a point; a click opens its datasheet.
    await chart.locator('a[data-slug="peek"] circle').hover();
    await page.getByTestId('ashby-tip').getByText('PEEK').waitFor();
    await chart.locator('a[data-slug="peek"] circle').click();
    await page.getByRole('heading', { name: 'PEEK', level: 1 }).waitFor();
    await page.goBack();
    await chart.waitFor();

    // Keyboard: one Tab stop into the points, arrows walk them, the focused one is labelled, Enter opens it.
    await page.getByLabel('Guide lines').focus();
    await page.keyboard.press('Tab');
    const first = await activeInfo();
    expect(first.tag).toBe('a');
    await page.keyboard.press('End');
    const last = (await activeInfo()).slug;
    await page.getByTestId('ashby-tip').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/materials/${last}$`));
    await page.goBack();
    await chart.waitFor();

    // A modulus range first; a box around every point then sets density and keeps modulus inside 100-250.
    const modulus = page.locator('fieldset[data-range="youngsModulusGPa"]');
    await modulus.getByLabel('Min').fill('100');
    await modulus.getByLabel('Max').fill('250');
    await modulus.getByLabel('Max').press('Enter');
    await page.getByRole('button', { name: "Remove filter Young's modulus: 100–250 GPa" }).waitFor();
    // "All its values inside" (the default): hydroxyapatite (80-110 GPa) is out, the three metals in.
    await found(3);
    const dots = page.locator('[data-testid="ashby"] a[data-slug] circle');
    await eventually('the chart shows the 3 filtered materials', async () => (await dots.count()) === 3);
    const boxes = await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, r: r.right, b: r.bottom })));
    const x0 = Math.min(...boxes.map((r) => r.x)) - 30;
    const y0 = Math.min(...boxes.map((r) => r.y)) - 30;
    const x1 = Math.max(...boxes.map((r) => r.r)) + 30;
    const y1 = Math.max(...boxes.map((r) => r.b)) + 30;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Remove filter Density:/ }).waitFor();
    // Intersected, never widened: the modulus filter is still 100-250.
    await page.getByRole('button', { name: "Remove filter Young's modulus: 100–250 GPa" }).waitFor();
    // With a range already set the box keeps the range mode (switching to "any value" could widen it).
    expect(await page.getByRole('radio', { name: 'all its values are inside' }).isChecked()).toBe(true);
    await found(3);
  });

  it('exports the search as CSV with a byte order mark, units in the headers and min/max columns', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const bytes = readFileSync((await download.path())!);
    writeFileSync(join(out, 'search.csv'), bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toContain("Young's modulus min (GPa),Young's modulus max (GPa)");
    expect(lines[0]).toContain('Density min (g/cm³),Density max (g/cm³)');
    expect(lines).toHaveLength(4);
    expect(lines).toContain('Ti-6Al-4V,ti-6al-4v,Metal > Titanium alloy,100,125,4.43,4.43,,');
  });

  it('a range typed and then a facet clicked both apply; focus stays after facet and hierarchy choices', async () => {
    await page.goto(base);
    await found(7);
    const modulus = page.locator('fieldset[data-range="youngsModulusGPa"]');
    await modulus.getByLabel('Max').fill('150');
    // No Enter: the click blurs the field, which applies the range, and the click counts as well.
    await page.locator('[data-facet="forms"]').getByRole('checkbox', { name: /Rod/ }).click({ force: true });
    await page.getByRole('button', { name: "Remove filter Young's modulus: ≤ 150 GPa" }).waitFor();
    await page.getByRole('button', { name: 'Remove filter Form: Rod' }).waitFor();

    await page.goto(base);
    await found(7);
    // Keyboard walk: class menu item, Enter narrows, focus is on the next level's item.
    await page.locator('[data-menu="class-menu"] .class-item').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Remove filter Class:/ }).waitFor();
    await eventually('focus is kept in the class menu', async () => (await activeInfo()).menu === 'class-menu');
    // A facet value toggled with Space keeps focus after the results change.
    await page.locator('[data-facet="forms"] input').first().focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /Remove filter Form:/ }).waitFor();
    // The new results are painted (the count says as many as are listed), and focus is still there.
    await eventually('the filtered results are painted', async () => {
      const total = Number(((await page.getByText(/^\d+ materials? found$/).textContent()) ?? '').split(' ')[0]);
      return total > 0 && total < 7 && total === (await page.locator('.hit').count());
    });
    expect((await activeInfo()).facet).toBe('forms');
  });

  it('Escape closes suggestions and keeps the query', async () => {
    await page.goto(base);
    await found(7);
    const box = page.getByRole('combobox', { name: 'Search materials' });
    await box.pressSequentially('tita', { delay: 30 });
    await page.getByRole('listbox', { name: 'Search materials' }).waitFor();
    await box.press('Escape');
    await page.getByRole('listbox', { name: 'Search materials' }).waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('tita');
    await box.press('Escape');
    expect(await box.inputValue()).toBe('tita');
  });

  it('a skip link and few Tab stops lead from the search box to the results', async () => {
    await page.goto(base);
    await found(7);
    const box = page.getByRole('combobox', { name: 'Search materials' });
    await box.focus();
    let stops = 0;
    let skip = -1;
    const walked: string[] = [];
    while (stops < 200) {
      await page.keyboard.press('Tab');
      stops++;
      const a = await activeInfo();
      walked.push(`${a.tag}:${a.text.slice(0, 30)}`);
      if (a.text === 'Skip to results' && skip < 0) skip = stops;
      if (a.hit) break;
    }
    process.stderr.write(`[ui] Tab presses from the search box to the first result: ${stops} (skip link at ${skip})\n`);
    writeFileSync(join(out, 'tab-stops.json'), JSON.stringify({ stops, skip, walked }, null, 1));
    expect(stops).toBeLessThan(40);
    expect(skip).toBeGreaterThan(0);
    expect(skip).toBeLessThanOrEqual(2);
    await box.focus();
    for (let i = 0; i < skip; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await activeInfo()).id).toBe('results-title');
  });
});
