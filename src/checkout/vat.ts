import { checkVAT, countries as vatCountries } from 'jsvat';
import regionCountries from 'sales-tax/res/region_countries.json';
import salesTaxRates from 'sales-tax/res/sales_tax_rates.json';

/**
 * VAT of a B2B sale of goods by a supplier to a buyer, decided by the supplier's country, the
 * country the goods are shipped to and the buyer's VAT number (Council Directive 2006/112/EC):
 *
 * - `domestic`: shipped within the supplier's own EU country: that country's standard rate.
 * - `reverse-charge`: shipped from one EU country to another, to a buyer with a valid VAT number
 *   of the destination country: an intra-Community supply, exempt (0 %); the buyer accounts for
 *   the VAT (Art. 138 and Art. 200), and the invoice says so.
 * - `no-vat-number`: shipped to another EU country, buyer without a valid VAT number: the
 *   supplier's rate (simplification: the destination's rate after the EUR 10,000 distance-selling
 *   threshold is not modelled; institutions buying cross-border have VAT numbers).
 * - `export`: shipped outside the EU from an EU supplier: exempt (0 %, Art. 146).
 * - `outside-eu`: a supplier outside the EU charges no EU VAT; import VAT is due on import.
 *
 * Standard rates come from the `sales-tax` package's rate table (maintained, release notes name
 * each rate change), EU membership from its region list; VAT numbers are checked for format and
 * country with `jsvat` (format and check digits; not the VIES registry, which is online).
 * Rates are integers in basis points (19 % = 1900, 25.5 % = 2550).
 */
export type VatRule = 'domestic' | 'reverse-charge' | 'no-vat-number' | 'export' | 'outside-eu';

export interface VatDecision {
  rule: VatRule;
  rateBps: number;
  /** The sentence the invoice must carry for an exempt supply, or null. */
  note: string | null;
}

export const EU_COUNTRIES: ReadonlySet<string> = new Set((regionCountries as Record<string, string[]>).EU);
const RATES = salesTaxRates as Record<string, { type?: string; rate?: number }>;

export const REVERSE_CHARGE_NOTE = 'Reverse charge: intra-Community supply of goods exempt under Article 138 of Directive 2006/112/EC; VAT to be accounted for by the recipient.';
export const EXPORT_NOTE = 'Export outside the EU: exempt under Article 146 of Directive 2006/112/EC.';
export const OUTSIDE_EU_NOTE = 'Supplier outside the EU: no EU VAT charged; import VAT and duties are due on import.';

/** The standard VAT rate of an EU country in basis points. */
export function standardRateBps(country: string): number {
  const entry = RATES[country.toUpperCase()];
  if (!EU_COUNTRIES.has(country.toUpperCase()) || entry?.type !== 'vat' || typeof entry.rate !== 'number') throw new Error(`no EU standard VAT rate for ${country}`);
  return Math.round(entry.rate * 10_000);
}

export interface VatNumberCheck {
  /** Upper case, without spaces, dots or dashes. */
  normalized: string;
  valid: boolean;
  /** ISO 3166-1 alpha-2 of the number's country (GR for EL numbers), or null. */
  country: string | null;
}

/** Format and check digits of a European VAT number, and its country. */
export function checkVatNumber(input: string): VatNumberCheck {
  const normalized = input.toUpperCase().replace(/[\s.\-]/g, '');
  const result = checkVAT(normalized, vatCountries);
  const country = result.country?.isoCode.short ?? null;
  return { normalized, valid: result.isValid && !!country, country: country === 'EL' ? 'GR' : country };
}

export function decideVat(input: { supplierCountry: string; shipToCountry: string; buyerVatNumber?: string | null }): VatDecision {
  const supplier = input.supplierCountry.toUpperCase();
  const dest = input.shipToCountry.toUpperCase();
  if (!EU_COUNTRIES.has(supplier)) return { rule: 'outside-eu', rateBps: 0, note: OUTSIDE_EU_NOTE };
  if (!EU_COUNTRIES.has(dest)) return { rule: 'export', rateBps: 0, note: EXPORT_NOTE };
  if (dest === supplier) return { rule: 'domestic', rateBps: standardRateBps(supplier), note: null };
  const vat = input.buyerVatNumber ? checkVatNumber(input.buyerVatNumber) : null;
  if (vat?.valid && vat.country === dest) return { rule: 'reverse-charge', rateBps: 0, note: REVERSE_CHARGE_NOTE };
  return { rule: 'no-vat-number', rateBps: standardRateBps(supplier), note: null };
}

/** VAT of one line: net times rate, rounded half up to the minor unit (VAT is rounded per line). */
export function lineVatMinor(netMinor: number, rateBps: number): number {
  if (!Number.isSafeInteger(netMinor) || netMinor < 0) throw new Error('net must be a non-negative integer of minor units');
  return Math.floor((netMinor * rateBps + 5_000) / 10_000);
}
