export const money = (minor: number, currency = 'EUR') => new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);
export const conceptLabel = (id: string) => id.split('/').pop()!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
/** A unit for display: dimensionless "1" is left out, powers are superscripts (g/cm^3 -> g/cm³). */
export const unitText = (u: string | null | undefined) =>
  !u || u === '1' ? '' : u.replace(/\^-1\b/g, '⁻¹').replace(/\^2\b/g, '²').replace(/\^3\b/g, '³');
