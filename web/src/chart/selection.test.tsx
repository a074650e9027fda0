import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { boxToRanges, roundOut, toPoints } from './selection';
import { RegionForm } from './AshbyChart';

/** A log scale 1..1000 over 0..300 px (x) and a reversed one 0.1..100 over 300..0 px (y), like Plot's. */
const invertX = (px: number) => 10 ** ((px / 300) * 3);
const invertY = (py: number) => 10 ** (((300 - py) / 300) * 3 - 1);

describe('chart box selection', () => {
  it('turns a dragged box into two ranges, whichever way it was drawn, rounded outward', () => {
    const r = boxToRanges({ x0: 200, y0: 50, x1: 100, y1: 150 }, invertX, invertY);
    expect(r).toEqual({ x: [10, 100], y: [3.16, 31.7] });
    expect(boxToRanges({ x0: 100, y0: 150, x1: 200, y1: 50 }, invertX, invertY)).toEqual(r);
  });

  it('ignores a click (a box under 4 px)', () => {
    expect(boxToRanges({ x0: 10, y0: 10, x1: 12, y1: 40 }, invertX, invertY)).toBeNull();
  });

  it('rounds to 3 significant digits outward', () => {
    expect(roundOut(3.16227, 'down')).toBe(3.16);
    expect(roundOut(31.6227, 'up')).toBe(31.7);
    expect(roundOut(0.0012345, 'down')).toBe(0.00123);
  });

  it('charts hits with both values, with min/max boxes, coloured by top class', () => {
    const pts = toPoints(
      [
        { slug: 'a', name: 'A', classPath: ['Metal', 'Titanium'], properties: { x: { value: 4.4, min: 4.4, max: 4.4 }, y: { value: 110, min: 100, max: 125 } } },
        { slug: 'b', name: 'B', properties: { x: { value: 1, min: 1, max: 1 } } },
        { slug: 'c', name: 'C', properties: { x: { value: 0, min: 0, max: 0 }, y: { value: 1, min: 1, max: 1 } } },
      ],
      'x',
      'y',
    );
    expect(pts).toEqual([{ slug: 'a', name: 'A', group: 'Metal', x: 4.4, y: 110, x1: 4.4, x2: 4.4, y1: 100, y2: 125 }]);
  });
});

describe('region form (keyboard alternative to dragging)', () => {
  it('sets both ranges from typed corners', async () => {
    const onApply = vi.fn();
    render(<RegionForm xLabel="Density (g/cm^3)" yLabel="Young's modulus (GPa)" onApply={onApply} />);
    await userEvent.type(screen.getByLabelText('Density (g/cm^3) from'), '1');
    await userEvent.type(screen.getByLabelText('Density (g/cm^3) to'), '5');
    await userEvent.type(screen.getByLabelText("Young's modulus (GPa) from"), '10{Enter}');
    expect(onApply).toHaveBeenLastCalledWith([1, 5], [10, null]);
  });

  it('explains a reversed region instead of applying it', async () => {
    const onApply = vi.fn();
    render(<RegionForm xLabel="X" yLabel="Y" onApply={onApply} />);
    await userEvent.type(screen.getByLabelText('X from'), '9');
    await userEvent.type(screen.getByLabelText('X to'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Apply region' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Each minimum must not exceed its maximum.');
    expect(onApply).not.toHaveBeenCalled();
  });
});

describe('chart scales and selection rules', () => {
  it('a box only narrows the current filter (intersection), and says when they do not meet', async () => {
    const { intersectRange } = await import('./selection');
    expect(intersectRange([10, 30], [5, 20])).toEqual([10, 20]);
    expect(intersectRange([10, null], [5, 20])).toEqual([10, 20]);
    expect(intersectRange(undefined, [5, 20])).toEqual([5, 20]);
    expect(intersectRange([10, 30], [40, 50])).toBeNull();
  });

  it('ticks log axes at decades in plain decimals of the unit (no SI prefixes)', async () => {
    const { logTicks, tickText } = await import('./selection');
    expect(logTicks([0.05, 400]).map(tickText)).toEqual(['0.1', '1', '10', '100']);
    expect(logTicks([1.5, 12]).map(tickText)).toEqual(['2', '5', '10']);
    expect(tickText(0.2)).toBe('0.2');
    expect(tickText(2000)).toBe('2,000');
  });

  it('draws guide lines of the asked slope, one per decade, clipped to the domain', async () => {
    const { guideLines } = await import('./selection');
    const lines = guideLines(2, [1, 10], [1, 100]);
    expect(lines.length).toBeGreaterThan(0);
    for (const [a, b] of lines) {
      expect(Math.log10(b.y / a.y) / Math.log10(b.x / a.x)).toBeCloseTo(2, 6);
      for (const p of [a, b]) {
        expect(p.x).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(p.x).toBeLessThanOrEqual(10 + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(p.y).toBeLessThanOrEqual(100 + 1e-9);
      }
    }
  });
});
