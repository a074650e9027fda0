import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { orderStateText } from '../checkout/OrderPage';
import { api, call } from '../api/client';
import { hasRole, useMe } from '../api/queries';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { money } from '../ui/money';

export function OrdersPage() {
  const { data: me } = useMe();
  const supplier = hasRole(me, 'supplier');
  // A supplier's desk opens on the orders received.
  const [chosen, setSide] = useState<'buying' | 'selling' | null>(null);
  const side = chosen ?? (supplier ? 'selling' : 'buying');
  return (
    <section>
      <PageTitle>Orders</PageTitle>
      <RequireSignIn>
        {supplier && (
          <div role="group" aria-label="Which orders" className="actions">
            <button type="button" aria-pressed={side === 'buying'} onClick={() => setSide('buying')}>
              Placed by us
            </button>
            <button type="button" aria-pressed={side === 'selling'} onClick={() => setSide('selling')}>
              Received
            </button>
          </div>
        )}
        <OrderList side={supplier ? side : 'buying'} />
      </RequireSignIn>
    </section>
  );
}

function OrderList({ side }: { side: 'buying' | 'selling' }) {
  const { data, error } = useQuery({ queryKey: ['orders', side], queryFn: () => call(() => api.GET('/api/v1/orders', { params: { query: { side, perPage: 50 } as never } })) });
  return (
    <>
      <ErrorMessage error={error} />
      {data?.items.length === 0 && <p>{side === 'selling' ? 'No orders received yet.' : 'No orders yet.'}</p>}
      <ul className="orders">
        {data?.items.map((o) => (
          <li key={o.id} className="card">
            <p>
              <Link to="/orders/$id" params={{ id: o.id }}>
                Order {o.number ?? o.id.slice(0, 8)}
              </Link>{' '}
              {side === 'selling' ? `from ${o.buyerParty?.name ?? 'a buyer'}` : `from ${o.supplierParty?.name ?? 'the supplier'}`} · <span className={`state state-${o.state}`}>{orderStateText(o)}</span> · {money(o.totalMinor, o.currency)} ·{' '}
              {new Date(o.createdAt).toLocaleDateString('en-GB')}
            </p>
            <ul>
              {o.lines.map((l, i) => (
                <li key={i}>
                  {l.title} × {l.quantity}
                </li>
              ))}
            </ul>
            {o.shipment && (
              <p className="muted">
                {o.shipment.carrier}, tracking {o.shipment.trackingNumber}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
