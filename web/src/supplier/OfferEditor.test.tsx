import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { OfferEditor } from './OffersPage';
import type { Offer } from '../api/types';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, perPage: 100 });
const CERTS = [
  { id: 'certification/iso-13485', scheme: 'certification', prefLabel: { en: 'ISO 13485' }, broader: [], narrower: [], revision: 1 },
  { id: 'certification/ce-mdr', scheme: 'certification', prefLabel: { en: 'CE marked (MDR)' }, broader: [], narrower: [], revision: 1 },
];
const FORMS = [{ id: 'form/rod', scheme: 'form', prefLabel: { en: 'Rod' }, broader: [], narrower: [], revision: 1 }];

/** The API: vocabulary lists, and `answer` for the offer write. */
function api(answer: (body: Record<string, unknown>) => Response) {
  return vi.fn(async (req: Request) => {
    const url = new URL(req.url);
    if (url.pathname === '/api/v1/vocabulary/concepts') return json(page(url.searchParams.get('scheme') === 'certification' ? CERTS : FORMS));
    if (url.pathname === '/api/v1/search/materials') return json({ hits: [{ slug: 'ti-6al-4v', name: 'Ti-6Al-4V', class: { id: 'material-class/titanium-alloy', label: 'Titanium alloy', path: [] } }], total: 1 });
    return answer((await req.clone().json()) as Record<string, unknown>);
  });
}
const sent = async (fetch: ReturnType<typeof api>) => {
  const req = fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method !== 'GET').at(-1)!;
  return req.clone().json();
};
const renderEditor = (offer: Offer | null = null, onDone = () => undefined) =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <OfferEditor offer={offer} onDone={onDone} />
    </QueryClientProvider>,
  );
const tier = (n: number) => within(screen.getByRole('group', { name: `Tier ${n}` }));

afterEach(() => vi.unstubAllGlobals());

describe('OfferEditor', () => {
  it('shows the API validation messages at their fields, tiers included, and keeps everything typed', async () => {
    const fetch = api(() =>
      json(
        {
          type: '/problems/validation-error',
          title: 'Your request is not valid',
          status: 400,
          detail: '3 fields failed validation; see errors[].',
          errors: [
            { path: 'packSize.unit', message: '"GPa" is not a unit of mass, volume, length or area (or pcs)' },
            { path: 'priceTiers[1].minQuantity', message: 'two tiers start at the same quantity' },
            { path: 'certifications[0]', message: 'unknown concept "certification/ce-mdr"' },
          ],
        },
        400,
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderEditor();
    // The material is picked by searching its name, not typed as a slug.
    await userEvent.type(screen.getByRole('combobox', { name: 'Material' }), 'Ti-6');
    await userEvent.click(await screen.findByRole('option', { name: /Ti-6Al-4V/ }));
    expect(screen.getByText('Chosen: ti-6al-4v')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('SKU'), 'rod-6');
    await userEvent.type(screen.getByLabelText('Title'), 'Rod');
    await userEvent.clear(screen.getByLabelText('Pack unit'));
    await userEvent.type(screen.getByLabelText('Pack unit'), 'GPa');
    await userEvent.type(tier(1).getByLabelText('Price per pack (EUR)'), '12.345');
    await userEvent.click(screen.getByRole('button', { name: 'Add a price tier' }));
    await userEvent.clear(tier(2).getByLabelText('From quantity (packs)'));
    await userEvent.type(tier(2).getByLabelText('From quantity (packs)'), '1');
    await userEvent.type(tier(2).getByLabelText('Price per pack (EUR)'), '10');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'CE marked (MDR)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save offer' }));

    const unit = screen.getByLabelText('Pack unit');
    expect(await screen.findByText('"GPa" is not a unit of mass, volume, length or area (or pcs)')).toBeInTheDocument();
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(unit).toHaveAccessibleDescription(expect.stringContaining('"GPa" is not a unit of mass'));
    const qty2 = tier(2).getByLabelText('From quantity (packs)');
    expect(qty2).toHaveAttribute('aria-invalid', 'true');
    expect(qty2).toHaveAccessibleDescription('two tiers start at the same quantity');
    expect(tier(1).getByLabelText('From quantity (packs)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Certifications' })).toHaveTextContent('unknown concept "certification/ce-mdr"');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the 3 fields marked above; nothing was saved.');
    // nothing lost
    expect(screen.getByLabelText('SKU')).toHaveValue('rod-6');
    expect(unit).toHaveValue('GPa');
    expect(tier(1).getByLabelText('Price per pack (EUR)')).toHaveValue('€12.35');
    expect(screen.getByRole('checkbox', { name: 'CE marked (MDR)' })).toBeChecked();
    // A message goes as soon as its field is typed in, before the field is left (leaving it is often
    // the press on Save: a message vanishing then would move the button from under the pointer).
    await userEvent.type(unit, 'x');
    expect(unit).toHaveFocus();
    expect(unit).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('"GPa" is not a unit of mass, volume, length or area (or pcs)')).not.toBeInTheDocument();
    expect(qty2).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(qty2, '0');
    expect(qty2).not.toHaveAttribute('aria-invalid');
    expect(await sent(fetch)).toMatchObject({
      materialSlug: 'ti-6al-4v',
      packSize: { value: 1, unit: 'GPa' },
      currency: 'EUR',
      priceTiers: [
        { minQuantity: 1, unitPriceMinor: 1235 },
        { minQuantity: 1, unitPriceMinor: 1000 },
      ],
      certifications: ['certification/ce-mdr'],
    });
  });

  it('saves an edited offer with every field of it (PUT replaces the offer) and its revision', async () => {
    const offer: Offer = {
      id: 'o1', supplierOrgId: 'org', sku: 'ti64-rod', materialSlug: 'ti-6al-4v', title: 'Ti-6Al-4V rod', grade: 'implant', form: 'form/rod',
      packSize: { value: 1, unit: 'kg' }, currency: 'USD', priceTiers: [{ minQuantity: 1, unitPriceMinor: 25000 }, { minQuantity: 10, unitPriceMinor: 21000 }],
      stockOnHand: 40, stockAllocated: 0, stockAvailable: 40, createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', leadTimeDays: 10, minOrderQuantity: 1, certifications: ['certification/iso-13485'], shipsTo: ['DE', 'IT'], sampleAvailable: true, state: 'active', revision: 3,
    };
    const fetch = api((body) => json({ ...offer, ...body, revision: 4 }));
    vi.stubGlobal('fetch', fetch);
    const onDone = vi.fn();
    renderEditor(offer, onDone);
    expect(tier(2).getByLabelText('Price per pack (USD)')).toHaveValue('$210.00');
    await userEvent.click(screen.getByRole('button', { name: 'Remove tier 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save offer' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await sent(fetch)).toEqual({
      sku: 'ti64-rod', materialSlug: 'ti-6al-4v', title: 'Ti-6Al-4V rod', grade: 'implant', form: 'form/rod', packSize: { value: 1, unit: 'kg' }, currency: 'USD',
      priceTiers: [{ minQuantity: 1, unitPriceMinor: 25000 }], stockOnHand: 40, leadTimeDays: 10, minOrderQuantity: 1,
      certifications: ['certification/iso-13485'], shipsTo: ['DE', 'IT'], sampleAvailable: true, revision: 3,
    });
  });
});
