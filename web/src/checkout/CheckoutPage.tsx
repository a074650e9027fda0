import { useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call } from '../api/client';
import { useMe } from '../api/queries';
import type { BookAddress, CheckoutPreview, Order, PostalAddress } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { money } from '../ui/money';

export const addressText = (a: PostalAddress) => [a.recipient, a.organizationName, ...a.lines, `${a.postalCode} ${a.city}`, a.country].filter(Boolean).join(', ');
const VAT_RULE_TEXT: Record<string, string> = {
  domestic: 'VAT at the supplier country’s standard rate',
  'reverse-charge': 'Reverse charge: no VAT charged, you account for it',
  'no-vat-number': 'VAT at the supplier’s rate (no valid VAT number of the destination)',
  export: 'Export outside the EU: no VAT',
  'outside-eu': 'Supplier outside the EU: no EU VAT',
};
export const percent = (bps: number) => `${(bps / 100).toLocaleString('en', { maximumFractionDigits: 2 })} %`;

export function CheckoutPage() {
  return (
    <section>
      <PageTitle>Checkout</PageTitle>
      <RequireSignIn>
        <CheckoutBody />
      </RequireSignIn>
    </section>
  );
}

function CheckoutBody() {
  const { data: me } = useMe();
  const orgId = me?.organizationId ?? undefined;
  const qc = useQueryClient();
  const book = useQuery({ queryKey: ['addresses', orgId], enabled: !!orgId, queryFn: () => call(() => api.GET('/api/v1/organizations/{orgId}/addresses', { params: { path: { orgId: orgId! } } })) });
  const billing = useQuery({ queryKey: ['billing', orgId], enabled: !!orgId, queryFn: () => call(() => api.GET('/api/v1/organizations/{orgId}/billing', { params: { path: { orgId: orgId! } } })) });
  const addresses = book.data?.items ?? [];
  const [shipTo, setShipTo] = useState('');
  const [billTo, setBillTo] = useState('');
  const [method, setMethod] = useState<'invoice' | 'card'>('invoice');
  const [po, setPo] = useState('');
  const [vat, setVat] = useState<string | null>(null);
  const [preview, setPreview] = useState<CheckoutPreview | null>(null);
  const [placed, setPlaced] = useState<Order[] | null>(null);
  const key = useMemo(() => (preview ? crypto.randomUUID() : ''), [preview]);
  const vatNumber = vat ?? billing.data?.vatNumber ?? '';
  const ship = shipTo || addresses[0]?.id || '';
  const bill = billTo || addresses[0]?.id || '';
  const body = { shipToAddressId: ship, billToAddressId: bill, paymentMethod: method, ...(po.trim() && { poNumber: po.trim() }), ...(vatNumber.trim() && { buyerVatNumber: vatNumber.trim() }) };
  const review = useMutation({ mutationFn: () => call(() => api.POST('/api/v1/checkout/preview', { body })), onSuccess: setPreview });
  const confirm = useMutation({
    mutationFn: () =>
      call(() =>
        api.POST('/api/v1/checkout/confirm', {
          body: { ...body, expectedTotals: preview!.orders.map((o) => ({ supplierOrgId: o.supplier.id, grossMinor: o.grossMinor })) },
          params: { header: { 'Idempotency-Key': key } } as never,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    onSuccess: (r) => {
      setPlaced(r.orders);
      void qc.invalidateQueries({ queryKey: ['cart'] });
      void qc.invalidateQueries({ queryKey: ['orders'] });
      // Stock was held: datasheets and search show what is left.
      void qc.invalidateQueries({ queryKey: ['offers'] });
      void qc.invalidateQueries({ queryKey: ['search'] });
      void qc.invalidateQueries({ queryKey: ['attention'] });
    },
    onError: (err) => {
      // The cart or its prices changed: show the new totals to review again.
      if (err instanceof ApiError && err.status === 409) setPreview(null);
    },
  });
  const field = (path: string) => (review.error instanceof ApiError ? review.error.field(path) : undefined);

  if (!orgId) return <p>Checkout is for members of an organization: join or create your institution on your account page.</p>;
  if (placed)
    return (
      <div role="status">
        <h2>Thank you: {placed.length === 1 ? 'your order is placed' : `${placed.length} orders are placed`}</h2>
        <ul>
          {placed.map((o) => (
            <li key={o.id}>
              <Link to="/orders/$id" params={{ id: o.id }}>
                Order {o.number} from {o.supplierParty?.name}
              </Link>{' '}
              · {money(o.totalMinor, o.currency)} · {o.paymentMethod === 'invoice' ? `invoice due in ${o.dueDays} days` : 'pay by card on the order page'}
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <>
      {!preview ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            review.mutate();
          }}
          aria-describedby="checkout-help"
        >
          <p id="checkout-help" className="muted">
            Choose where the goods go and who is invoiced, then review the orders (one per supplier) with their VAT before confirming.
          </p>
          {addresses.length ? (
            <>
              <AddressSelect label="Ship to" value={ship} onChange={setShipTo} addresses={addresses} error={field('shipToAddressId')} />
              <AddressSelect label="Bill to" value={bill} onChange={setBillTo} addresses={addresses} error={field('billToAddressId')} />
            </>
          ) : (
            <p>Your organization has no addresses yet: add one below.</p>
          )}
          <NewAddress orgId={orgId} />
          <fieldset>
            <legend>Payment</legend>
            <label>
              <input type="radio" name="method" value="invoice" checked={method === 'invoice'} onChange={() => setMethod('invoice')} /> Invoice (purchase order)
            </label>
            <label>
              <input type="radio" name="method" value="card" checked={method === 'card'} onChange={() => setMethod('card')} /> Card, paid now
            </label>
          </fieldset>
          <label htmlFor="po">Purchase-order number{billing.data?.requirePoForInvoice && method === 'invoice' ? ' (required by your organization)' : ' (optional)'}</label>
          <input id="po" value={po} onChange={(e) => setPo(e.target.value)} aria-invalid={!!field('poNumber')} aria-describedby={field('poNumber') ? 'po-error' : undefined} />
          {field('poNumber') && (
            <p id="po-error" className="error">
              Purchase-order number {field('poNumber')}
            </p>
          )}
          <label htmlFor="vat">EU VAT number of the buyer</label>
          <input id="vat" value={vatNumber} onChange={(e) => setVat(e.target.value)} aria-invalid={!!field('buyerVatNumber')} aria-describedby="vat-hint" />
          <p id="vat-hint" className={field('buyerVatNumber') ? 'error' : 'muted'}>
            {field('buyerVatNumber') ? `The VAT number ${field('buyerVatNumber')}` : 'With a valid VAT number, orders from suppliers in other EU countries are reverse-charged (no VAT on the invoice).'}
          </p>
          <ErrorMessage error={review.error instanceof ApiError && review.error.problem.errors?.length ? null : review.error} />
          <button type="submit" className="primary" disabled={!ship || !bill || review.isPending}>
            Review order
          </button>
        </form>
      ) : (
        <Review preview={preview} />
      )}
      {preview && (
        <div className="actions">
          <ErrorMessage error={confirm.error} />
          <button type="button" onClick={() => setPreview(null)}>
            Change details
          </button>
          <button type="button" className="primary" onClick={() => confirm.mutate()} disabled={confirm.isPending || preview.problems.length > 0}>
            {preview.orders.length === 1 ? 'Place the order' : `Place ${preview.orders.length} orders`}
          </button>
        </div>
      )}
      {confirm.error instanceof ApiError && confirm.error.status === 409 && <p role="alert">Review the new totals and confirm again.</p>}
    </>
  );
}

function AddressSelect({ label, value, onChange, addresses, error }: { label: string; value: string; onChange: (v: string) => void; addresses: BookAddress[]; error?: string }) {
  const id = `addr-${label.replace(/\W/g, '').toLowerCase()}`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error}>
        {addresses.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}: {addressText(a)}
          </option>
        ))}
      </select>
      {error && <p className="error">{error}</p>}
    </>
  );
}

