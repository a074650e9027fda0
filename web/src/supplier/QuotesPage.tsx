import { useState } from 'react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, ApiError } from '../api/client';
import type { Page, QuoteRequest } from '../api/types';
import { FieldError, Form, Input, Label, NumberField } from 'react-aria-components';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { FormErrorSummary, TextInput, useServerErrors, SubmitButton } from '../ui/forms';
import { minorDigits, money } from '../ui/money';

function QuoteList({ side }: { side: 'buying' | 'selling' }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['quotes', side],
    queryFn: () => call(() => api.GET('/api/v1/quote-requests', { params: { query: { side } as never } })),
  });
  if (isPending) return <p role="status">Loading…</p>;
  return (
    <>
      <ErrorMessage error={error} />
      {data?.items.length === 0 && <p>No quote requests yet.</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Material</th>
              <th scope="col">{side === 'selling' ? 'From' : 'Supplier'}</th>
              <th scope="col">Quantity</th>
              <th scope="col">State</th>
              <th scope="col">Quote</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((q) => (
              <tr key={q.id}>
                <td>
                  <Link to="/quotes/$id" params={{ id: q.id }}>
                    {q.names.material}
                  </Link>
                  <br />
                  <span className="muted">{q.names.offerTitle}</span>
                </td>
                <td>{side === 'selling' ? [q.names.buyer, q.names.buyerOrganization].filter(Boolean).join(', ') : q.names.supplier}</td>
                <td>{q.quantity}</td>
                <td>
                  <span className={`state state-${q.state}`}>{q.state}</span>
                </td>
                <td>{q.quote ? `${money(q.quote.unitPriceMinor, q.quote.currency)} × ${q.quote.quantity} = ${money(q.quoteTotalMinor ?? 0, q.quote.currency)}` : '—'}</td>
                <td>{new Date(q.history.at(-1)?.at ?? q.createdAt).toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function BuyerQuotesPage() {
  return (
    <section>
      <PageTitle>Your quote requests</PageTitle>
      <RequireSignIn>
        <QuoteList side="buying" />
      </RequireSignIn>
    </section>
  );
}

export function SupplierInboxPage() {
  return (
    <section>
      <PageTitle>Quote inbox</PageTitle>
      <RequireSignIn>
        <QuoteList side="selling" />
      </RequireSignIn>
    </section>
  );
}

export function QuoteThreadPage() {
  const { id } = useParams({ from: '/quotes/$id' });
  return (
    <section>
      <PageTitle>Quote request</PageTitle>
      <RequireSignIn>
        <Thread id={id} />
      </RequireSignIn>
    </section>
  );
}

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

function Thread({ id }: { id: string }) {
  const qc = useQueryClient();
  const key = ['quote', id];
  const { data: q, error } = useQuery({ queryKey: key, queryFn: () => call(() => api.GET('/api/v1/quote-requests/{id}', { params: { path: { id } } })) });
  const [text, setText] = useState('');
  const [price, setPrice] = useState('');
  const [validUntil, setValidUntil] = useState(inDays(30));
  const refresh = (next: QuoteRequest) => {
    qc.setQueryData(key, next);
    void qc.invalidateQueries({ queryKey: ['quotes'] });
  };
  const message = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/quote-requests/{id}/messages', { params: { path: { id } }, body: { text } })),
    onSuccess: (n) => {
      setText('');
      refresh(n);
    },
  });
  const act = useMutation({
    mutationFn: (body: { action: string; unitPriceMinor?: number; validUntil?: string; message?: string }) =>
      call(() => api.POST('/api/v1/quote-requests/{id}/transitions', { params: { path: { id } }, body: body as never })),
    onSuccess: (next) => {
      setText('');
      refresh(next);
    },
  });
  const navigate = useNavigate();
  // An accepted quote is ordered through the cart and checkout (addresses, PO, VAT, review).
  const order = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/cart/lines', { body: { offerId: q!.offerId, quantity: q!.quote!.quantity, quoteId: id } })),
    onSuccess: (cart) => {
      qc.setQueryData(['cart'], cart);
      void navigate({ to: '/cart' });
    },
  });
  if (error) return <ErrorMessage error={error} />;
  if (!q) return <p role="status">Loading…</p>;
  const actErr = act.error instanceof ApiError ? act.error : null;
  const can = (a: QuoteRequest['availableActions'][number]) => q.availableActions.includes(a);
  const priceMinor = Math.round(Number(price.replace(',', '.')) * 10 ** minorDigits(q.currency));
  return (
    <>
      <dl className="facts">
        <dt>Material</dt>
        <dd>
          <Link to="/materials/$slug" params={{ slug: q.materialSlug }}>
            {q.names.material}
          </Link>{' '}
          <span className="muted">
            ({q.names.offerTitle}, SKU {q.names.sku})
          </span>
        </dd>
        <dt>Requested by</dt>
        <dd>{[q.names.buyer, q.names.buyerOrganization].filter(Boolean).join(', ') || 'a buyer'}</dd>
        <dt>Supplier</dt>
        <dd>{q.names.supplier ?? 'the supplier'}</dd>
        <dt>Quantity</dt>
        <dd>{q.quantity} packs</dd>
        <dt>State</dt>
        <dd>
          <span className={`state state-${q.state}`} data-testid="quote-state">
            {q.state}
          </span>
        </dd>
        {q.quote && (
          <>
            <dt>Quoted</dt>
            <dd>
              {money(q.quote.unitPriceMinor, q.quote.currency)} per pack for {q.quote.quantity} ({money(q.quoteTotalMinor ?? 0, q.quote.currency)} net), valid until {new Date(q.quote.validUntil).toLocaleDateString('en')}
            </dd>
          </>
        )}
        {q.counter && (
          <>
            <dt>Buyer's counter-offer</dt>
            <dd data-testid="quote-counter">
              {q.counter.unitPriceMinor !== null ? `${money(q.counter.unitPriceMinor, q.currency)} per pack` : 'the quoted price'} for {q.counter.quantity}
            </dd>
          </>
        )}
      </dl>
      <h2>Messages</h2>
      <ol className="thread">
        {q.messages.map((m, i) => (
          <li key={i} className={`msg ${m.side}`}>
            <p className="small muted">
              {q.names.people[m.by] ?? (m.side === 'buyer' ? 'Buyer' : 'Supplier')} ({m.side === 'buyer' ? q.names.buyerOrganization ?? 'buyer' : q.names.supplier ?? 'supplier'}), {new Date(m.at).toLocaleString('en')}
            </p>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) message.mutate();
        }}
      >
        <label htmlFor="msg">Write a message</label>
        <textarea id="msg" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        <ErrorMessage error={message.error} />
        <button type="submit" disabled={message.isPending}>
          Send message
        </button>
      </form>
      {can('quote') && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            act.mutate({ action: 'quote', unitPriceMinor: priceMinor, validUntil: new Date(`${validUntil}T23:59:59Z`).toISOString(), ...(text.trim() && { message: text.trim() }) });
          }}
        >
          <h2>Send a quote</h2>
          <label htmlFor="price">Price per pack ({q.currency})</label>
          <input id="price" inputMode="decimal" required value={price} onChange={(e) => setPrice(e.target.value)} aria-invalid={!!actErr?.field('unitPriceMinor')} aria-describedby="price-err" />
          <p id="price-err" className="field-error">
            {actErr?.field('unitPriceMinor')}
          </p>
          <label htmlFor="valid">Valid until</label>
          <input id="valid" type="date" required value={validUntil} onChange={(e) => setValidUntil(e.target.value)} aria-describedby="valid-err" />
          <p id="valid-err" className="field-error">
            {actErr?.field('validUntil')}
          </p>
          <button type="submit" className="primary" disabled={act.isPending}>
            Send quote
          </button>
        </form>
      )}
      {can('counter') && q.quote && <CounterOffer q={q} onDone={refresh} />}
      <div className="actions">
        {can('accept') && (
          <button type="button" className="primary" onClick={() => act.mutate({ action: 'accept' })}>
            Accept quote
          </button>
        )}
        {can('decline') && (
          <button type="button" onClick={() => act.mutate({ action: 'decline' })}>
            Decline
          </button>
        )}
        {can('withdraw') && (
          <button type="button" onClick={() => act.mutate({ action: 'withdraw' })}>
            Withdraw request
          </button>
        )}
        {can('order') && (
          <button type="button" className="primary" onClick={() => order.mutate()}>
            Add to cart at the quoted price
          </button>
        )}
      </div>
      {act.error && !actErr?.field('unitPriceMinor') && !actErr?.field('validUntil') && <ErrorMessage error={act.error} />}
      <ErrorMessage error={order.error} />
    </>
  );
}

