import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, ApiError } from '../api/client';
import type { Offer, Page } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { money } from '../ui/money';

export function OffersPage() {
  return (
    <section>
      <PageTitle>Your offers</PageTitle>
      <RequireSignIn>
        <OffersBody />
      </RequireSignIn>
    </section>
  );
}

function OffersBody() {
  const qc = useQueryClient();
  const { data, error } = useQuery({ queryKey: ['my-offers'], queryFn: () => call<Page<Offer>>(() => api.GET('/api/v1/offers')) });
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const transition = useMutation({
    mutationFn: (o: { id: string; action: string; revision: number }) => call<Offer>(() => api.POST('/api/v1/offers/{id}/transitions', { params: { path: { id: o.id } }, body: { action: o.action, revision: o.revision } as never })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['my-offers'] }),
  });
  return (
    <>
      <ErrorMessage error={error ?? transition.error} />
      <button type="button" className="primary" onClick={() => setEditing('new')}>
        New offer
      </button>
      {editing && <OfferEditor offer={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      <ul className="offers">
        {data?.items.map((o) => (
          <li key={o.id} className="card">
            <h2>{o.title}</h2>
            <p>
              {o.materialSlug} · SKU {o.sku} · <span className={`state state-${o.state}`}>{o.state}</span> · {o.stockAvailable} available · from {money(o.priceTiers[0]?.unitPriceMinor ?? 0, o.currency)}
            </p>
            <div className="actions">
              <button type="button" onClick={() => setEditing(o)}>
                Edit<span className="sr-only"> {o.title}</span>
              </button>
              {(o.state === 'draft' || o.state === 'paused') && (
                <button type="button" onClick={() => transition.mutate({ id: o.id, action: 'activate', revision: o.revision })}>
                  Activate
                </button>
              )}
              {o.state === 'active' && (
                <button type="button" onClick={() => transition.mutate({ id: o.id, action: 'pause', revision: o.revision })}>
                  Pause
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

interface Form {
  sku: string;
  materialSlug: string;
  title: string;
  grade: string;
  packValue: string;
  packUnit: string;
  price: string;
  stockOnHand: string;
  leadTimeDays: string;
  minOrderQuantity: string;
  certifications: string;
  shipsTo: string;
}

/** The offer editor: the API validates; its messages are shown at the fields and the form keeps what was typed. */
export function OfferEditor({ offer, onDone }: { offer: Offer | null; onDone: () => void }) {
  const qc = useQueryClient();
  const [f, setF] = useState<Form>({
    sku: offer?.sku ?? '',
    materialSlug: offer?.materialSlug ?? '',
    title: offer?.title ?? '',
    grade: offer?.grade ?? 'research',
    packValue: String(offer?.packSize.value ?? 1),
    packUnit: offer?.packSize.unit ?? 'kg',
    price: offer ? String((offer.priceTiers[0]?.unitPriceMinor ?? 0) / 100) : '',
    stockOnHand: String(offer?.stockOnHand ?? 0),
    leadTimeDays: String(offer?.leadTimeDays ?? 7),
    minOrderQuantity: String(offer?.minOrderQuantity ?? 1),
    certifications: offer?.certifications.join(', ') ?? '',
    shipsTo: offer?.shipsTo.join(', ') ?? '',
  });
  const save = useMutation({
    mutationFn: () => {
      const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
      const body = {
        sku: f.sku,
        materialSlug: f.materialSlug,
        title: f.title,
        grade: f.grade,
        packSize: { value: Number(f.packValue), unit: f.packUnit },
        priceTiers: [{ minQuantity: 1, unitPriceMinor: Math.round(Number(f.price) * 100) }, ...(offer?.priceTiers.slice(1) ?? [])],
        stockOnHand: Number(f.stockOnHand),
        leadTimeDays: Number(f.leadTimeDays),
        minOrderQuantity: Number(f.minOrderQuantity),
        certifications: list(f.certifications),
        shipsTo: list(f.shipsTo),
      };
      return offer
        ? call<Offer>(() => api.PUT('/api/v1/offers/{id}', { params: { path: { id: offer.id } }, body: { ...body, revision: offer.revision } as never }))
        : call<Offer>(() => api.POST('/api/v1/offers', { body: body as never }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['my-offers'] });
      onDone();
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const input = (k: keyof Form, label: string, apiPath: string = k, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const message = err?.field(apiPath) ?? err?.problem.errors?.find((e) => e.path.startsWith(`${apiPath}.`) || e.path.startsWith(`${apiPath}[`))?.message;
    return (
      <div className="field">
        <label htmlFor={`offer-${k}`}>{label}</label>
        <input id={`offer-${k}`} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} aria-invalid={!!message} aria-describedby={`offer-${k}-err`} {...props} />
        <p id={`offer-${k}-err`} className="field-error">
          {message}
        </p>
      </div>
    );
  };
  return (
    <form
      className="card"
      aria-label={offer ? `Edit offer ${offer.title}` : 'New offer'}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2>{offer ? `Edit ${offer.title}` : 'New offer'}</h2>
      {input('materialSlug', 'Material (slug)')}
      {input('sku', 'SKU')}
      {input('title', 'Title')}
      <div className="field">
        <label htmlFor="offer-grade">Grade</label>
        <select id="offer-grade" value={f.grade} onChange={(e) => setF({ ...f, grade: e.target.value })}>
          <option value="research">Research</option>
          <option value="medical">Medical</option>
          <option value="implant">Implant</option>
        </select>
      </div>
      {input('packValue', 'Pack size', 'packSize.value', { inputMode: 'decimal' })}
      {input('packUnit', 'Pack unit', 'packSize.unit')}
      {input('price', 'Price per pack (EUR)', 'priceTiers', { inputMode: 'decimal' })}
      {input('stockOnHand', 'Stock on hand (packs)', 'stockOnHand', { inputMode: 'numeric' })}
      {input('leadTimeDays', 'Lead time (days)', 'leadTimeDays', { inputMode: 'numeric' })}
      {input('minOrderQuantity', 'Minimum order (packs)', 'minOrderQuantity', { inputMode: 'numeric' })}
      {input('certifications', 'Certifications (concept ids, comma-separated)', 'certifications')}
      {input('shipsTo', 'Ships to (country codes, comma-separated)', 'shipsTo')}
      {save.error && <ErrorMessage error={err && err.problem.errors?.length ? new Error('Please correct the fields marked above.') : save.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save offer
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
