/**
 * API capabilities the UI waits for. `rangeMissing`: keeping materials without a value under a range
 * filter needs the search API to accept e.g. `missing=youngsModulusGPa` (filter `... OR field NOT EXISTS`);
 * until it does, the toggle is shown disabled with an explanation and nothing is sent.
 */
export const API_FEATURES = { rangeMissing: false };
