import { useMutation } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { ErrorMessage } from '../../ui/Layout';
import type { ReferenceRow } from './model';

/**
 * "Look up": completes a reference row from the registry of its identifier (Crossref for a DOI,
 * PubMed for a PMID) through the API. The curator sees every field filled and can still change it.
 */
export function ReferenceLookup({ row, index, onFound }: { row: ReferenceRow; index: number; onFound: (patch: Partial<ReferenceRow>) => void }) {
  const doi = row.doi.trim();
  const pmid = row.pmid.trim();
  const find = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/literature/lookup', { body: doi ? { doi } : { pmid } })),
    onSuccess: (r) =>
      onFound({
        type: r.type,
        title: r.title,
        authors: r.authors.join('\n'),
        year: r.year ? String(r.year) : '',
        container: r.container ?? '',
        volume: r.volume ?? '',
        issue: r.issue ?? '',
        pages: r.pages ?? '',
        publisher: r.publisher ?? '',
        doi: r.doi ?? row.doi,
        pmid: r.pmid ?? row.pmid,
        pmcid: r.pmcid ?? row.pmcid,
        url: r.url ?? row.url,
      }),
  });
  return (
    <div className="lookup">
      <button type="button" onClick={() => find.mutate()} disabled={(!doi && !pmid) || find.isPending} aria-describedby={`lookup-hint-${index}`}>
        {find.isPending ? 'Looking up…' : 'Look up by DOI or PMID'}
      </button>
      <span id={`lookup-hint-${index}`} className="muted small" role="status">
        {find.isSuccess ? `Filled from ${doi ? 'Crossref' : 'PubMed'}: check the fields below.` : 'Fills authors, year, title, journal and pages from Crossref (DOI) or PubMed (PMID).'}
      </span>
      <ErrorMessage error={find.error} />
    </div>
  );
}
