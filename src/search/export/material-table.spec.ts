import { columnTitle, materialTable, toCsv } from './material-table';

const fields = [
  { key: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa' },
  { key: 'poreSizeUm', label: 'Pore size', unit: 'um' },
  { key: 'glassTransitionC', label: 'Glass transition', unit: 'degC' },
  { key: 'ratio', label: 'Ratio', unit: '1' },
];

describe('material table (CSV export)', () => {
  it('puts units in the headers as symbols, a min and a max column per property', () => {
    expect(materialTable(fields, [])[0]).toEqual([
      'Name', 'Slug', 'Class',
      "Young's modulus min (GPa)", "Young's modulus max (GPa)",
      'Pore size min (µm)', 'Pore size max (µm)',
      'Glass transition min (°C)', 'Glass transition max (°C)',
      'Ratio min', 'Ratio max',
    ]);
    expect(columnTitle({ key: 'a', label: 'Area', unit: 'm^2' }, 'max')).toBe('Area max (m²)');
    expect(columnTitle({ key: 'd', label: 'Density', unit: 'g/cm^3' }, 'min')).toBe('Density min (g/cm³)');
  });

  it('writes a range as min and max, a single value in both, a missing value as empty cells', () => {
    const [, row] = materialTable(fields.slice(0, 2), [{ slug: 'peek', name: 'PEEK', classPath: ['Polymer', 'PAEK'], values: { youngsModulusGPa: { min: 3.6, max: 3.6 }, poreSizeUm: { min: 100, max: null } } }]);
    expect(row).toEqual(['PEEK', 'peek', 'Polymer > PAEK', 3.6, 3.6, 100, 100]);
    const [, empty] = materialTable(fields.slice(0, 1), [{ slug: 'x', name: 'X', classPath: [], values: {} }]);
    expect(empty).toEqual(['X', 'x', '', null, null]);
  });

  it('adds a source column per property when asked', () => {
    const [head, row] = materialTable(fields.slice(0, 1), [{ slug: 'a', name: 'A', classPath: [], values: { youngsModulusGPa: { min: 1, max: 2 } }, sources: { youngsModulusGPa: 'doi:10.1/x' } }], { sources: true });
    expect(head.slice(3)).toEqual(["Young's modulus min (GPa)", "Young's modulus max (GPa)", "Young's modulus source"]);
    expect(row.slice(3)).toEqual([1, 2, 'doi:10.1/x']);
  });

  it('writes UTF-8 CSV with a byte order mark, CRLF, quoting and no formulas', () => {
    const csv = toCsv([['Name', 'Pore size min (µm)'], ['PEEK, "natural"', 0.5], ['=HYPERLINK("x")', null]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['Name,Pore size min (µm)', '"PEEK, ""natural""",0.5', `"'=HYPERLINK(""x"")",`, '']);
  });
});
