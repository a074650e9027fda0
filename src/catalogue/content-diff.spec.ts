import { diffContent } from './content-diff';
import { MaterialContent, PropertyValue } from './material.types';

const E = (value: number, extra: Partial<PropertyValue> = {}): PropertyValue => ({ type: 'property-type/youngs-modulus', value, unit: 'GPa', reference: 'ref-a', normalized: { unit: 'GPa', value }, ...extra });
const base = (over: Partial<MaterialContent> = {}): MaterialContent => ({
  name: 'Ti-6Al-4V',
  synonyms: ['Ti64'],
  tradeNames: [],
  summary: 'Titanium alloy.',
  class: 'material-class/titanium-alloy',
  applications: [],
  standards: ['ASTM F136'],
  forms: ['form/rod'],
  casNumber: null,
  composition: [],
  properties: [E(110), { type: 'property-type/density', value: 4.43, unit: 'g/cm^3', reference: 'ref-a' }],
  biocompatibility: [],
  regulatory: [],
  sustainability: null,
  keywords: { 'kw-outcomes-toxicity': ['kw-outcomes-toxicity/osseointegration'] },
  references: [{ key: 'ref-a', type: 'article', title: 'A review', doi: '10.1/a' }],
  ...over,
});
const labels: Record<string, string> = { 'property-type/youngs-modulus': "Young's modulus", 'form/rod': 'Rod', 'form/powder': 'Powder', 'kw-outcomes-toxicity/osseointegration': 'Osseointegration' };
const label = (id: string) => labels[id] ?? id;

describe('diffContent', () => {
  it('shows a changed value as one change, before -> after, with its label and unit', () => {
    const changes = diffContent(base(), base({ properties: [E(114), base().properties[1]] }), label);
    expect(changes).toEqual([expect.objectContaining({ section: 'properties', kind: 'changed', label: "Young's modulus", beforeText: '110 GPa; source: ref-a', afterText: '114 GPa; source: ref-a' })]);
  });

  it('matches values by type, reference and conditions: another condition is an added value, not a change', () => {
    const changes = diffContent(base(), base({ properties: [...base().properties, E(80, { conditions: 'porous' })] }), label);
    expect(changes.map((c) => [c.kind, c.afterText])).toEqual([['added', '80 GPa; porous; source: ref-a']]);
  });

  it('marks every removal, in lists, keywords and values', () => {
    const changes = diffContent(base(), base({ synonyms: [], forms: ['form/powder'], keywords: {}, properties: [base().properties[1]] }), label);
    expect(changes.filter((c) => c.kind === 'removed').map((c) => `${c.label}: ${c.beforeText}`)).toEqual([
      'Synonyms: Ti64',
      'Forms: Rod',
      'Keywords: Outcomes and toxicity: Osseointegration',
      "Young's modulus: 110 GPa; source: ref-a",
    ]);
    expect(changes.find((c) => c.kind === 'added')).toMatchObject({ label: 'Forms', afterText: 'Powder' });
  });

  it('ignores the normalised value (it follows from value and unit) and lists everything for a new record', () => {
    const same = base({ properties: [{ ...E(110), normalized: { unit: 'GPa', value: 110.0000001 } }, base().properties[1]] });
    expect(diffContent(base(), same, label)).toEqual([]);
    const all = diffContent(null, base(), label);
    expect(all.every((c) => c.kind === 'added')).toBe(true);
    expect(all.map((c) => c.field)).toEqual(expect.arrayContaining(['name', 'class', 'summary', 'synonyms', 'properties', 'references']));
  });
});
