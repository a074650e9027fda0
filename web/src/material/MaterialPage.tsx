import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { api, call, ApiError } from '../api/client';
import { materialQuery, searchQuery, useConceptLabels, useMe, useSignedIn } from '../api/queries';
import type { MaterialDetail, Offer, Page, PropertyValue, Reference, SearchHit } from '../api/types';
import { ErrorMessage, PageTitle } from '../ui/Layout';
import { conceptLabel, money, unitText } from '../ui/money';
import { tray, useTray } from '../compare/tray';
import { nearest } from './similar';
import { SubmitButton } from '../ui/forms';
import { AddToCart } from '../checkout/CartPage';

export function MaterialPage() {
  const { slug } = useParams({ from: '/materials/$slug' });
  const { data: m, error, isPending } = useQuery(materialQuery(slug));
  if (isPending) return <p role="status">Loading…</p>;
  if (error || !m) return <ErrorMessage error={error ?? new Error('Not found')} />;
  return <Datasheet m={m} />;
}

function Datasheet({ m }: { m: MaterialDetail }) {
  const inTray = useTray().includes(m.slug);
  return (
    <article className="datasheet">
      <p className="muted">{m.class?.path.join(' › ')}</p>
      <PageTitle>{m.name}</PageTitle>
      {m.synonyms?.length ? <p className="muted">Also known as: {m.synonyms.join(', ')}</p> : null}
      <p>{m.summary}</p>
      <p>
        <button type="button" className="secondary" aria-pressed={inTray} onClick={() => tray.toggle(m.slug)}>
          {inTray ? 'In compare tray' : 'Add to compare'}
        </button>
      </p>
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
          {m.version} {m.publishedAt && `(published ${new Date(m.publishedAt).toLocaleDateString('en')})`}
        </dd>
      </dl>

      <Offers slug={m.slug} />

      <section aria-labelledby="props-title">
        <h2 id="props-title">Properties</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">Value</th>
                <th scope="col">Conditions</th>
                <th scope="col">Method</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {m.properties.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.typeLabel ?? conceptLabel(p.type)}</th>
                  <td>{valueText(p)}</td>
                  <td>{p.conditions ?? '—'}</td>
                  <td>{p.method ?? '—'}</td>
                  <td>
                    <RefLink r={p.reference} refs={m.references} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {m.composition?.length ? (
        <section aria-labelledby="comp-title">
          <h2 id="comp-title">Composition</h2>
          <ul>
            {m.composition.map((c, i) => (
              <li key={i}>
                {c.component}: {c.fraction.value ?? `${c.fraction.min ?? 0}–${c.fraction.max ?? '?'}`} {c.basis}
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
                  <th scope="col">Notes</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {m.biocompatibility.map((b, i) => (
                  <tr key={i}>
                    <th scope="row">{String(b.endpointLabel ?? conceptLabel(String(b.endpoint ?? '')))}</th>
                    <td>{String(b.result ?? '—')}</td>
                    <td>{String(b.model ?? '—').replace(/_/g, ' ')}{b.contactCategory ? `, contact ${String(b.contactCategory)}` : ''}</td>
                    <td>{String(b.notes ?? '')}</td>
                    <td>
                      <RefLink r={b.reference as Reference | string | undefined} refs={m.references} />
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
          <ul>
            {m.regulatory.map((b, i) => (
              <li key={i}>{describe(b)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No regulatory status recorded.</p>
        )}
      </section>
      {m.sustainability && (
        <section aria-labelledby="sus-title">
          <h2 id="sus-title">Sustainability</h2>
          <dl className="facts">
            {Object.entries(m.sustainability)
              .filter(([k]) => k !== 'reference')
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k === 'carbonFootprintKgCo2ePerKg' ? 'Carbon footprint (kg CO₂e/kg)' : k.replace(/^./, (c) => c.toUpperCase())}</dt>
                  <dd>{String(v)}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
      {m.keywords && Object.keys(m.keywords).length > 0 && (
        <section aria-labelledby="kw-title">
          <h2 id="kw-title">Keywords</h2>
          <dl className="facts">
            {Object.entries(m.keywords).map(([cat, list]) => (
              <div key={cat}>
                <dt>{cat.replace(/^kw-/, '').replace(/-/g, ' ')}</dt>
                <dd>{list.map((k) => k.label).join(', ')}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <Similar m={m} />
      <Versions slug={m.slug} />
      {m.references?.length ? (
        <section aria-labelledby="refs-title">
          <h2 id="refs-title">References</h2>
          <ol>
            {m.references.map((r) => (
              <li key={r.key}>
                <RefLink r={r} refs={[]} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

const describe = (o: Record<string, unknown>) =>
  Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? ((v as { label?: string }).label ?? (v as { title?: string }).title ?? JSON.stringify(v)) : String(v)}`)
    .join('; ');

export function valueText(p: PropertyValue): string {
  const v = p.value ?? null;
  const range = p.min != null || p.max != null ? `${p.min ?? '…'}–${p.max ?? '…'}` : '';
  return `${v !== null ? v : range} ${unitText(p.unit)}`.trim();
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
  });
  const list = data ?? [];
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Version history</h2>
      <ul>
        {list.map((v) => (
          <li key={v.version}>
            Version {v.version}, published {new Date(v.publishedAt).toLocaleString('en')}
          </li>
        ))}
      </ul>
    </section>
  );
}
