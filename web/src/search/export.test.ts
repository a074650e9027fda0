import { describe, expect, it } from 'vitest';
import { exportQuery, exportUrl } from './export';

describe('search export links', () => {
  const s = { q: 'titanium', f: { class: ['Metal > Titanium alloy'] }, r: { youngsModulusGPa: [10, 30] as [number, number] }, sort: 'youngsModulusGPa:asc', page: 3 };

  it('carries the query, filters, ranges and sort, the shown fields, and no paging', () => {
    expect(exportQuery(s, ['densityGcm3', 'youngsModulusGPa'])).toEqual({
      q: 'titanium',
      filter: { class: 'Metal > Titanium alloy' },
      range: { youngsModulusGPa: '10..30' },
      sort: 'youngsModulusGPa:asc',
      fields: 'densityGcm3,youngsModulusGPa',
    });
  });

  it('writes deepObject parameters like the API client', () => {
    const url = new URL(exportUrl(s, ['youngsModulusGPa'], 'csv'), 'http://x');
    expect(url.pathname).toBe('/api/v1/search/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'csv',
      q: 'titanium',
      'filter[class]': 'Metal > Titanium alloy',
      'range[youngsModulusGPa]': '10..30',
      sort: 'youngsModulusGPa:asc',
      fields: 'youngsModulusGPa',
    });
  });
});
