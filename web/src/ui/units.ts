/** Unit symbols for display: shared with the API's CSV export (one table of symbols). */
export { unitSymbol, unitsInText } from '../../../src/catalogue/units/unit-symbols';
