import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseBound, RangeFilter, scaleFor } from './RangeFilter';

const props = { field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa', stats: { min: 0.001, max: 400 } };

describe('RangeFilter', () => {
  it('shows the data range with its unit and applies typed bounds on Enter', async () => {
    const onChange = vi.fn();
    render(<RangeFilter {...props} onChange={onChange} />);
    expect(screen.getByText('Data: 0.001 – 400 GPa')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: "Young's modulus (GPa)" })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Min'), '10');
    await userEvent.type(screen.getByLabelText('Max'), '120{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([10, 120]);
  });

  it('refuses a minimum above the maximum, in plain words, and keeps the typed text', async () => {
    const onChange = vi.fn();
    render(<RangeFilter {...props} value={[null, 50]} onChange={onChange} />);
    const min = screen.getByLabelText('Min');
    await userEvent.type(min, '80{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('The minimum must not exceed the maximum.');
    expect(min).toHaveValue('80');
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('clears the filter when both bounds are emptied', async () => {
    const onChange = vi.fn();
    render(<RangeFilter {...props} value={[5, null]} onChange={onChange} />);
    await userEvent.clear(screen.getByLabelText('Min'));
    fireEvent.blur(screen.getByLabelText('Min'));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('has a two-thumb slider on a log scale, moved with the keyboard', async () => {
    const onChange = vi.fn();
    render(<RangeFilter {...props} onChange={onChange} />);
    const max = screen.getByRole('slider', { name: /Maximum Young's modulus/ });
    expect(max).toHaveAttribute('aria-valuetext', '400 (GPa)');
    max.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [lo, hi] = onChange.mock.calls[0][0];
    expect(lo).toBeNull();
    expect(hi).toBeLessThan(400);
    expect(hi).toBeGreaterThan(350); // one step of 1000 on a log scale over 5.6 decades
  });

  it('shows the "without this value" toggle, disabled with a reason until the API supports it', () => {
    render(<RangeFilter {...props} onChange={() => undefined} missingSupported={false} />);
    const toggle = screen.getByRole('switch', { name: /Include materials without this value/ });
    expect(toggle).toBeDisabled();
    expect(screen.getByText(/Not available yet/)).toBeInTheDocument();
  });

  it('scales and parses', () => {
    const s = scaleFor(0.001, 1000);
    expect(s.log).toBe(true);
    expect(s.toValue(500)).toBe(1);
    expect(s.toPos(1)).toBe(500);
    expect(scaleFor(1, 10).log).toBe(false);
    expect(parseBound(' 1,5 ')).toEqual({ value: 1.5 });
    expect(parseBound('abc')).toEqual({ error: 'Enter a number' });
  });
});
