import type { components } from '../api/schema';
import { unitsInText } from '../ui/units';

type Change = components['schemas']['ContentChange'];

const SECTION_TITLES: Record<Change['section'], string> = {
  identity: 'Identity',
  lists: 'Names and lists',
  keywords: 'Keywords',
  composition: 'Composition',
  properties: 'Property values',
  biocompatibility: 'Biocompatibility',
  regulatory: 'Regulatory status',
  sustainability: 'Sustainability',
  references: 'References',
};
const KIND = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/**
 * A review-style diff: one row per changed thing (a field, a property value, a concept), grouped by
 * section, before and after side by side; removals and additions said in words, not only colour.
 */
export function ChangesTable({ changes, before = 'Before', after = 'After', caption }: { changes: Change[]; before?: string; after?: string; caption: string }) {
  if (changes.length === 0) return <p>No changes.</p>;
  const sections = Object.keys(SECTION_TITLES).filter((s) => changes.some((c) => c.section === s)) as Change['section'][];
  return (
    <div className="table-wrap">
      <table className="diff-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">{before}</th>
            <th scope="col">{after}</th>
          </tr>
        </thead>
        {sections.map((s) => (
          <tbody key={s}>
            <tr className="diff-section">
              <th scope="colgroup" colSpan={3}>
                {SECTION_TITLES[s]}
              </th>
            </tr>
            {changes
              .filter((c) => c.section === s)
              .map((c, i) => (
                <tr key={i} className={`change-${c.kind}`}>
                  <th scope="row">
                    {c.label} <span className="muted">({KIND[c.kind]})</span>
                  </th>
                  <td className="del">{c.kind === 'added' ? <span className="muted">not there</span> : unitsInText(c.beforeText ?? '—')}</td>
                  <td className="ins">{c.kind === 'removed' ? <span className="muted">removed</span> : unitsInText(c.afterText ?? '—')}</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
