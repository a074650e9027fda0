/** Identifier normalisation shared by codecs, merge and the API. */

const DOI = /^10\.\d{4,9}\/\S+$/;

/** `https://doi.org/10.1000/ABC` or `doi:10.1000/abc` → `10.1000/abc`; null when it is not a DOI. */
export function normalizeDoi(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  s = s.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').replace(/\s*\[doi\]$/i, '');
  s = s.trim().toLowerCase();
  return DOI.test(s) ? s : null;
}

export function normalizePmid(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = String(raw).trim().replace(/^pmid:\s*/i, '');
  return /^[1-9]\d{0,9}$/.test(s) ? s : null;
}

export function normalizePmcid(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().toUpperCase().replace(/\s*\[PMC\]$/i, '');
  const m = /^(?:PMC)?(\d{1,10})$/.exec(s);
  return m ? `PMC${m[1]}` : null;
}

export function normalizeOrcid(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(raw.replace(/(\d{4})(\d{4})(\d{4})(\d{3}[\dX])/i, '$1-$2-$3-$4'));
  return m ? m[1].toUpperCase() : null;
}

/** A slug-like id for a new publication: `pub-<family>-<year>-<title words>`, made unique by the caller. */
export function publicationKey(p: { authors: { family?: string | null; literal?: string | null }[]; year?: number | null; title: string }): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const first = p.authors[0];
  const who = slug(first?.family ?? first?.literal ?? 'anon').split('-').slice(0, 2).join('-') || 'anon';
  const stop = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'with', 'by', 'at', 'from']);
  const words = slug(p.title).split('-').filter((w) => w && !stop.has(w)).slice(0, 4).join('-') || 'untitled';
  return `pub-${who}-${p.year ?? 'nd'}-${words}`.slice(0, 90).replace(/-+$/, '');
}
