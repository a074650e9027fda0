import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { api, call, ApiError } from '../api/client';
import { conceptsQuery, hasRole, materialQuery, searchQuery, useConceptLabels, useMe, useSignedIn } from '../api/queries';
import type { MaterialDetail, Offer, Page, PropertyValue, Reference, SearchHit } from '../api/types';
import { ErrorMessage, PageTitle } from '../ui/Layout';
import { conceptLabel, money, unitText } from '../ui/money';
import { tray, useTray } from '../compare/tray';
import { nearest } from './similar';
import { SubmitButton } from '../ui/forms';
import { AddToCart } from '../checkout/CartPage';
import { MaterialLiterature } from '../literature/MaterialLiterature';
import { MaterialEvidence } from '../literature/MaterialEvidence';

export function MaterialPage() {
  const { slug } = useParams({ from: '/materials/$slug' });
  const { data: m, error, isPending } = useQuery(materialQuery(slug));
  if (isPending) return <p role="status">Loading…</p>;
  if (error || !m) return <ErrorMessage error={error ?? new Error('Not found')} />;
  return <Datasheet m={m} />;
}

const GROUPS = [
  ['mechanical', 'Mechanical'],
  ['physical', 'Physical'],
  ['thermal', 'Thermal'],
  ['degradation', 'Degradation'],
  ['biological', 'Biological'],
  ['other', 'Other properties'],
] as const;

/** Property values by datasheet section (the property type's `quantity.group`, in a fixed order), one type's values together. */
export function groupProperties(properties: PropertyValue[], groupOf: (type: string) => string | null | undefined) {
  const out: { group: string; title: string; types: { type: string; label: string; values: PropertyValue[] }[] }[] = [];
  for (const [group, title] of GROUPS) {
    const inGroup = properties.filter((p) => (GROUPS.some(([g]) => g === groupOf(p.type)) ? groupOf(p.type) : 'other') === group);
    if (!inGroup.length) continue;
    const types = [...new Set(inGroup.map((p) => p.type))]
      .map((type) => ({ type, label: inGroup.find((p) => p.type === type)!.typeLabel ?? conceptLabel(type), values: inGroup.filter((p) => p.type === type) }))
      .sort((a, b) => a.label.localeCompare(b.label));
    out.push({ group, title, types });
  }
  return out;
}

const has = (v: unknown) => v !== null && v !== undefined && v !== '';
const words = (v: string | null | undefined) => (v ? v.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) : '—');
const CONTACT: Record<string, string> = { A: 'A (up to 24 h)', B: 'B (24 h to 30 days)', C: 'C (over 30 days)' };

