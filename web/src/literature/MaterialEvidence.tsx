import { useState } from 'react';
import { useRouter } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import { ErrorMessage } from '../ui/Layout';

type EvidenceGroup = components['schemas']['EvidenceSummary']['groups'][number];

/** Items a group shows before "Show all". */
const SHOWN = 8;

const publications = (n: number) => `${n.toLocaleString('en')} publication${n === 1 ? '' : 's'}`;

/**
 * A link to the literature search the API names (path and query of this web app): followed inside
 * the app, and still an ordinary link (new tab, copy address).
 */
function SearchLink({ href, children, label }: { href: string; children: React.ReactNode; label?: string }) {
  const router = useRouter();
  return (
    <a
      href={href}
      aria-label={label}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        router.history.push(href);
      }}
    >
      {children}
    </a>
  );
}

function Group({ g }: { g: EvidenceGroup }) {
  const [all, setAll] = useState(false);
  const id = `evidence-${g.type}`;
  const items = all ? g.items : g.items.slice(0, SHOWN);
  return (
    <div className="evidence-group">
      <h3 id={id}>{g.label}</h3>
      <ul aria-labelledby={id} id={`${id}-list`}>
        {items.map((i) => (
          <li key={i.conceptId}>
            <SearchLink href={i.searchUrl} label={`${i.label}: ${publications(i.publications)}`}>
              {i.label}
            </SearchLink>{' '}
            <span className="muted">({publications(i.publications)})</span>
          </li>
        ))}
      </ul>
      {g.items.length > SHOWN && (
        <button type="button" className="link" aria-expanded={all} aria-controls={`${id}-list`} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${g.items.length}`}
        </button>
      )}
    </div>
  );
}

/**
 * The datasheet's evidence from reviewed literature: what the material's reviewed publications
 * report (outcomes, tissues, cells, species…) and in how many, each number a link to the literature
 * search that finds them. Nothing is shown while no reviewed publication is linked.
 */
export function MaterialEvidence({ slug }: { slug: string }) {
  const { data, error } = useQuery({
    queryKey: ['material-evidence', slug],
    staleTime: 30_000,
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/evidence', { params: { path: { slug } } })),
  });
  if (error) return <ErrorMessage error={error} />;
  if (!data || data.reviewedPublications === 0) return null;
  return (
    <section aria-labelledby="evidence-title" className="evidence">
      <h2 id="evidence-title">Evidence from reviewed literature</h2>
      <p>
        From the <SearchLink href={data.searchUrl}>{publications(data.reviewedPublications)}</SearchLink> about this material that curators reviewed: what they report, and how many of them report it.
      </p>
      {data.groups.length === 0 && <p className="muted">Their reviews have not labelled any outcome, tissue, cell or species yet.</p>}
      <div className="evidence-groups">
        {data.groups.map((g) => (
          <Group key={g.type} g={g} />
        ))}
      </div>
    </section>
  );
}