function NewAddress({ orgId }: { orgId: string }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ label: '', recipient: '', organizationName: '', line1: '', line2: '', postalCode: '', city: '', country: '' });
  const add = useMutation({
    mutationFn: () =>
      call(() =>
        api.POST('/api/v1/organizations/{orgId}/addresses', {
          params: { path: { orgId } },
          body: {
            label: form.label,
            ...(form.recipient && { recipient: form.recipient }),
            organizationName: form.organizationName,
            lines: [form.line1, form.line2].filter((l) => l.trim()),
            postalCode: form.postalCode,
            city: form.city,
            country: form.country.toUpperCase(),
          },
        }),
      ),
    onSuccess: () => {
      setOpen(false);
      void qc.invalidateQueries({ queryKey: ['addresses', orgId] });
    },
  });
  const err = (path: string) => (add.error instanceof ApiError ? add.error.field(path) : undefined);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Add an address
      </button>
    );
  const input = (name: keyof typeof form, label: string, hint?: string) => (
    <>
      <label htmlFor={`new-${name}`}>{label}</label>
      <input id={`new-${name}`} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} aria-invalid={!!err(name === 'line1' || name === 'line2' ? 'lines' : name)} aria-describedby={hint ? `new-${name}-hint` : undefined} />
      {hint && (
        <span id={`new-${name}-hint`} className="muted">
          {hint}
        </span>
      )}
      {err(name) && <p className="error">{err(name)}</p>}
    </>
  );
  return (
    <fieldset>
      <legend>New address</legend>
      {input('label', 'Name in the address book', 'e.g. Lab delivery, Accounts payable')}
      {input('recipient', 'Recipient (optional)')}
      {input('organizationName', 'Organization or department')}
      {input('line1', 'Street and number')}
      {input('line2', 'Building, room (optional)')}
      {input('postalCode', 'Postal code')}
      {input('city', 'City')}
      {input('country', 'Country code', 'Two letters, e.g. DE, IT, FR')}
      <ErrorMessage error={add.error instanceof ApiError && add.error.problem.errors?.length ? null : add.error} />
      <button type="button" onClick={() => add.mutate()} disabled={add.isPending}>
        Save the address
      </button>
    </fieldset>
  );
}

