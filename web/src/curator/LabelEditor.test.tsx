import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'react-aria-components';
import { useState } from 'react';
import { checkRows, fromRows, LabelEditor, type LabelRow, toRows } from './LabelEditor';

const TI = {
  prefLabel: { en: 'Titanium alloy', it: 'Lega di titanio' },
  altLabels: { en: ['Ti alloy'] },
  hiddenLabels: { en: ['titanum alloy'] },
  definition: { en: 'An alloy whose main constituent is titanium.' },
};

let latest: LabelRow[] = [];
function Harness({ errors, problems }: { errors?: Record<string, string[]>; problems?: boolean }) {
  const [rows, setRows] = useState(() => toRows(TI));
  latest = rows;
  return (
    <Form validationBehavior="aria" validationErrors={errors}>
      <LabelEditor rows={rows} onChange={setRows} errors={errors} rowProblems={problems ? checkRows(rows) : {}} />
    </Form>
  );
}
const lang = (code: string) => within(screen.getByRole('group', { name: `Language ${code}` }));

describe('labels per language', () => {
  it('round-trips the API maps, English first, leaving out empty texts', () => {
    const rows = toRows(TI);
    expect(rows.map((r) => r.lang)).toEqual(['en', 'it']);
    expect(fromRows(rows)).toEqual({ ...TI, altLabels: TI.altLabels, hiddenLabels: TI.hiddenLabels });
    expect(fromRows([...rows, { key: 'x', lang: 'de', pref: ' ', alt: [''], hidden: [], definition: '' }])).toEqual(fromRows(rows));
  });

  it('refuses duplicate and malformed language codes before sending', () => {
    const rows = toRows(TI);
    const dup = [...rows, { ...rows[1], key: 'dup' }];
    expect(Object.values(checkRows(dup))).toEqual(['“it” is listed twice; keep one row per language.']);
    expect(Object.values(checkRows([{ ...rows[0], lang: 'English' }]))).toEqual(['Use a language code such as en, it or pt-BR.']);
  });
});

describe('LabelEditor', () => {
  it('edits the preferred label and adds and removes alternative and hidden labels', async () => {
    render(<Harness />);
    const en = lang('en');
    expect(en.getByRole('textbox', { name: 'Preferred label (en)' })).toHaveValue('Titanium alloy');
    expect(lang('it').getByRole('textbox', { name: 'Preferred label (it)' })).toHaveValue('Lega di titanio');
    expect(en.getByRole('grid', { name: 'Alternative labels (en)' })).toHaveTextContent('Ti alloy');

    // add an alternative label with Enter, and a hidden one with the button
    await userEvent.type(en.getByRole('textbox', { name: 'New alternative label (en)' }), 'Ti-6Al-4V family{Enter}');
    await userEvent.type(en.getByRole('textbox', { name: 'New hidden label (en)' }), 'titanium aloy');
    await userEvent.click(en.getByRole('button', { name: 'Add to hidden labels (en)' }));
    // remove the old alternative label with its button
    await userEvent.click(en.getByRole('button', { name: 'Remove Ti alloy' }));
    await userEvent.clear(lang('it').getByRole('textbox', { name: 'Preferred label (it)' }));
    await userEvent.type(lang('it').getByRole('textbox', { name: 'Preferred label (it)' }), 'Lega di Ti');

    expect(fromRows(latest)).toEqual({
      prefLabel: { en: 'Titanium alloy', it: 'Lega di Ti' },
      altLabels: { en: ['Ti-6Al-4V family'] },
      hiddenLabels: { en: ['titanum alloy', 'titanium aloy'] },
      definition: { en: 'An alloy whose main constituent is titanium.' },
    });
  });

  it('adds a language and removes one', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Add a language' }));
    const row = within(screen.getByRole('group', { name: 'New language 3' }));
    await userEvent.type(row.getByRole('textbox', { name: 'Language code' }), 'de');
    await userEvent.type(lang('de').getByRole('textbox', { name: 'Preferred label (de)' }), 'Titanlegierung');
    await userEvent.click(screen.getByRole('button', { name: 'Remove language it' }));
    expect(fromRows(latest).prefLabel).toEqual({ en: 'Titanium alloy', de: 'Titanlegierung' });
  });

  it('is usable from the keyboard: a tag is removed with Delete', async () => {
    render(<Harness />);
    const grid = lang('en').getByRole('grid', { name: 'Alternative labels (en)' });
    await userEvent.click(within(grid).getByRole('row', { name: 'Ti alloy' }));
    await userEvent.keyboard('{Delete}');
    expect(fromRows(latest).altLabels).toEqual({});
  });

  it('shows the API messages at the language they name, and the map-level ones above', () => {
    render(<Harness errors={{ 'prefLabel.en': ['an English prefLabel is required'], altLabels: ['altLabels must map language tags (en, it, es, de...) to lists of texts of 1-200 characters'] }} />);
    const pref = lang('en').getByRole('textbox', { name: 'Preferred label (en)' });
    expect(pref).toHaveAttribute('aria-invalid', 'true');
    expect(pref).toHaveAccessibleDescription('an English prefLabel is required');
    expect(lang('it').getByRole('textbox', { name: 'Preferred label (it)' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/altLabels must map language tags/)).toBeInTheDocument();
  });

  it('marks a duplicated language code at its field', async () => {
    render(<Harness problems />);
    const it = lang('it').getByRole('textbox', { name: 'Language code' });
    await userEvent.clear(it);
    await userEvent.type(it, 'en');
    const codes = screen.getAllByRole('textbox', { name: 'Language code' });
    expect(codes[1]).toHaveAttribute('aria-invalid', 'true');
    expect(codes[1]).toHaveAccessibleDescription('“en” is listed twice; keep one row per language.');
  });
});
