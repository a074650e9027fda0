import { exportUrl } from './export';
import type { SearchState } from './params';

/** Download links for the current search: every hit up to the cap, with the properties shown on the page. */
export function ExportLinks({ state, fields, total, cap = 1000, missingSupported }: { state: SearchState; fields: string[]; total: number; cap?: number; missingSupported?: boolean }) {
  if (total === 0) return null;
  const what = total > cap ? `the first ${cap.toLocaleString('en')} of ${total.toLocaleString('en')} results` : `all ${total.toLocaleString('en')} result${total === 1 ? '' : 's'}`;
  return (
    <p className="export-links small">
      <span id="export-label">Export {what}:</span>{' '}
      <a href={exportUrl(state, fields, 'csv', { missingSupported })} download="biomat-search.csv" aria-describedby="export-label">
        CSV
      </a>{' '}
      <a href={exportUrl(state, fields, 'json', { missingSupported })} download="biomat-search.json" aria-describedby="export-label">
        JSON
      </a>
    </p>
  );
}
