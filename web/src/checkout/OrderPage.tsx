import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { api, call } from '../api/client';
import { auth } from '../auth/tokens';
import type { Order } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { money } from '../ui/money';
import { addressText, percent } from './CheckoutPage';

const STATE_TEXT: Record<string, string> = {
  allocating: 'being placed',
  pending_payment: 'awaiting payment',
  paid: 'paid, awaiting shipment',
  shipped: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  refunded: 'refunded',
};
export const orderStateText = (o: Pick<Order, 'state' | 'paymentMethod' | 'payment'>) =>
  o.state === 'pending_payment' && o.paymentMethod === 'invoice' ? 'confirmed, invoice open' : (STATE_TEXT[o.state] ?? o.state);
const date = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric' });

/** Downloads a PDF the API serves to signed-in sides of the order (a link cannot carry the token). */
async function download(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${auth.accessToken() ?? ''}` } });
  if (!res.ok) throw new Error('The document could not be downloaded; try again.');
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OrderPage() {
  const { id } = useParams({ from: '/orders/$id' });
  return (
    <section>
      <RequireSignIn>
        <OrderDocument id={id} />
      </RequireSignIn>
    </section>
  );
}

function OrderDocument({ id }: { id: string }) {
  const { data: o, error } = useQuery({ queryKey: ['orders', 'one', id], queryFn: () => call(() => api.GET('/api/v1/orders/{id}', { params: { path: { id } } })) });
  const [docError, setDocError] = useState<Error | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!o) return <p role="status">Loading the order…</p>;
  const supplier = o.side === 'supplier';
  return (
    <>
      <PageTitle>{`Order ${o.number ?? o.id.slice(0, 8)}`}</PageTitle>
      <p>
        <span className={`state state-${o.state}`}>{orderStateText(o)}</span> · {supplier ? `from ${o.buyerParty?.name ?? 'a buyer'}${o.buyerName ? ` (${o.buyerName})` : ''}` : `from ${o.supplierParty?.name ?? 'the supplier'}`} · placed {date(o.createdAt)}
      </p>
      <p>
        {o.paymentMethod === 'invoice'
          ? `Invoice${o.invoice ? ` ${o.invoice.number}` : ''}: due ${o.dueDays ?? ''} days after the invoice date, by ${date(o.payBy)}${o.payment.status === 'succeeded' ? ' (paid)' : ''}.`
          : o.state === 'pending_payment'
            ? `Pay by card by ${date(o.payBy)}, or the order is cancelled and its stock released.`
            : 'Paid by card.'}
        {o.poNumber && ` Purchase order ${o.poNumber}.`}
      </p>
      <div className="actions">
        {o.invoice && (
          <button type="button" onClick={() => download(`/api/v1/orders/${o.id}/invoice.pdf`, `invoice-${o.invoice!.number}.pdf`).catch(setDocError)}>
            Download the invoice (PDF)
          </button>
        )}
        {o.creditNote && (
          <button type="button" onClick={() => download(`/api/v1/orders/${o.id}/credit-note.pdf`, `credit-note-${o.creditNote!.number}.pdf`).catch(setDocError)}>
            Download the credit note (PDF)
          </button>
        )}
      </div>
      <ErrorMessage error={docError} />
      <div className="columns">
        {o.shipTo && (
          <section aria-labelledby="ship-to">
            <h2 id="ship-to">Ship to</h2>
            <p>{addressText(o.shipTo)}</p>
          </section>
        )}
        {o.billTo && (
          <section aria-labelledby="bill-to">
            <h2 id="bill-to">Bill to</h2>
            <p>
              {addressText(o.billTo)}
              {o.buyerParty?.vatNumber && (
                <>
                  <br />
                  VAT number {o.buyerParty.vatNumber}
                </>
              )}
            </p>
          </section>
        )}
        {o.supplierParty && (
          <section aria-labelledby="supplier">
            <h2 id="supplier">Supplier</h2>
            <p>
              {o.supplierParty.address ? addressText({ ...o.supplierParty.address, organizationName: o.supplierParty.name }) : o.supplierParty.name}
              {o.supplierParty.vatNumber && (
                <>
                  <br />
                  VAT number {o.supplierParty.vatNumber}
                </>
              )}
            </p>
          </section>
        )}
      </div>
      <table>
        <caption>Lines</caption>
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
            <tr key={l.offerId}>
              <td>
                <Link to="/materials/$slug" params={{ slug: l.materialSlug }}>
                  {l.title}
                </Link>{' '}
                <span className="muted">
                  SKU {l.sku} · {l.packSize.value} {l.packSize.unit}
                </span>
              </td>
              <td>{l.quantity}</td>
              <td>{money(l.unitPriceMinor, o.currency)}</td>
              <td>{money(l.lineTotalMinor, o.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <dt>Net</dt>
        <dd>{money(o.netMinor, o.currency)}</dd>
        <dt>VAT {o.vat ? percent(o.vat.rateBps) : ''}</dt>
        <dd>{money(o.vat?.amountMinor ?? 0, o.currency)}</dd>
        <dt>Total</dt>
        <dd>
          <strong>{money(o.totalMinor, o.currency)}</strong>
        </dd>
      </dl>
      {o.vat?.note && <p className="muted">{o.vat.note}</p>}
      {o.shipment && (
        <p>
          Shipped {date(o.shipment.at)} with {o.shipment.carrier}, tracking number <strong>{o.shipment.trackingNumber}</strong>.
        </p>
      )}
      {o.cancellation && <p>Cancelled: {o.cancellation.reason}</p>}
      <OrderActions order={o} />
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <ol className="timeline">
          {o.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.at}>{new Date(h.at).toLocaleString('en-GB')}</time>: {h.from === h.to ? (h.note ?? 'updated') : `${h.to === 'pending_payment' && o.paymentMethod === 'invoice' ? 'confirmed, invoice issued' : (STATE_TEXT[h.to] ?? h.to)}${h.note ? ` (${h.note})` : ''}`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

const ACTION_TEXT: Record<string, { label: string; question: string }> = {
  ship: { label: 'Mark shipped', question: 'Enter the carrier and tracking number the buyer will see.' },
  deliver: { label: 'Confirm delivery', question: 'Confirm that the goods arrived complete and undamaged?' },
  mark_paid: { label: 'Mark the invoice paid', question: 'Record that the payment of this invoice has arrived?' },
  cancel: { label: 'Cancel the order', question: 'Cancel this order? Its stock is released. Say why:' },
  refund: { label: 'Refund', question: 'Refund the whole order? A credit note is issued.' },
};

/** Every action the caller may take, each behind a confirmation dialog (ship asks for tracking, cancel for a reason). */
export function OrderActions({ order }: { order: Order }) {
  const qc = useQueryClient();
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: (action: string) =>
      call(() =>
        api.POST('/api/v1/orders/{id}/transitions', {
          params: { path: { id: order.id } },
          body: { action: action as never, ...(action === 'ship' && { carrier, trackingNumber: tracking }), ...(action === 'cancel' && reason.trim() && { reason: reason.trim() }) },
        }),
      ),
    onSuccess: (o) => {
      qc.setQueryData(['orders', 'one', order.id], o);
      void qc.invalidateQueries({ queryKey: ['orders'] });
    },
  });
  if (!order.availableActions.length) return null;
  return (
    <div className="actions">
      {order.availableActions.map((a) => (
        <DialogTrigger key={a}>
          <Button className={a === 'cancel' || a === 'refund' ? 'danger' : 'secondary'}>{ACTION_TEXT[a]?.label ?? a}</Button>
          <Modal className="modal" isDismissable>
            <Dialog className="dialog">
              {({ close }) => (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    act.mutate(a, { onSuccess: close });
                  }}
                >
                  <Heading slot="title">{ACTION_TEXT[a]?.label ?? a}</Heading>
                  <p>{ACTION_TEXT[a]?.question}</p>
                  {a === 'ship' && (
                    <>
                      <label htmlFor="carrier">Carrier</label>
                      <input id="carrier" required value={carrier} onChange={(e) => setCarrier(e.target.value)} />
                      <label htmlFor="tracking">Tracking number</label>
                      <input id="tracking" required value={tracking} onChange={(e) => setTracking(e.target.value)} />
                    </>
                  )}
                  {a === 'cancel' && (
                    <>
                      <label htmlFor="reason">Reason</label>
                      <textarea id="reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
                    </>
                  )}
                  <ErrorMessage error={act.error} />
                  <div className="actions">
                    <Button onPress={close}>Back</Button>
                    <button type="submit" className="primary" disabled={act.isPending}>
                      {ACTION_TEXT[a]?.label ?? a}
                    </button>
                  </div>
                </form>
              )}
            </Dialog>
          </Modal>
        </DialogTrigger>
      ))}
    </div>
  );
}
