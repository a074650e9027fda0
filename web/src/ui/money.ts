/** Digits of the currency's minor unit (EUR 2, JPY 0, BHD 3); 2 for a code Intl does not know. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
/** An amount in integer minor units, in words of its currency (25000 EUR -> €250.00, 2500 JPY -> ¥2,500). */
export const money = (minor: number, currency = 'EUR') => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** minorDigits(currency));
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
};
export const conceptLabel = (id: string) => id.split('/').pop()!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
/** A unit for display (one place for every unit symbol: ui/units.ts). */
export { unitSymbol as unitText } from './units';
/** A concept's English preferred label (else its first label, else its id). */
export const conceptName = (c: { id: string; prefLabel: Record<string, string> }) => c.prefLabel.en ?? Object.values(c.prefLabel)[0] ?? c.id;
