import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FacetList } from './FacetList';
import { ClassMenu, childrenOf } from './ClassMenu';

const counts = { Rod: 33, Powder: 38, Sheet: 30, Film: 25, Bar: 24, Wire: 20, Tube: 20, Pellet: 20, Fibre: 17, Foam: 3 };

describe('FacetList (disjunctive facet)', () => {
  it('shows values with counts, most frequent first, and adds a value to the OR list on click', async () => {
    const onChange = vi.fn();
    render(<FacetList facet="forms" label="Form" counts={counts} selected={['Rod']} onChange={onChange} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(8);
    expect(screen.getByRole('checkbox', { name: /Rod/ })).toBeChecked();
    expect(screen.getByText('38')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Powder/ }));
    expect(onChange).toHaveBeenLastCalledWith(['Rod', 'Powder']);
  });

  it('is usable from the keyboard: Tab to a value, Space toggles it', async () => {
    const onChange = vi.fn();
    render(<FacetList facet="forms" label="Form" counts={{ Rod: 3, Powder: 2 }} selected={[]} onChange={onChange} />);
    await userEvent.tab();
    expect(screen.getByRole('checkbox', { name: /Rod/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['Rod']);
  });

  it('keeps a selected value listed at 0 and expands with "Show all"', async () => {
    render(<FacetList facet="forms" label="Form" counts={counts} selected={['Gel']} onChange={() => undefined} />);
    expect(screen.getByRole('checkbox', { name: /Gel/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: /Show all 11/ }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(11);
  });

  it('searches within the values, locally and through the API for values not listed', async () => {
    const searchValues = vi.fn(async () => [{ value: 'Foil', count: 2 }]);
    render(<FacetList facet="forms" label="Form" counts={counts} selected={[]} onChange={() => undefined} searchValues={searchValues} />);
    await userEvent.type(screen.getByLabelText('Search form values'), 'f');
    await waitFor(() => expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual(['Film25', 'Fibre17', 'Foam3', 'Foil2']));
    expect(searchValues).toHaveBeenLastCalledWith('f');
  });
});

describe('ClassMenu (hierarchical)', () => {
  const classes = { Metal: 46, Ceramic: 25, 'Metal > Titanium alloy': 15, 'Metal > Magnesium alloy': 9, 'Ceramic > Zirconia': 1 };

  it('lists the next level with counts', () => {
    expect(childrenOf(classes)).toEqual([
      { path: 'Metal', label: 'Metal', count: 46 },
      { path: 'Ceramic', label: 'Ceramic', count: 25 },
    ]);
    expect(childrenOf(classes, 'Metal').map((c) => c.label)).toEqual(['Titanium alloy', 'Magnesium alloy']);
  });

  it('narrows to a child and widens from the breadcrumb', async () => {
    const onSelect = vi.fn();
    const { rerender } = render(<ClassMenu counts={classes} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: /Metal/ }));
    expect(onSelect).toHaveBeenLastCalledWith('Metal');
    rerender(<ClassMenu counts={classes} selected="Metal > Titanium alloy" onSelect={onSelect} />);
    const crumbs = screen.getByRole('navigation', { name: /breadcrumb/ });
    expect(crumbs).toHaveTextContent('All classesMetalTitanium alloy');
    expect(screen.getByRole('button', { name: /Titanium alloy/, pressed: true })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Metal' }));
    expect(onSelect).toHaveBeenLastCalledWith('Metal');
    await userEvent.click(screen.getByRole('button', { name: 'All classes' }));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });
});

describe('keyboard: one tab stop per list, focus kept after a choice', () => {
  it('a facet list is one tab stop; arrow keys move within it and Space still toggles', async () => {
    const onChange = vi.fn();
    render(
      <>
        <FacetList facet="forms" label="Form" counts={{ Rod: 3, Powder: 2, Film: 1 }} selected={[]} onChange={onChange} />
        <button type="button">after</button>
      </>,
    );
    await userEvent.tab();
    expect(screen.getByRole('checkbox', { name: /Rod/ })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('checkbox', { name: /Film/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['Film']);
  });

  it('keeps the order (and so the focus) while the list has focus, even when a selection would move a value first', async () => {
    const { rerender } = render(<FacetList facet="forms" label="Form" counts={{ Rod: 3, Powder: 2 }} selected={[]} onChange={() => undefined} />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    const powder = screen.getByRole('checkbox', { name: /Powder/ });
    expect(powder).toHaveFocus();
    rerender(<FacetList facet="forms" label="Form" counts={{ Rod: 1, Powder: 2 }} selected={['Powder']} onChange={() => undefined} />);
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['Rod1', 'Powder2']);
    expect(screen.getByRole('checkbox', { name: /Powder/ })).toHaveFocus();
  });

  it('a hierarchical choice moves focus to the new level instead of dropping it', async () => {
    const counts = { Metal: 3, 'Metal > Titanium alloy': 2, 'Metal > Cobalt-chromium alloy': 1, Ceramic: 2 };
    function Harness() {
      const [sel, setSel] = useState<string | undefined>();
      return <ClassMenu counts={counts} selected={sel} onSelect={setSel} />;
    }
    render(<Harness />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /^Metal/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Ceramic/ })).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Titanium alloy/ })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Cobalt-chromium alloy/, pressed: true })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'All classes' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Metal/ })).toHaveFocus());
  });
});
