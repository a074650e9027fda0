/**
 * Unit codes as the API stores them (mathjs spellings: `um`, `degC`, `g/cm^3`) and the symbols a
 * reader expects (µm, °C, g/cm³). Every unit the UI prints and every CSV header goes through `unitSymbol`.
 */
const SYMBOLS: Record<string, string> = {
  '1': '',
  um: 'µm',
  degC: '°C',
  deg: '°',
  K: 'K',
  'MPa m^0.5': 'MPa·m½',
  'W/(m K)': 'W/(m·K)',
  'N/mm^2': 'N/mm²',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  hour: 'h',
};

/** The display symbol of a unit code: dimensionless "1" is left out, powers are superscripts. */
export function unitSymbol(u: string | null | undefined): string {
  if (!u) return '';
  if (u in SYMBOLS) return SYMBOLS[u];
  return u
    .replace(/\bum\b/g, 'µm')
    .replace(/\bdegC\b/g, '°C')
    .replace(/\^-1\b/g, '⁻¹')
    .replace(/\^2\b/g, '²')
    .replace(/\^3\b/g, '³')
    .replace(/\^0\.5\b/g, '½');
}

/** Unit codes inside a sentence of the API ("4.43 g/cm^3; source: ref-v1") as symbols ("4.43 g/cm³; …"). */
export function unitsInText(text: string): string {
  return text
    .replace(/(\d) um\b/g, '$1 µm')
    .replace(/\bdegC\b/g, '°C')
    .replace(/MPa m\^0\.5/g, 'MPa·m½')
    .replace(/W\/\(m K\)/g, 'W/(m·K)')
    .replace(/\^-1\b/g, '⁻¹')
    .replace(/\^2\b/g, '²')
    .replace(/\^3\b/g, '³');
}
