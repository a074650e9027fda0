import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'react-aria-components';
import { useState } from 'react';
import { fromMinor, minorDigits, sortTiers, type Tier, TierEditor, tiersFromApi, tiersToApi, toMinor } from './TierEditor';

function Harness({ initial, currency = 'EUR', errors, onChange }: { initial: Tier[]; currency?: string; errors?: Record<string, string[]>; onChange?: (t: Tier[]) => void }) {
  const [tiers, setTiers] = useState(initial);
  return (
    <Form validationBehavior="aria" validationErrors={errors}>
      <TierEditor
        tiers={tiers}
        currency={currency}
        onChange={(update) =>
          setTiers((previous) => {
            const next = update(previous);
            onChange?.(next);
            return next;
          })
        }
        errors={errors?.priceTiers}
      />
    </Form>
  );
}

const tier = (n: number) => within(screen.getByRole('group', { name: `Tier ${n}` }));

describe('price tiers in minor units', () => {
  it('converts between the currency and its minor units', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(toMinor(12.345, 'EUR')).toBe(1235);
    expect(toMinor(2500, 'JPY')).toBe(2500);
    expect(fromMinor(25000, 'EUR')).toBe(250);
    const tiers = tiersFromApi([{ minQuantity: 10, unitPriceMinor: 21000 }, { minQuantity: 1, unitPriceMinor: 25000 }], 'EUR');
    expect(tiersToApi(tiers, 'EUR')).toEqual([
      { minQuantity: 1, unitPriceMinor: 25000 },
      { minQuantity: 10, unitPriceMinor: 21000 },
    ]);
    expect(sortTiers([{ key: 'a', minQuantity: NaN, price: 1 }, ...tiers]).map((t) => t.minQuantity)).toEqual([1, 10, NaN]);
  });
});

describe('TierEditor', () => {
  it('shows each tier with its quantity and its price formatted in the currency', () => {
    render(<Harness initial={tiersFromApi([{ minQuantity: 1, unitPriceMinor: 25000 }, { minQuantity: 10, unitPriceMinor: 21000 }], 'EUR')} />);
    expect(tier(1).getByRole('textbox', { name: 'From quantity (packs)' })).toHaveValue('1');
    expect(tier(1).getByRole('textbox', { name: 'Price per pack (EUR)' })).toHaveValue('€250.00');
    expect(tier(2).getByRole('textbox', { name: 'Price per pack (EUR)' })).toHaveValue('€210.00');
  });

  it('adds and removes tiers, and takes typed prices in major units', async () => {
    const onChange = vi.fn();
    render(<Harness initial={tiersFromApi([{ minQuantity: 1, unitPriceMinor: 25000 }], 'EUR')} onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Remove tier 1' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a price tier' }));
    expect(tier(2).getByRole('textbox', { name: 'From quantity (packs)' })).toHaveValue('10');
    const price = tier(2).getByRole('textbox', { name: 'Price per pack (EUR)' });
    await userEvent.type(price, '199.5');
    await userEvent.tab();
    expect(price).toHaveValue('€199.50');
    expect(tiersToApi(onChange.mock.lastCall![0], 'EUR')).toEqual([
      { minQuantity: 1, unitPriceMinor: 25000 },
      { minQuantity: 10, unitPriceMinor: 19950 },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove tier 1' }));
    expect(screen.getAllByRole('group', { name: /^Tier/ })).toHaveLength(1);
    expect(tier(1).getByRole('textbox', { name: 'Price per pack (EUR)' })).toHaveValue('€199.50');
  });

  it('formats in the offer currency (no minor unit for JPY)', () => {
    render(<Harness currency="JPY" initial={tiersFromApi([{ minQuantity: 1, unitPriceMinor: 2500 }], 'JPY')} />);
    expect(tier(1).getByRole('textbox', { name: 'Price per pack (JPY)' })).toHaveValue('¥2,500');
  });

  it('shows the API messages at the tier field they name, and for the tiers as a whole', async () => {
    render(
      <Harness
        initial={tiersFromApi([{ minQuantity: 5, unitPriceMinor: 100 }, { minQuantity: 10, unitPriceMinor: 90 }], 'EUR')}
        errors={{ 'priceTiers[0].minQuantity': ['the first tier must start at or below the minimum order (1)'], priceTiers: ['two tiers start at the same quantity'] }}
      />,
    );
    const qty = tier(1).getByRole('textbox', { name: 'From quantity (packs)' });
    expect(qty).toHaveAttribute('aria-invalid', 'true');
    expect(qty).toHaveAccessibleDescription('the first tier must start at or below the minimum order (1)');
    expect(tier(2).getByRole('textbox', { name: 'From quantity (packs)' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Price tiers' })).toHaveAccessibleDescription('two tiers start at the same quantity');
    // editing the field clears its message (React Aria drops a server error once the value is changed)
    await userEvent.clear(qty);
    await userEvent.type(qty, '1');
    await userEvent.tab();
    expect(qty).not.toHaveAttribute('aria-invalid');
  });
});
