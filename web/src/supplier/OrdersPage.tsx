import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { hasRole, useMe } from '../api/queries';
import type { Order, Page } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { money } from '../ui/money';

export function OrdersPage() {
  const { data: me } = useMe();
  const [side, setSide] = useState<'buying' | 'selling'>('buying');
  const supplier = hasRole(me, 'supplier');
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
  const qc = useQueryClient();
  const { data, error } = useQuery({ queryKey: ['orders', side], queryFn: () => call(() => api.GET('/api/v1/orders', { params: { query: { side } as never } })) });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: string }) => call(() => api.POST('/api/v1/orders/{id}/transitions', { params: { path: { id } }, body: { action } as never })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['orders'] }),
  });
  return (
    <>
      <ErrorMessage error={error ?? act.error} />
      {data?.items.length === 0 && <p>No orders yet.</p>}
      <ul className="orders">
        {data?.items.map((o) => (
          <li key={o.id} className="card">
            <p>
              Order <code>{o.id}</code>: <span className={`state state-${o.state}`}>{o.state.replace(/_/g, ' ')}</span>
              {o.totalMinor != null && ` · ${money(o.totalMinor, o.currency ?? 'EUR')}`}
            </p>
            <ul>
              {o.lines.map((l, i) => (
                <li key={i}>
                  {l.title ?? l.materialSlug ?? l.offerId} × {l.quantity}
                </li>
              ))}
            </ul>
            {(o.availableActions ?? []).map((a) => (
              <button key={a} type="button" onClick={() => act.mutate({ id: o.id, action: a })}>
                {a.replace(/_/g, ' ')}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
