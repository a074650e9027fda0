/**
 * API capabilities the UI relies on. `rangeMissing`: the search API's `missing=<field>,...` keeps
 * materials without a value under a range filter (the "include materials without this value" toggle).
 */
export const API_FEATURES = { rangeMissing: true };