/**
 * The buyer's answer to a quote: another unit price and/or quantity, with a message. The supplier
 * then quotes again (or declines). Nothing typed is lost when the API refuses it.
 */
export function CounterOffer({ q, onDone }: { q: QuoteRequest; onDone: (next: QuoteRequest) => void }) {
  const currency = q.quote?.currency ?? q.currency;
  const [price, setPrice] = useState<number>(NaN);
  const [quantity, setQuantity] = useState<number>(q.quote?.quantity ?? q.quantity);
  const [message, setMessage] = useState('');
  const counter = useMutation({
    mutationFn: () =>
      call(() =>
        api.POST('/api/v1/quote-requests/{id}/transitions', {
          params: { path: { id: q.id } },
          body: {
            action: 'counter',
            ...(!Number.isNaN(price) && { unitPriceMinor: Math.round(price * 10 ** minorDigits(currency)) }),
            ...(!Number.isNaN(quantity) && { quantity }),
            ...(message.trim() && { message: message.trim() }),
          },
        }),
      ),
    onSuccess: (next) => {
      setMessage('');
      onDone(next);
    },
  });
  const errors = useServerErrors(counter.error, ['unitPriceMinor', 'quantity', 'message']);
  return (
    <Form
      className="card"
      aria-labelledby="counter-title"
      validationBehavior="aria"
      {...errors.formProps}
      onSubmit={(e) => {
        e.preventDefault();
        counter.mutate();
      }}
    >
      <h2 id="counter-title">Make a counter-offer</h2>
      <p className="muted small">Propose another price per pack or quantity; the supplier answers with a new quote. Leave the price empty to keep the quoted one.</p>
      <div className="inline-fields">
        <NumberField className="field" name="unitPriceMinor" value={price} onChange={setPrice} minValue={0} formatOptions={{ style: 'currency', currency }}>
          <Label>Your price per pack ({currency})</Label>
          <Input inputMode="decimal" />
          <FieldError className="field-error" />
        </NumberField>
        <NumberField className="field" name="quantity" value={quantity} onChange={setQuantity} minValue={1} step={1} formatOptions={{ maximumFractionDigits: 0 }}>
          <Label>Quantity (packs)</Label>
          <Input inputMode="numeric" />
          <FieldError className="field-error" />
        </NumberField>
      </div>
      <TextInput name="message" label="Message to the supplier (optional)" multiline value={message} onChange={setMessage} />
      <FormErrorSummary error={counter.error} errors={errors} />
      <SubmitButton pending={counter.isPending} busy="Sending…">
        Send counter-offer
      </SubmitButton>
    </Form>
  );
}
