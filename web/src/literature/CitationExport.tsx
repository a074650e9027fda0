import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorMessage } from '../ui/Layout';
import { download } from '../ui/download';
import { citationQuery, citations, type CiteTarget } from './api';
import { CITATION_FORMATS, type CitationFormat } from './literature';

/**
 * Citation export: BibTeX, RIS and CSL-JSON as downloads named `fileName`.<ext>, and the APA
 * reference as text to copy. `what` names the thing cited in the buttons' accessible names.
 */
export function CitationExport({ target, fileName, what }: { target: CiteTarget; fileName: string; what: string }) {
  const apa = useQuery(citationQuery(target, 'apa'));
  const [copied, setCopied] = useState('');
  const save = useMutation({
    mutationFn: async (format: Exclude<CitationFormat, 'apa'>) => {
      const f = CITATION_FORMATS.find((x) => x.id === format)!;
      download(`${fileName}.${f.ext}`, await citations(target, format), f.type);
    },
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apa.data ?? '');
      setCopied('The APA reference was copied.');
    } catch {
      setCopied('Copying is not allowed here: select the reference and copy it.');
    }
  };
  return (
    <div className="cite-export">
      <p className="actions">
        {CITATION_FORMATS.map((f) => (
          <button key={f.id} type="button" className="secondary" onClick={() => save.mutate(f.id)} disabled={save.isPending}>
            Download {f.label}
            <span className="sr-only"> of {what}</span>
          </button>
        ))}
      </p>
      <ErrorMessage error={save.error} />
      <figure className="apa">
        <figcaption>APA reference</figcaption>
        <ErrorMessage error={apa.error} />
        {apa.isPending ? <p role="status">Loading the reference…</p> : <blockquote className="apa-text">{apa.data}</blockquote>}
      </figure>
      <p className="actions">
        <button type="button" onClick={copy} disabled={!apa.data}>
          Copy the APA reference<span className="sr-only"> of {what}</span>
        </button>
        <span role="status" className="muted small">
          {copied}
        </span>
      </p>
    </div>
  );
}