export function Datasheet({ m, archived = false }: { m: MaterialDetail; archived?: boolean }) {
  const inTray = useTray().includes(m.slug);
  const signedIn = useSignedIn();
  const { data: me } = useMe();
  // The datasheet's sections come from the property types' groups: wait for them rather than
  // flashing every value under "Other properties" first.
  const typesQuery = useQuery(conceptsQuery('property-type'));
  const types = typesQuery.data?.items;
  const groupOf = (type: string) => types?.find((t) => t.id === type)?.quantity?.group;
  const groups = groupProperties(m.properties, groupOf);
  const sustainability = m.sustainability ? Object.entries(m.sustainability).filter(([k, v]) => k !== 'reference' && has(v)) : [];
  return (
    <article className="datasheet">
      <p className="muted">{m.class?.path.join(' › ')}</p>
      <PageTitle>{archived ? `${m.name} (version ${m.version})` : m.name}</PageTitle>
      {m.synonyms?.length ? <p className="muted">Also known as: {m.synonyms.join(', ')}</p> : null}
      {m.tradeNames?.length ? <p className="muted">Trade names: {m.tradeNames.join(', ')}</p> : null}
      <p>{m.summary}</p>
      {!archived && (
        <p className="actions">
          <button type="button" className="secondary" aria-pressed={inTray} onClick={() => tray.toggle(m.slug)}>
            {inTray ? 'In compare tray' : 'Add to compare'}
          </button>
          {hasRole(me, 'curator') ? (
            <Link to="/curator/edit/$slug" params={{ slug: m.slug }} className="button">
              Edit
            </Link>
          ) : signedIn ? (
            <Link to="/materials/$slug/propose" params={{ slug: m.slug }} className="button">
              Propose a correction
            </Link>
          ) : null}
        </p>
      )}
      <dl className="facts">
        {m.casNumber && (
          <>
            <dt>CAS number</dt>
            <dd>{m.casNumber}</dd>
          </>
        )}
        {m.standards?.length ? (
          <>
            <dt>Standards</dt>
            <dd>{m.standards.join(', ')}</dd>
          </>
        ) : null}
        {m.forms?.length ? (
          <>
            <dt>Forms</dt>
            <dd>{m.forms.map((f) => f.label).join(', ')}</dd>
          </>
        ) : null}
        {m.applications?.length ? (
          <>
            <dt>Applications</dt>
            <dd>{m.applications.map((f) => f.label).join(', ')}</dd>
          </>
        ) : null}
        <dt>Version</dt>
        <dd>
          Version {m.version}
          {m.publishedAt && `, published ${new Date(m.publishedAt).toLocaleDateString('en')}`}
          {!archived && m.version > 1 && (
            <>
              {' '}
              (
              <Link to="/materials/$slug/compare" params={{ slug: m.slug }} search={{ from: m.version - 1, to: m.version }}>
                what changed from version {m.version - 1}
              </Link>
              )
            </>
          )}
        </dd>
      </dl>

      {!archived && <Offers slug={m.slug} />}

      <section aria-labelledby="props-title">
        <h2 id="props-title">Properties</h2>
        {groups.length === 0 && <p className="muted">No property values recorded.</p>}
        {groups.length > 0 && typesQuery.isPending && <p role="status">Loading the property sections…</p>}
        {!typesQuery.isPending && groups.map((g) => (
          <div key={g.group} className="table-wrap">
            <table className="props-table">
              <caption>{g.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Property</th>
                  <th scope="col">Value</th>
                  <th scope="col">Conditions</th>
                  <th scope="col">Method</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              {g.types.map((t) => (
                <tbody key={t.type}>
                  {t.values.map((p, i) => (
                    <tr key={i}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={t.values.length}>
                          {t.label}
                        </th>
                      )}
                      <td>
                        {valueText(p)}
                        {normalizedText(p) && <span className="muted small"> ({normalizedText(p)})</span>}
                      </td>
                      <td>{p.conditions || '—'}</td>
                      <td>{p.method || '—'}</td>
                      <td>
                        <RefLink r={p.reference} refs={m.references} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        ))}
      </section>

      {m.composition?.length ? (
        <section aria-labelledby="comp-title">
          <h2 id="comp-title">Composition</h2>
          <ul>
            {m.composition.map((c, i) => (
              <li key={i}>
                {c.component}: {has(c.fraction.value) ? c.fraction.value : `${c.fraction.min ?? 0}–${c.fraction.max ?? '?'}`} {c.basis}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="bio-title">
        <h2 id="bio-title">Biocompatibility</h2>
        {m.biocompatibility?.length ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Endpoint (ISO 10993)</th>
                  <th scope="col">Result</th>
                  <th scope="col">Model</th>
                  <th scope="col">Contact duration</th>
                  <th scope="col">Notes</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {m.biocompatibility.map((b, i) => (
                  <tr key={i}>
                    <th scope="row">{b.endpointLabel || conceptLabel(b.endpoint)}</th>
                    <td>{words(b.result)}</td>
                    <td>{words(b.model)}</td>
                    <td>{b.contactCategory ? CONTACT[b.contactCategory] : '—'}</td>
                    <td>{b.notes || '—'}</td>
                    <td>
                      <RefLink r={b.reference} refs={m.references} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">No biocompatibility data recorded.</p>
        )}
      </section>
      <section aria-labelledby="reg-title">
        <h2 id="reg-title">Regulatory status</h2>
        {m.regulatory?.length ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">Pathway</th>
                  <th scope="col">Status</th>
                  <th scope="col">Number</th>
                  <th scope="col">Date</th>
                  <th scope="col">Holder or device</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {m.regulatory.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.region}</th>
                    <td>{r.pathwayLabel || conceptLabel(r.pathway)}</td>
                    <td>{words(r.status)}</td>
                    <td>{r.identifier || '—'}</td>
                    <td>{r.date || '—'}</td>
                    <td>{[r.holder, r.exampleDevice].filter(has).join(', ') || '—'}</td>
                    <td>{r.reference ? <RefLink r={r.reference} refs={m.references} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">No regulatory status recorded.</p>
        )}
      </section>
      {sustainability.length > 0 && (
        <section aria-labelledby="sus-title">
          <h2 id="sus-title">Sustainability</h2>
          <dl className="facts">
            {sustainability.map(([k, v]) => (
              <div key={k}>
                <dt>{k === 'carbonFootprintKgCo2ePerKg' ? 'Carbon footprint (kg CO₂e/kg)' : k.replace(/^./, (c) => c.toUpperCase())}</dt>
                <dd>{String(v)}</dd>
              </div>
            ))}
            {m.sustainability?.reference && (
              <div>
                <dt>Source</dt>
                <dd>
                  <RefLink r={m.sustainability.reference} refs={m.references} />
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}
      {m.keywords && Object.values(m.keywords).some((l) => l?.length) && (
        <section aria-labelledby="kw-title">
          <h2 id="kw-title">Keywords</h2>
          <dl className="facts">
            {Object.entries(m.keywords)
              .filter(([, list]) => list?.length)
              .map(([cat, list]) => (
                <div key={cat}>
                  <dt>{cat.replace(/^kw-/, '').replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}</dt>
                  <dd>{list.map((k) => k.label).join(', ')}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
      {!archived && <Similar m={m} />}
      {!archived && <Versions slug={m.slug} />}
      {!archived && <MaterialEvidence slug={m.slug} />}
      {!archived && <MaterialLiterature slug={m.slug} name={m.name} version={m.version} />}
      {m.references?.length ? (
        <section aria-labelledby="refs-title">
          <h2 id="refs-title">References</h2>
          <ol>
            {m.references.map((r) => (
              <li key={r.key}>
                <Citation r={r} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

const num = (n: number) => n.toLocaleString('en', { maximumSignificantDigits: 4 });
export function valueText(p: Pick<PropertyValue, 'value' | 'min' | 'max' | 'unit'>): string {
  const range = has(p.min) || has(p.max) ? `${has(p.min) ? p.min : '…'}–${has(p.max) ? p.max : '…'}` : '';
  return `${has(p.value) ? p.value : range} ${unitText(p.unit)}`.trim();
}
/** The value in the property's canonical unit, when it was given in another one (130 ksi -> 896.3 MPa). */
export function normalizedText(p: PropertyValue): string {
  const n = p.normalized;
  if (!n || n.unit === p.unit) return '';
  const v = has(n.value) ? num(n.value!) : has(n.min) || has(n.max) ? `${has(n.min) ? num(n.min!) : '…'}–${has(n.max) ? num(n.max!) : '…'}` : '';
  return v ? `${v} ${unitText(n.unit)}`.trim() : '';
}

/** A reference as a citation: authors, year, title, container, and its identifier as a link. */
function Citation({ r }: { r: Reference }) {
  const authors = r.authors?.length ? `${r.authors.slice(0, 3).join('; ')}${r.authors.length > 3 ? ' et al.' : ''}` : '';
  const head = [authors, has(r.year) ? `(${r.year})` : ''].filter(Boolean).join(' ');
  const where = [r.container, r.volume && `${r.volume}${r.issue ? `(${r.issue})` : ''}`, r.pages].filter(Boolean).join(', ');
  const ids: { text: string; href?: string }[] = [];
  if (r.doi) ids.push({ text: `DOI ${r.doi}`, href: `https://doi.org/${r.doi}` });
  if (r.pmid) ids.push({ text: `PMID ${r.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` });
  if (r.isbn) ids.push({ text: `ISBN ${r.isbn}` });
  if (r.standard) ids.push({ text: r.standard });
  if (!r.doi && r.url) ids.push({ text: 'Publisher’s page', href: r.url });
  return (
    <>
      {head && `${head}. `}
      {r.title ?? r.key}
      {where && `. ${where}`}.{' '}
      {ids.map((id, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {id.href ? (
            <a href={id.href} rel="noopener noreferrer" target="_blank">
              {id.text}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            id.text
          )}
        </span>
      ))}
      {r.publicationId && (
        <>
          {ids.length > 0 && ' · '}
          <Link to="/publications/$id" params={{ id: r.publicationId }}>
            Publication record
          </Link>
        </>
      )}
    </>
  );
}

function RefLink({ r, refs }: { r: Reference | string | null | undefined; refs?: Reference[] }) {
  const ref = typeof r === 'string' ? refs?.find((x) => x.key === r) : r;
  if (!ref) return <>{typeof r === 'string' ? r : '—'}</>;
  const href = ref.doi ? `https://doi.org/${ref.doi}` : ref.url;
  const text = ref.doi ? `DOI ${ref.doi}` : (ref.title ?? ref.key);
  return href ? (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {text}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  ) : (
    <>{text}</>
  );
}

function Offers({ slug }: { slug: string }) {
  const { data, error } = useQuery({
    queryKey: ['offers', slug],
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/offers', { params: { path: { slug } } })),
  });
  const offers = data ?? [];
  const signedIn = useSignedIn();
  const { data: me } = useMe();
  const certLabel = useConceptLabels('certification');
  return (
    <section aria-labelledby="offers-title">
      <h2 id="offers-title">Offers</h2>
      <ErrorMessage error={error} />
      {data && offers.length === 0 && <p className="muted">No supplier offers this material yet.</p>}
      <ul className="offers">
        {offers.map((o) => (
          <li key={o.id} className="offer">
            <h3>{o.title}</h3>
            <p>
              Sold by <strong>{o.supplier?.name ?? 'a supplier'}</strong>
              {o.supplier && ` (${o.supplier.country})`}
              {o.shipsTo.length ? ` · ships to ${o.shipsTo.join(', ')}` : ''}
              {o.sampleAvailable ? ' · samples available' : ''}
            </p>
            <p className="muted">
              SKU {o.sku} · {o.grade} grade · pack of {o.packSize.value} {o.packSize.unit}
            </p>
            <table>
              <caption className="sr-only">Price tiers for {o.title}</caption>
              <thead>
                <tr>
                  <th scope="col">From quantity</th>
                  <th scope="col">Price per pack</th>
                </tr>
              </thead>
              <tbody>
                {o.priceTiers.map((t) => (
                  <tr key={t.minQuantity}>
                    <td>{t.minQuantity}</td>
                    <td>{money(t.unitPriceMinor, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {o.stockAvailable > 0 ? `${o.stockAvailable} in stock` : 'Out of stock'} · lead time {o.leadTimeDays} days · minimum order {o.minOrderQuantity}
              {o.certifications.length ? ` · ${o.certifications.map(certLabel).join(', ')}` : ''}
            </p>
            {o.supplierOrgId === me?.organizationId ? <p className="muted">This is your organization’s offer.</p> : <QuoteDialog offer={o} />}
            {signedIn && o.stockAvailable > 0 && o.supplierOrgId !== me?.organizationId && <AddToCart offer={o} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuoteDialog({ offer }: { offer: Offer }) {
  const signedIn = useSignedIn();
  const [quantity, setQuantity] = useState(String(offer.minOrderQuantity || 1));
  const [message, setMessage] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/quote-requests', { body: { offerId: offer.id, quantity: Number(quantity), ...(message.trim() && { message: message.trim() }) } })),
    onSuccess: (q) => setDone(q.id),
  });
  const err = send.error instanceof ApiError ? send.error : null;
  if (!signedIn)
    return (
      <p>
        <Link to="/signin" search={{ next: `/materials/${offer.materialSlug}` }}>
          Sign in
        </Link>{' '}
        to request a quote or buy.
      </p>
    );
  return (
    <DialogTrigger>
      <Button className="primary">Request a quote</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">Request a quote: {offer.title}</Heading>
              {done ? (
                <>
                  <p role="status">Your request was sent to the supplier.</p>
                  <p>
                    <Link to="/quotes/$id" params={{ id: done }}>
                      Follow the request
                    </Link>
                  </p>
                  <Button onPress={close} autoFocus>
                    Close
                  </Button>
                </>
              ) : (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    send.mutate();
                  }}
                >
                  <label htmlFor="rfq-qty">Quantity (packs)</label>
                  <input id="rfq-qty" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} aria-invalid={!!err?.field('quantity')} aria-describedby="rfq-qty-err" />
                  <p id="rfq-qty-err" className="field-error">
                    {err?.field('quantity')}
                  </p>
                  <label htmlFor="rfq-msg">Message to the supplier (optional)</label>
                  <textarea id="rfq-msg" value={message} onChange={(e) => setMessage(e.target.value)} rows={4} />
                  {send.error && !err?.field('quantity') ? <ErrorMessage error={send.error} /> : null}
                  <div className="actions">
                    <SubmitButton pending={send.isPending} busy="Sending…">
                      Send request
                    </SubmitButton>
                    <Button onPress={close}>Cancel</Button>
                  </div>
                </form>
              )}
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function Similar({ m }: { m: MaterialDetail }) {
  const cls = m.class?.path.join(' > ');
  const { data } = useQuery({ ...searchQuery({ filter: cls ? { class: cls } : undefined, facets: '', perPage: 100 }), enabled: !!cls });
  const self = data?.hits.find((h) => h.slug === m.slug);
  const similar: SearchHit[] = self && data ? nearest(self, data.hits, 5) : [];
  return (
    <section aria-labelledby="similar-title">
      <h2 id="similar-title">Similar materials</h2>
      {similar.length ? (
        <ul className="link-list">
          {similar.map((h) => (
            <li key={h.slug}>
              <Link to="/materials/$slug" params={{ slug: h.slug }}>
                {h.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No other material of this class to compare with.</p>
      )}
    </section>
  );
}

function Versions({ slug }: { slug: string }) {
  const { data } = useQuery({
    queryKey: ['versions', slug],
    queryFn: () => call(() => api.GET('/api/v1/materials/{slug}/versions', { params: { path: { slug } } })),
    staleTime: 60_000,
  });
  const list = data ?? [];
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Version history</h2>
      <ul>
        {list.map((v) => (
          <li key={v.version}>
            <Link to="/materials/$slug/versions/$version" params={{ slug, version: String(v.version) }}>
              Version {v.version}
            </Link>
            , published {new Date(v.publishedAt).toLocaleString('en')} by {v.publishedByName}
            {v.version > 1 && (
              <>
                {' '}
                ·{' '}
                <Link to="/materials/$slug/compare" params={{ slug }} search={{ from: v.version - 1, to: v.version }}>
                  compare with version {v.version - 1}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
