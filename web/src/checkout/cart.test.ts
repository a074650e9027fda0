import { describe, expect, it } from 'vitest';
import type { CartLine } from '../api/types';
import { bySupplier, tierPrice } from './CartPage';

describe('cart helpers', () => {
  const tiers = [
    { minQuantity: 1, unitPriceMinor: 25_000 },
    { minQuantity: 10, unitPriceMinor: 21_000 },
    { minQuantity: 50, unitPriceMinor: 19_000 },
  ];
  it('prices a quantity at the highest tier it reaches', () => {
    expect(tierPrice(tiers, 1)).toBe(25_000);
    expect(tierPrice(tiers, 9)).toBe(25_000);
    expect(tierPrice(tiers, 10)).toBe(21_000);
    expect(tierPrice(tiers, 500)).toBe(19_000);
    expect(tierPrice([{ minQuantity: 5, unitPriceMinor: 100 }], 2)).toBeNull();
  });

  it('groups lines by supplier, in the order they were added (one order each at checkout)', () => {
    const line = (id: string, supplier: string) => ({ id, supplier: { id: supplier, name: supplier, country: 'DE' } }) as CartLine;
    const groups = bySupplier([line('a', 's1'), line('b', 's2'), line('c', 's1')]);
    expect(groups.map((g) => [g.supplier.id, g.lines.map((l) => l.id)])).toEqual([
      ['s1', ['a', 'c']],
      ['s2', ['b']],
    ]);
  });
});
