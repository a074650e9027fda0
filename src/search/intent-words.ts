/**
 * The words the query reader (intent.ts) knows besides the vocabulary's property labels, kept in one
 * place. Properties are named by their property-type concept id, so labels, units and search fields
 * come from the vocabulary; thresholds are in the property's canonical unit.
 */

/** Comparisons and range words, in en/it/es/de/fr, as typed (accents and case do not matter). */
export const BELOW = [
  'below', 'under', 'less than', 'lower than', 'smaller than', 'at most', 'up to', 'max', 'maximum', 'not more than', '<', '<=', '≤',
  'inferiore a', 'inferiore al', 'inferiore ai', 'sotto', 'sotto i', 'meno di', 'minore di', 'al di sotto di', 'fino a',
  'menor de', 'menor que', 'menos de', 'inferior a', 'por debajo de', 'hasta',
  'unter', 'weniger als', 'kleiner als', 'niedriger als', 'unterhalb von', 'höchstens', 'bis',
  'inférieur à', 'inférieure à', 'moins de', 'sous', 'en dessous de', 'au-dessous de', "jusqu'à",
];
export const ABOVE = [
  'above', 'over', 'more than', 'greater than', 'higher than', 'at least', 'min', 'minimum', 'exceeding', 'not less than', '>', '>=', '≥',
  'superiore a', 'superiore al', 'superiore ai', 'sopra', 'sopra i', 'più di', 'maggiore di', 'almeno', 'oltre',
  'mayor de', 'mayor del', 'mayor que', 'más de', 'superior a', 'superior al', 'al menos', 'por encima de',
  'über', 'mehr als', 'größer als', 'höher als', 'mindestens', 'oberhalb von',
  'supérieur à', 'supérieure à', 'plus de', 'au-dessus de', 'au moins',
];
/** "between 10 and 30", "tra 10 e 30", "entre 10 y 30", "zwischen 10 und 30", "entre 10 et 30". */
export const BETWEEN = ['between', 'tra', 'fra', 'entre', 'zwischen', 'from', 'da', 'de', 'desde', 'von'];
export const AND = ['and', 'e', 'y', 'und', 'et', 'to', 'a', 'hasta', 'bis', 'à', '-', '–', '—', '..'];
/** Between a number and the next in a bare range: 10-30, 10–30, 10 to 30, 10..30. */
export const RANGE_SEPARATORS = ['-', '–', '—', '..', 'to', 'bis', 'à'];
/** Words between a property label and its constraint that carry nothing: "modulus of 10-30 GPa", "densità di 2". */
export const FILLERS = ['of', 'is', 'with', 'di', 'del', 'della', 'de', 'la', 'el', 'von', 'der', 'die', 'ist', 'du', ':', '=', '~', 'about', 'around', 'circa', 'ca', 'approx', 'approximately'];

/** Units people type -> the unit spelling the catalogue's converter understands (unit-normalizer). */
export const UNIT_WORDS: Record<string, string> = {
  GPa: 'GPa', MPa: 'MPa', kPa: 'kPa', Pa: 'Pa', psi: 'psi', ksi: 'ksi', 'N/mm2': 'N/mm^2', 'N/mm^2': 'N/mm^2',
  'MPa m^0.5': 'MPa m^0.5', 'MPa m1/2': 'MPa m^0.5', 'MPa m½': 'MPa m^0.5', 'MPa·m^0.5': 'MPa m^0.5', 'MPa·m½': 'MPa m^0.5', 'MPa√m': 'MPa m^0.5', 'MPa √m': 'MPa m^0.5',
  'g/cm3': 'g/cm^3', 'g/cm^3': 'g/cm^3', 'g/cm³': 'g/cm^3', 'g/cc': 'g/cm^3', 'kg/m3': 'kg/m^3', 'kg/m^3': 'kg/m^3', 'kg/m³': 'kg/m^3',
  '%': '%', percent: '%', 'per cent': '%',
  µm: 'um', μm: 'um', um: 'um', micron: 'um', microns: 'um', nm: 'nm', mm: 'mm',
  HV: 'HV', '°C': 'degC', degC: 'degC', '°': 'deg', deg: 'deg', degrees: 'deg', K: 'K',
  'W/mK': 'W/(m K)', 'W/(m K)': 'W/(m K)', 'W/m·K': 'W/(m K)',
  d: 'day', day: 'day', days: 'day', giorni: 'day', giorno: 'day', días: 'day', dias: 'day', día: 'day', Tage: 'day', Tag: 'day', jours: 'day', jour: 'day',
  wk: 'week', week: 'week', weeks: 'week', settimane: 'week', settimana: 'week', semanas: 'week', semana: 'week', Wochen: 'week', Woche: 'week', semaines: 'week', semaine: 'week',
  mo: 'month', month: 'month', months: 'month', mesi: 'month', mese: 'month', meses: 'month', mes: 'month', Monate: 'month', Monat: 'month', Monaten: 'month', mois: 'month',
  yr: 'year', yrs: 'year', year: 'year', years: 'year', anni: 'year', anno: 'year', años: 'year', año: 'year', Jahre: 'year', Jahr: 'year', Jahren: 'year', ans: 'year', années: 'year',
  h: 'hour', hour: 'hour', hours: 'hour', ore: 'hour', horas: 'hour', Stunden: 'hour', heures: 'hour',
};

/**
 * Words for a property that the vocabulary lacks as a label but people type alone ("modulus 10-30 GPa",
 * "high strength"): the everyday reading, the most common property of that name in biomaterials.
 */
export const PROPERTY_WORDS: Record<string, string[]> = {
  'property-type/youngs-modulus': ['modulus', 'modulo', 'módulo', 'modul', 'module'],
  'property-type/tensile-strength': ['strength', 'resistenza', 'resistencia', 'festigkeit', 'résistance'],
};

