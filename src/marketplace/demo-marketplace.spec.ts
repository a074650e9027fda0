import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositorySeedDir } from '../seed/seed-dir';
import { readSeedMaterials, readSeedVocabulary } from '../seed/seed-files';
import { demoOfferErrors, DemoMarketplaceFile } from './demo-marketplace';

/** EU member states (ISO 3166-1 alpha-2): the demo suppliers ship within the EU. */
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

/** seed/demo/offers.json against the API's offer rules and the rest of the seed. */
describe('seed/demo/offers.json', () => {
  const dir = repositorySeedDir();
  const demo = JSON.parse(readFileSync(join(dir, 'demo', 'offers.json'), 'utf8')) as DemoMarketplaceFile;
  const accounts = JSON.parse(readFileSync(join(dir, 'demo', 'accounts.json'), 'utf8')) as { organizations: { id: string; kind: string }[]; accounts: { id: string; organization: string }[] };
  const materials = new Map(readSeedMaterials(dir).map((m) => [m.raw.slug as string, m.raw as { forms?: string[]; standards?: string[] }]));
  const concepts = new Set(readSeedVocabulary(join(dir, 'vocabulary')).concepts.map((c) => c.id));

  it('passes the validation the API applies to an offer body', async () => {
    const problems: string[] = [];
    for (const { supplier: _s, ...content } of demo.offers) problems.push(...(await demoOfferErrors(content)).map((e) => `${content.sku}: ${e}`));
    expect(problems).toEqual([]);
  });

  it('reports what the API would refuse: unknown fields, bad countries, fractional cents', async () => {
    const { supplier: _s, ...good } = demo.offers[0];
    expect(await demoOfferErrors({ ...good, colour: 'blue' })).toEqual([expect.stringMatching(/^colour: /)]);
    expect(await demoOfferErrors({ ...good, shipsTo: ['XX'] })).toEqual([expect.stringMatching(/^shipsTo: /)]);
    expect(await demoOfferErrors({ ...good, priceTiers: [{ minQuantity: 1, unitPriceMinor: 12.5 }] })).toEqual([expect.stringMatching(/^priceTiers\.0\.unitPriceMinor: /)]);
  });

  it('offers at least 30 seed materials, from both demo suppliers, with unique SKUs per supplier', () => {
    expect(new Set(demo.offers.map((o) => o.materialSlug)).size).toBeGreaterThanOrEqual(30);
    const suppliers = accounts.organizations.filter((o) => o.kind === 'supplier').map((o) => o.id);
    expect([...new Set(demo.offers.map((o) => o.supplier))].sort()).toEqual(suppliers.sort());
    const keys = demo.offers.map((o) => `${o.supplier} ${o.sku}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('names existing materials, a form the material comes in and existing certification concepts', () => {
    const problems: string[] = [];
    for (const o of demo.offers) {
      const m = materials.get(o.materialSlug);
      if (!m) problems.push(`${o.sku}: no seed material ${o.materialSlug}`);
      else if (!m.forms?.includes(o.form!)) problems.push(`${o.sku}: ${o.materialSlug} does not come as ${o.form}`);
      for (const c of o.certifications ?? []) if (!concepts.has(c)) problems.push(`${o.sku}: no concept ${c}`);
      // The material-standard certification only where the material has an ASTM/ISO standard.
      if (o.certifications?.includes('certification/astm-material-standard') && !m?.standards?.length) problems.push(`${o.sku}: ${o.materialSlug} has no material standard`);
    }
    expect(problems).toEqual([]);
  });

  it('prices in EUR cents with 2-3 tiers that get cheaper with quantity, ships within the EU', () => {
    for (const o of demo.offers) {
      expect(o.currency).toBe('EUR');
      expect(o.priceTiers.length).toBeGreaterThanOrEqual(2);
      expect(o.priceTiers.length).toBeLessThanOrEqual(3);
      const prices = o.priceTiers.map((t) => t.unitPriceMinor);
      expect(prices).toEqual([...prices].sort((a, b) => b - a));
      expect(o.priceTiers[0].minQuantity).toBeLessThanOrEqual(o.minOrderQuantity ?? 1);
      expect(o.shipsTo!.filter((c) => !EU.includes(c))).toEqual([]);
    }
  });

  it('keeps most offers in stock and asks one open quote of an offer in the file, by a demo researcher', () => {
    expect(demo.offers.filter((o) => o.stockOnHand > 0).length).toBeGreaterThanOrEqual(30);
    for (const r of demo.quoteRequests) {
      expect(demo.offers.some((o) => o.supplier === r.supplier && o.sku === r.sku)).toBe(true);
      expect(accounts.accounts.find((a) => a.id === r.buyer)?.organization).toMatch(/-lab$/);
    }
    expect(demo.quoteRequests.length).toBeGreaterThanOrEqual(1);
  });
});
