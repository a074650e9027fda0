import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { api, call } from '../api/client';
import { FormErrorSummary, TextInput, useServerErrors } from '../ui/forms';
import { hasRole, useMe } from '../api/queries';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';

interface Org {
  id: string;
  name: string;
  kind: string;
  country: string;
  verified: boolean;
  payouts?: { onboarded: boolean; enabled: boolean };
  members?: { userId: string; name: string | null; email: string | null; role: string; since?: string }[];
  invitations?: { id: string; email: string; role: string; expiresAt: string }[];
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
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => call(() => api.GET('/api/v1/organizations')) });
  const list = orgs.data ?? [];
  const current = list.find((o) => o.id === me?.organizationId);
  const onboarding = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/organizations/{id}/payouts/onboarding', { params: { path: { id: current!.id } } })),
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
      {current && me && ['owner', 'admin'].includes(me.organizationRole ?? '') && <Members org={current} />}
      <ApiKeys />
    </>
  );
}

function ApiKeys() {
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => call(() => api.GET('/api/v1/api-keys')) });
  const list = keys.data ?? [];
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/api-keys', { body: { name, scopes: write ? ['read', 'write'] : ['read'] } as never })),
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

const ROLES = [
  ['member', 'Member'],
  ['admin', 'Admin (can invite and remove members)'],
  ['owner', 'Owner'],
] as const;

/** Members and open invitations of the organization you administer, and the invitation form. */
function Members({ org }: { org: Org }) {
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('member');
  const invite = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/organizations/{id}/invitations', { params: { path: { id: org.id } }, body: { email: email.trim(), role: role as 'member' } })),
    onSuccess: () => {
      setEmail('');
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    },
  });
  const errors = useServerErrors(invite.error, ['email', 'role']);
  const withdraw = useMutation({
    mutationFn: (invitationId: string) => call(() => api.DELETE('/api/v1/organizations/{id}/invitations/{invitationId}', { params: { path: { id: org.id, invitationId } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['orgs'] }),
  });
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">Members of {org.name}</h2>
      <ul>
        {org.members?.map((m) => (
          <li key={m.userId}>
            {m.name ?? 'Unknown user'} {m.email && <span className="muted">({m.email})</span>}, {m.role}
          </li>
        ))}
      </ul>
      {org.invitations && org.invitations.length > 0 && (
        <>
          <h3>Open invitations</h3>
          <ul>
            {org.invitations.map((i) => (
              <li key={i.id}>
                {i.email} as {i.role}, until {new Date(i.expiresAt).toLocaleDateString('en')}{' '}
                <Button className="link" onPress={() => withdraw.mutate(i.id)} isDisabled={withdraw.isPending} aria-label={`Withdraw the invitation of ${i.email}`}>
                  Withdraw
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorMessage error={withdraw.error} />
      <Form
        validationBehavior="aria"
        {...errors.formProps}
        className="card"
        aria-labelledby="invite-title"
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate();
        }}
      >
        <h3 id="invite-title">Invite someone</h3>
        <TextInput name="email" label="Their email" type="email" isRequired value={email} onChange={setEmail} description="They get a mail with a link; they join once signed in with this address." />
        <RadioGroup name="role" className="radios" value={role} onChange={setRole}>
          <Label>Role</Label>
          {ROLES.map(([value, label]) => (
            <Radio key={value} value={value} className="radio">
              <span className="dot" aria-hidden="true" />
              {label}
            </Radio>
          ))}
        </RadioGroup>
        <FormErrorSummary error={invite.error} errors={errors} />
        {invite.isSuccess && <p role="status">Invitation sent.</p>}
        <Button type="submit" isDisabled={invite.isPending}>
          Send invitation
        </Button>
      </Form>
    </section>
  );
}