/** "low modulus", "high strength", "alta porosità", "hohe Dichte": a sort on the named property. */
export const LOW = ['low', 'lower', 'basso', 'bassa', 'bajo', 'baja', 'niedrig', 'niedrige', 'niedriger', 'niedrigem', 'geringe', 'faible', 'bas', 'basse'];
export const HIGH = ['high', 'higher', 'alto', 'alta', 'elevato', 'elevata', 'elevado', 'elevada', 'hoch', 'hohe', 'hoher', 'hohem', 'élevé', 'élevée', 'haut', 'haute'];

export interface Preference {
  /** Every way of saying it, in any of the five languages. */
  words: string[];
  property: string;
  /** Bounds in the property's canonical unit: the range the adjective stands for (none: a sort only). */
  min?: number;
  max?: number;
  sort: 'asc' | 'desc';
  /** Why this threshold: shown nowhere, kept for whoever changes it. */
  why: string;
}

const speed = (fast: string[], slow: string[], verbs: string[]) => ({
  fast: fast.flatMap((a) => verbs.map((v) => `${a} ${v}`)),
  slow: slow.flatMap((a) => verbs.map((v) => `${a} ${v}`)),
});
const resorption = speed(
  ['quickly', 'rapidly', 'fast', 'rapid', 'rapidamente', 'velocemente', 'rápidamente', 'schnell', 'rapidement', 'vite'],
  ['slowly', 'slow', 'lentamente', 'langsam', 'lentement'],
  ['resorbed', 'resorbing', 'resorbable', 'absorbable', 'degrading', 'degraded', 'degradable', 'dissolving', 'riassorbito', 'riassorbibile', 'degradabile', 'reabsorbible', 'degradable', 'resorbierbar', 'abbaubar', 'résorbable', 'résorbé', 'dégradable'],
);

/**
 * Adjectives that stand for a property. A threshold is the point where the word stops being true for
 * biomaterials as the seed catalogue records them (values in canonical units), so that the word
 * narrows the result; the sort puts the most-so first among what remains.
 */
export const PREFERENCES: Preference[] = [
  {
    words: ['light', 'lightweight', 'low-density', 'leggero', 'leggera', 'ligero', 'ligera', 'leicht', 'leichte', 'léger', 'légère'],
    property: 'property-type/density',
    max: 2,
    sort: 'asc',
    why: 'at most 2 g/cm3: magnesium alloys (1.7-1.9), polymers and carbon; titanium (4.4) and steels are not light among implant metals',
  },
  {
    words: ['stiff', 'rigid', 'rigido', 'rigida', 'rígido', 'rígida', 'steif', 'steife', 'starr', 'rigide'],
    property: 'property-type/youngs-modulus',
    min: 3,
    sort: 'desc',
    why: "at least 3 GPa: engineering thermoplastics (PEEK 3.6) and up; elastomers, hydrogels and soft tissue (MPa and below) are not stiff",
  },
  {
    words: ['soft', 'morbido', 'morbida', 'blando', 'blanda', 'weich', 'weiche', 'weiches', 'weicher', 'mou', 'molle'],
    property: 'property-type/youngs-modulus',
    max: 0.1,
    sort: 'asc',
    why: 'at most 0.1 GPa (100 MPa): hydrogels, elastomers and soft tissues; thermoplastics start near 0.5 GPa',
  },
  {
    words: ['flexible', 'flessibile', 'flexibel', 'biegsam', 'souple'],
    property: 'property-type/youngs-modulus',
    sort: 'asc',
    why: 'a sort only: flexible devices use materials from silicone (MPa) to nylon (1-2 GPa), no threshold holds',
  },
  {
    words: ['elastic', 'elastomeric', 'stretchable', 'elastico', 'elastica', 'elastomerico', 'elástico', 'elástica', 'elastisch', 'dehnbar', 'élastique'],
    property: 'property-type/elongation-at-break',
    sort: 'desc',
    why: 'a sort only: elongation at break is recorded for few elastomers, a threshold would drop the others',
  },
  {
    words: ['tough', 'tenace', 'tenaz', 'zäh', 'zähe', 'bruchzäh'],
    property: 'property-type/fracture-toughness',
    min: 5,
    sort: 'desc',
    why: 'at least 5 MPa m^0.5: toughened ceramics (ZTA, zirconia, silicon nitride) and metals; alumina (3-4) and glasses (<1) are brittle',
  },
  {
    words: ['hard', 'duro', 'dura', 'hart', 'harte', 'dur', 'dure'],
    property: 'property-type/vickers-hardness',
    sort: 'desc',
    why: 'a sort only: the seed has few hardness values',
  },
  {
    words: ['strong', 'high-strength', 'resistente', 'fest', 'hochfest', 'résistant', 'résistante'],
    property: 'property-type/tensile-strength',
    sort: 'desc',
    why: 'a sort only: what counts as strong differs by class (a strong polymer is a weak metal)',
  },
  {
    words: ['porous', 'highly porous', 'poroso', 'porosa', 'porös', 'poröse', 'poreux', 'poreuse'],
    property: 'property-type/porosity',
    sort: 'desc',
    why: 'a sort only: many porous scaffolds have no recorded porosity, a threshold would drop them',
  },
  {
    words: resorption.fast,
    property: 'property-type/degradation-time',
    max: 182.625,
    sort: 'asc',
    why: 'within 6 months (182.625 days, mathjs month): PLGA 50:50, PGS, calcium sulfate, PDO; PLLA and PCL take years',
  },
  {
    words: resorption.slow,
    property: 'property-type/degradation-time',
    min: 365.25,
    sort: 'desc',
    why: 'a year or more (365.25 days): PDLLA, PLLA, PCL',
  },
];
