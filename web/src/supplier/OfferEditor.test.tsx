import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

describe('OfferEditor', () => {
  it('shows the API validation messages at their fields and keeps everything typed', async () => {
    const fetch = vi.fn(async (_req: Request) =>
      new Response(
        JSON.stringify({
          type: '/problems/validation-error',
          title: 'Your request is not valid',
          status: 400,
          errors: [
            { path: 'packSize.unit', message: 'GPa is not a unit of mass, volume or count' },
            { path: 'priceTiers[0].unitPriceMinor', message: 'must be a whole number of cents' },
          ],
        }),
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const { OfferEditor } = await import('./OffersPage');
    render(
      <QueryClientProvider client={new QueryClient()}>
        <OfferEditor offer={null} onDone={() => undefined} />
      </QueryClientProvider>,
    );
    await userEvent.type(screen.getByLabelText('Material (slug)'), 'ti-6al-4v');
    await userEvent.type(screen.getByLabelText('SKU'), 'rod-6');
    await userEvent.type(screen.getByLabelText('Title'), 'Rod');
    await userEvent.clear(screen.getByLabelText('Pack unit'));
    await userEvent.type(screen.getByLabelText('Pack unit'), 'GPa');
    await userEvent.type(screen.getByLabelText('Price per pack (EUR)'), '12.345');
    await userEvent.click(screen.getByRole('button', { name: 'Save offer' }));

    const unit = screen.getByLabelText('Pack unit');
    expect(await screen.findByText('GPa is not a unit of mass, volume or count')).toBeInTheDocument();
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(unit).toHaveAccessibleDescription('GPa is not a unit of mass, volume or count');
    expect(screen.getByLabelText('Price per pack (EUR)')).toHaveAccessibleDescription('must be a whole number of cents');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the fields marked above.');
    expect(screen.getByLabelText('SKU')).toHaveValue('rod-6');
    expect(unit).toHaveValue('GPa');
    const sent = await fetch.mock.calls[0][0].json();
    expect(sent).toMatchObject({ materialSlug: 'ti-6al-4v', packSize: { value: 1, unit: 'GPa' }, priceTiers: [{ minQuantity: 1, unitPriceMinor: 1235 }] });
    vi.unstubAllGlobals();
  });
});
