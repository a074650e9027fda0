import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { Concept, MaterialContent } from '../../api/types';
import { EditorForm } from './EditorPages';
import { changedMeanwhile, editorPath, fieldNames, mapErrors, toContent, toState, type EditorState } from './model';
import { unitForType, unitOptions, UnitPicker } from './UnitPicker';

const concept = (id: string, en: string, quantity: Concept['quantity'] = null): Concept => ({
  id,
  scheme: id.split('/')[0],
  prefLabel: { en },
  altLabels: {},
  definition: {},
  broader: [],
  narrower: [],
  exactMatch: [],
  closeMatch: [],
  quantity,
  revision: 1,
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const TENSILE = concept('property-type/tensile-strength', 'Tensile strength', { canonicalUnit: 'MPa', group: 'mechanical', units: ['MPa', 'GPa', 'kPa', 'Pa', 'psi', 'ksi', 'N/mm^2'] });
const DENSITY = concept('property-type/density', 'Density', { canonicalUnit: 'g/cm^3', group: 'physical', units: ['g/cm^3', 'kg/m^3'] });
const SIZE = concept('property-type/pore-size', 'Pore size', { canonicalUnit: 'um', group: 'physical', units: ['um', 'nm', 'mm'] });

const CONTENT: MaterialContent = {
  name: 'Ti-6Al-4V',
  synonyms: ['Grade 5 titanium'],
  tradeNames: [],
  summary: 'Alpha-beta titanium alloy.',
  class: 'material-class/titanium-alloy',
  applications: ['application/joint-replacement'],
  standards: ['ASTM F136'],
  forms: ['form/rod'],
  casNumber: null,
  composition: [{ component: 'Al', fraction: { min: 5.5, max: 6.75 }, basis: 'wt%' }],
  properties: [
    { type: 'property-type/density', value: 4.43, min: null, max: null, unit: 'g/cm^3', reference: 'ref-v1', conditions: null, method: null, normalized: { value: 4.43, unit: 'g/cm^3' } },
    { type: 'property-type/tensile-strength', min: 860, max: 965, unit: 'MPa', reference: 'ref-v1', conditions: 'annealed', method: 'ASTM E8' },
  ],
  biocompatibility: [{ endpoint: 'iso10993-endpoint/cytotoxicity', result: 'pass', model: 'in_vitro', contactCategory: 'C', notes: null, reference: 'ref-v1' }],
  regulatory: [],
  sustainability: { origin: null, disposal: null, reusability: null, carbonFootprintKgCo2ePerKg: null, reference: null },
  keywords: { 'kw-materials-composition': ['kw-materials-composition/titanium'] },
  references: [{ key: 'ref-v1', type: 'article', title: 'A study', authors: ['Doe, Jane'], year: 2013, container: 'A journal', doi: '10.1186/1471-2334-13-584', pmid: null }],
};

describe('editor state', () => {
  it('round-trips the content: numbers kept, nulls and empty texts left out, nothing the API would refuse (normalized) sent', () => {
    const body = toContent(toState(CONTENT)) as unknown as Record<string, unknown>;
    expect(body.properties).toEqual([
      { type: 'property-type/density', value: 4.43, unit: 'g/cm^3', reference: 'ref-v1' },
      { type: 'property-type/tensile-strength', min: 860, max: 965, unit: 'MPa', conditions: 'annealed', method: 'ASTM E8', reference: 'ref-v1' },
    ]);
    expect(body.composition).toEqual([{ component: 'Al', basis: 'wt%', fraction: { min: 5.5, max: 6.75 } }]);
    expect(body).not.toHaveProperty('casNumber');
    expect(body).not.toHaveProperty('sustainability');
    expect(body.references).toEqual([{ key: 'ref-v1', type: 'article', title: 'A study', authors: ['Doe, Jane'], year: 2013, container: 'A journal', doi: '10.1186/1471-2334-13-584' }]);
    expect(body.keywords).toEqual({ 'kw-materials-composition': ['kw-materials-composition/titanium'] });
  });

  it('sends a number that is not one as typed, so that the API names the field', () => {
    const s = toState(CONTENT);
    s.properties[0].value = '4,5';
    s.properties[1] = { ...s.properties[1], mode: 'value', value: 'about 900' };
    const body = toContent(s) as unknown as { properties: Record<string, unknown>[] };
    expect(body.properties[0].value).toBe(4.5);
    expect(body.properties[1]).toMatchObject({ value: 'about 900' });
    expect(body.properties[1]).not.toHaveProperty('min');
  });

  it('says what another editor changed meanwhile, section by section', () => {
    const now = { ...CONTENT, name: 'Ti-6Al-4V ELI', properties: CONTENT.properties.slice(0, 1) };
    expect(changedMeanwhile(CONTENT, now)).toEqual(['Name: “Ti-6Al-4V” → “Ti-6Al-4V ELI”', 'Property values: 2 → 1 entries']);
    expect(changedMeanwhile(CONTENT, structuredClone(CONTENT))).toEqual([]);
  });
});

describe('error mapping', () => {
  it('names API paths as the editor does', () => {
    expect(editorPath('content.properties[2].unit')).toBe('properties[2].unit');
    expect(editorPath('content.properties.2.unit')).toBe('properties[2].unit');
    expect(editorPath('body.content.references.0.doi')).toBe('references[0].doi');
    expect(editorPath('name')).toBe('name');
    expect(editorPath('content.keywords.kw-model-system.1')).toBe('keywords.kw-model-system[1]');
  });

  it('puts each message at its field, else at the nearest enclosing one, else in the summary', () => {
    const s = toState(CONTENT);
    const error = new ApiError(400, {
      detail: 'The record is not valid',
      errors: [
        { path: 'content.properties[1].unit', message: '"g/cm^3" does not measure the same quantity as MPa' },
        { path: 'content.properties[0]', message: 'give a value or a min/max range' },
        { path: 'content.properties[1].normalized.value', message: 'deep' },
        { path: 'content.keywords.kw-materials-composition[0]', message: 'unknown concept' },
        { path: 'content.role', message: 'is not an allowed field' },
      ],
    });
    const m = mapErrors(error, fieldNames(s));
    expect(m.byField).toEqual({
      'properties[1].unit': ['"g/cm^3" does not measure the same quantity as MPa'],
      'properties[0]': ['give a value or a min/max range'],
      'properties[1]': ['deep'],
      'keywords.kw-materials-composition': ['unknown concept'],
    });
    expect(m.other).toEqual([{ path: 'role', message: 'is not an allowed field' }]);
    expect(mapErrors(new Error('offline'), fieldNames(s))).toEqual({ byField: {}, other: [] });
  });
});

describe('unit picker', () => {
  it('offers only the units of the property type, canonical first, with display symbols', () => {
    expect(unitOptions(TENSILE, 'MPa').map((o) => o.label)).toEqual(['MPa (canonical)', 'GPa', 'kPa', 'Pa', 'psi', 'ksi', 'N/mm²']);
    expect(unitOptions(SIZE, '').map((o) => o.label)).toEqual(['µm (canonical)', 'nm', 'mm']);
    expect(unitOptions(DENSITY, '').map((o) => o.label)).toEqual(['g/cm³ (canonical)', 'kg/m³']);
    // A unit the record has that the type does not accept is kept, and said to be wrong.
    expect(unitOptions(DENSITY, 'GPa').at(-1)).toEqual({ value: 'GPa', label: 'GPa (not a unit of this property)' });
  });

  it('keeps the unit when the new type accepts it, else takes the canonical one', () => {
    expect(unitForType(TENSILE, 'ksi')).toBe('ksi');
    expect(unitForType(DENSITY, 'ksi')).toBe('g/cm^3');
    expect(unitForType(undefined, '')).toBe('');
  });

  it('is a labelled select whose choice is the unit code', async () => {
    let unit = 'MPa';
    render(<UnitPicker name="properties[0].unit" type={TENSILE} value={unit} onChange={(u) => (unit = u)} />);
    const select = screen.getByRole('combobox', { name: 'Unit' });
    expect(within(select).getAllByRole('option')).toHaveLength(7);
    await userEvent.selectOptions(select, 'ksi');
    expect(unit).toBe('ksi');
  });
});

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
describe('record editor with the API errors', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each message at its field, focuses the first one, says the rest in the summary, and keeps what was typed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const url = new URL(req.url);
        if (url.pathname === '/api/v1/vocabulary/concepts') return json({ items: url.searchParams.get('scheme') === 'property-type' ? [TENSILE, DENSITY] : [], total: 2, page: 1, perPage: 100 });
        return json(concept(url.pathname.split('/concepts/')[1] ?? 'x/y', 'Label'));
      }),
    );
    const error = new ApiError(400, {
      errors: [
        { path: 'content.properties[1].value', message: 'Tensile strength cannot be below 0 MPa (got -5 ksi)' },
        { path: 'content.references[0].doi', message: 'is not a DOI' },
        { path: 'content.role', message: 'is not an allowed field' },
      ],
    });
    function Harness() {
      const [state, setState] = useState<EditorState>(() => {
        const s = toState(CONTENT);
        s.properties[1] = { ...s.properties[1], mode: 'value', value: '-5', unit: 'ksi' };
        return s;
      });
      return <EditorForm state={state} setState={setState} error={error} pending={false} busy="Saving…" submit="Save draft" onSubmit={() => undefined} />;
    }
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Harness />
      </QueryClientProvider>,
    );
    const row = within(screen.getByRole('group', { name: /^Property value 2/ }));
    const value = row.getByRole('textbox', { name: 'Value' });
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription('Tensile strength cannot be below 0 MPa (got -5 ksi)');
    expect(value).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'DOI' })).toHaveAccessibleDescription('is not a DOI');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Nothing was saved. Please correct the 2 fields marked above, and:');
    expect(summary).toHaveTextContent('role: is not an allowed field');
    // Typing in the field takes its message away; the other stays; the value typed is kept.
    await userEvent.clear(value);
    await userEvent.type(value, '130');
    expect(value).toHaveValue('130');
    expect(value).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'DOI' })).toHaveAttribute('aria-invalid', 'true');
    // The unit picker of that row offers the units of tensile strength only.
    expect(within(row.getByRole('combobox', { name: 'Unit' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['MPa (canonical)', 'GPa', 'kPa', 'Pa', 'psi', 'ksi', 'N/mm²']);
  });
});
