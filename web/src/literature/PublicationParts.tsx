import { useConceptLabels } from '../api/queries';
import { authorName, identifierLinks, orcidUrl, type Publication } from './literature';

/** A link that opens in a new tab, and says so to screen readers. */
export function External({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** DOI, PMID and PMCID as links (doi.org, PubMed, PubMed Central). */
export function IdLinks({ p }: { p: { doi?: string | null; pmid?: string | null; pmcid?: string | null } }) {
  const links = identifierLinks(p);
  if (!links.length) return null;
  return (
    <span className="id-links">
      {links.map((l, i) => (
        <span key={l.label}>
          {i > 0 && ' · '}
          <External href={l.href}>
            {l.label} {l.text}
          </External>
        </span>
      ))}
    </span>
  );
}

export function AuthorList({ authors }: { authors: Publication['authors'] }) {
  if (!authors.length) return <p className="muted">No authors recorded.</p>;
  return (
    <ul className="authors" aria-label="Authors">
      {authors.map((a, i) => {
        const name = authorName(a);
        return (
          <li key={i} title={a.affiliations.join('; ') || undefined}>
            {name}
            {a.orcid && (
              <>
                {' '}
                <a href={orcidUrl(a.orcid)} rel="noopener noreferrer" target="_blank" className="orcid" aria-label={`ORCID iD of ${name}: ${a.orcid} (opens in a new tab)`}>
                  ORCID
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The abstract with its labelled sections (BACKGROUND, METHODS...) as sub-headings. */
export function AbstractView({ abstract }: { abstract: Publication['abstract'] }) {
  if (!abstract?.sections.length) return <p className="muted">No abstract recorded.</p>;
  return (
    <div className="abstract">
      {abstract.sections.map((s, i) =>
        s.label ? (
          <section key={i} aria-label={s.label}>
            <h3 className="abstract-label">{s.label}</h3>
            <p>{s.text}</p>
          </section>
        ) : (
          <p key={i}>{s.text}</p>
        ),
      )}
    </div>
  );
}

/** MeSH headings, major topics marked (in words for screen readers), with their qualifiers. */
export function MeshList({ mesh }: { mesh: Publication['mesh'] }) {
  if (!mesh.length) return <p className="muted">No MeSH headings recorded.</p>;
  return (
    <ul className="mesh">
      {mesh.map((m) => (
        <li key={m.descriptorId} className={m.major ? 'major' : undefined}>
          <External href={`https://meshb.nlm.nih.gov/record/ui?ui=${encodeURIComponent(m.descriptorId)}`}>{m.name}</External>
          {m.major && (
            <>
              {' '}
              <abbr title="major topic" aria-hidden="true">
                *
              </abbr>
              <span className="sr-only">(major topic)</span>
            </>
          )}
          {m.qualifiers.length > 0 && <span className="muted small"> / {m.qualifiers.map((q) => `${q.name}${q.major ? ' *' : ''}`).join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}

function LabelName({ scheme, conceptId }: { scheme: string; conceptId: string }) {
  const label = useConceptLabels(scheme);
  return <>{label(conceptId)}</>;
}

/** Our labels (concepts of the keyword schemes), marked when the annotator proposed them. */
export function LabelList({ labels }: { labels: Publication['labels'] }) {
  if (!labels.length) return <p className="muted">No labels yet.</p>;
  return (
    <ul className="chips" aria-label="Labels">
      {labels.map((l) => (
        <li key={`${l.scheme}/${l.conceptId}`} className="chip">
          <LabelName scheme={l.scheme} conceptId={l.conceptId} />
          {l.source === 'machine' && <span className="muted small"> (proposed)</span>}
        </li>
      ))}
    </ul>
  );
}
