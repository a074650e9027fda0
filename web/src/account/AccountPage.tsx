import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { hasRole, useMe } from '../api/queries';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';

interface Org {
  id: string;
  name: string;
  kind: string;
  country: string;
  verified: boolean;
  payouts?: { onboarded: boolean; enabled: boolean };
  members: { userId: string; role: string }[];
}
interface ApiKey {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export function AccountPage() {
  return (
    <section>
      <PageTitle>Your account</PageTitle>
      <RequireSignIn>
        <AccountBody />
      </RequireSignIn>
    </section>
  );
}

function AccountBody() {
  const { data: me, error } = useMe();
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => call<Org[] | { items: Org[] }>(() => api.GET('/api/v1/organizations')) });
  const list = Array.isArray(orgs.data) ? orgs.data : (orgs.data?.items ?? []);
  const current = list.find((o) => o.id === me?.organizationId);
  const onboarding = useMutation({
    mutationFn: () => call<{ url: string }>(() => api.POST('/api/v1/organizations/{id}/payouts/onboarding', { params: { path: { id: current!.id } } })),
    onSuccess: (r) => window.location.assign(r.url),
  });
  return (
    <>
      <ErrorMessage error={error} />
      {me && (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{me.name}</dd>
          <dt>Email</dt>
          <dd>{me.email}</dd>
          <dt>Roles</dt>
          <dd>{(me.effectiveRoles ?? me.roles).join(', ') || 'none'}</dd>
          <dt>Organization</dt>
          <dd>{current ? `${current.name} (${current.kind.replace(/_/g, ' ')}, ${current.country}${current.verified ? ', verified' : ''}) – you are ${me.organizationRole}` : 'none'}</dd>
        </dl>
      )}
      {current && hasRole(me, 'supplier') && (
        <section aria-labelledby="payouts-title">
          <h2 id="payouts-title">Payouts</h2>
          <p>{current.payouts?.onboarded ? 'Stripe Connect account connected.' : 'Connect a Stripe account to receive card payments.'}</p>
          <button type="button" onClick={() => onboarding.mutate()} disabled={onboarding.isPending}>
            {current.payouts?.onboarded ? 'Update payout details' : 'Set up payouts with Stripe'}
          </button>
          <ErrorMessage error={onboarding.error} />
        </section>
      )}
      <ApiKeys />
    </>
  );
}

function ApiKeys() {
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => call<ApiKey[] | { items: ApiKey[] }>(() => api.GET('/api/v1/api-keys')) });
  const list = Array.isArray(keys.data) ? keys.data : (keys.data?.items ?? []);
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => call<{ key: string } & ApiKey>(() => api.POST('/api/v1/api-keys', { body: { name, scopes: write ? ['read', 'write'] : ['read'] } as never })),
    onSuccess: (k) => {
      setSecret(k.key ?? null);
      setName('');
      void qc.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(() => api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['api-keys'] }),
  });
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <ErrorMessage error={keys.error ?? revoke.error} />
      <ul>
        {list.map((k) => (
          <li key={k.id}>
            {k.name} ({k.scopes.join(', ')}){k.revokedAt ? ' – revoked' : ''}{k.lastUsedAt ? `, last used ${new Date(k.lastUsedAt).toLocaleString('en')}` : ''}{' '}
            {!k.revokedAt && (
              <button type="button" className="link" onClick={() => revoke.mutate(k.id)}>
                Revoke<span className="sr-only"> {k.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label htmlFor="key-name">New key name</label>
        <input id="key-name" required value={name} onChange={(e) => setName(e.target.value)} />
        <label className="inline">
          <input type="checkbox" checked={write} onChange={(e) => setWrite(e.target.checked)} /> Allow writing
        </label>
        <ErrorMessage error={create.error} />
        <button type="submit">Create key</button>
      </form>
      {secret && (
        <p role="status">
          Copy this key now; it is shown only once: <code>{secret}</code>
        </p>
      )}
    </section>
  );
}