function Review({ preview }: { preview: CheckoutPreview }) {
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <p>
        Ship to {addressText(preview.shipTo)}. Bill to {addressText(preview.billTo)}.
        {preview.poNumber && ` Purchase order ${preview.poNumber}.`} {preview.buyerVatNumber && `VAT number ${preview.buyerVatNumber}.`}
      </p>
      {preview.problems.map((p, i) => (
        <p key={i} className="error" role="alert">
          {p.message}
        </p>
      ))}
      {preview.orders.map((o) => (
        <article key={o.supplier.id} className="card" aria-label={`Order from ${o.supplier.name}`}>
          <h3>
            {o.supplier.name} <span className="muted">({o.supplier.country})</span>
          </h3>
          <table>
            <caption className="sr-only">Lines of the order from {o.supplier.name}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Packs</th>
                <th scope="col">Price per pack</th>
                <th scope="col">Net</th>
              </tr>
            </thead>
            <tbody>
              {o.lines.map((l) => (
                <tr key={l.cartLineId}>
                  <td>
                    {l.materialName} <span className="muted">({l.title})</span>
                  </td>
                  <td>{l.quantity}</td>
                  <td>{money(l.unitPriceMinor, o.currency)}</td>
                  <td>{money(l.netMinor, o.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="totals">
            <dt>Net</dt>
            <dd>{money(o.netMinor, o.currency)}</dd>
            <dt>VAT {percent(o.vat.rateBps)}</dt>
            <dd>
              {money(o.vat.amountMinor, o.currency)} <span className="muted">({VAT_RULE_TEXT[o.vat.rule]})</span>
            </dd>
            <dt>Total</dt>
            <dd>
              <strong>{money(o.grossMinor, o.currency)}</strong>
            </dd>
            <dt>Terms</dt>
            <dd>{o.paymentTerms.text}</dd>
          </dl>
          {o.vat.note && <p className="muted">{o.vat.note}</p>}
        </article>
      ))}
      {preview.totals.map((t) => (
        <p key={t.currency}>
          All orders: {money(t.netMinor, t.currency)} net + {money(t.vatMinor, t.currency)} VAT = <strong>{money(t.grossMinor, t.currency)}</strong>
        </p>
      ))}
    </section>
  );
}
