import { checkVatNumber, decideVat, EU_COUNTRIES, lineVatMinor, REVERSE_CHARGE_NOTE, standardRateBps } from './vat';

describe('VAT rules', () => {
  it('charges the supplier country standard rate on a domestic sale', () => {
    expect(decideVat({ supplierCountry: 'DE', shipToCountry: 'DE', buyerVatNumber: 'DE812345673' })).toEqual({ rule: 'domestic', rateBps: 1900, note: null });
    expect(decideVat({ supplierCountry: 'SE', shipToCountry: 'SE' })).toMatchObject({ rule: 'domestic', rateBps: 2500 });
  });

  it('reverse-charges an intra-EU sale to a buyer with a valid VAT number of the destination', () => {
    const d = decideVat({ supplierCountry: 'DE', shipToCountry: 'IT', buyerVatNumber: 'IT 12345670017' });
    expect(d).toEqual({ rule: 'reverse-charge', rateBps: 0, note: REVERSE_CHARGE_NOTE });
  });

  it('charges the supplier rate when the VAT number is missing, invalid or of another country', () => {
    expect(decideVat({ supplierCountry: 'DE', shipToCountry: 'IT' })).toMatchObject({ rule: 'no-vat-number', rateBps: 1900 });
    expect(decideVat({ supplierCountry: 'DE', shipToCountry: 'IT', buyerVatNumber: 'IT12345670018' })).toMatchObject({ rule: 'no-vat-number' });
    expect(decideVat({ supplierCountry: 'DE', shipToCountry: 'IT', buyerVatNumber: 'ESB12345674' })).toMatchObject({ rule: 'no-vat-number' });
  });

  it('exempts exports outside the EU and charges no EU VAT from suppliers outside it', () => {
    expect(decideVat({ supplierCountry: 'SE', shipToCountry: 'CH' })).toMatchObject({ rule: 'export', rateBps: 0 });
    expect(decideVat({ supplierCountry: 'SE', shipToCountry: 'GB' })).toMatchObject({ rule: 'export' });
    expect(decideVat({ supplierCountry: 'US', shipToCountry: 'DE' })).toMatchObject({ rule: 'outside-eu', rateBps: 0 });
  });

  it('knows the 27 member states and their current standard rates', () => {
    expect(EU_COUNTRIES.size).toBe(27);
    expect(EU_COUNTRIES.has('GB')).toBe(false);
    expect(standardRateBps('FI')).toBe(2550);
    expect(standardRateBps('IT')).toBe(2200);
    expect(() => standardRateBps('CH')).toThrow();
  });

  it('checks VAT numbers for format and check digits, and names the country', () => {
    expect(checkVatNumber('de 812.345.673')).toEqual({ normalized: 'DE812345673', valid: true, country: 'DE' });
    expect(checkVatNumber('DE812345674').valid).toBe(false);
    expect(checkVatNumber('hello').valid).toBe(false);
  });

  it('rounds VAT per line half up in minor units', () => {
    expect(lineVatMinor(1000, 1900)).toBe(190);
    expect(lineVatMinor(1, 5000)).toBe(1); // 0.5 cent rounds up
    expect(lineVatMinor(1, 4999)).toBe(0);
    expect(lineVatMinor(12345, 2550)).toBe(3148); // 3147.975
    expect(() => lineVatMinor(-1, 1900)).toThrow();
  });
});
