import { useEffect, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, ApiError } from '../api/client';
import { auth } from '../auth/tokens';
import { signInRoute } from '../router';
import { ErrorMessage, PageTitle } from '../ui/Layout';
import { ResendVerification } from './AccountFlows';

export function SignInPage() {
  const { next } = signInRoute.useSearch();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const done = (to: string = next ?? '/') => {
    qc.clear();
    void navigate({ to });
  };
  // OIDC: the callback redirects here with the tokens (and the page to return to) in the fragment.
  useEffect(() => {
    const h = new URLSearchParams(window.location.hash.slice(1));
    const accessToken = h.get('accessToken');
    if (accessToken) {
      auth.set({ accessToken, refreshToken: h.get('refreshToken') ?? undefined });
      history.replaceState(null, '', window.location.pathname + window.location.search);
      const back = h.get('next');
      done(back && back.startsWith('/') && !back.startsWith('//') ? back : undefined);
    }
  }, []);
  const login = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/auth/login', { body: { email, password } })),
    onSuccess: (t) => {
      auth.set({ accessToken: t.accessToken, refreshToken: t.refreshToken });
      done();
    },
  });
  const unverified = login.error instanceof ApiError && login.error.status === 403 && /email-not-verified/.test(login.error.problem.type ?? '');
  const providers = useQuery({
    queryKey: ['oidc-providers'],
    queryFn: () => call(() => api.GET('/api/v1/auth/oidc/providers')),
  });
  const list = providers.data ?? [];
  return (
    <section className="narrow">
      <PageTitle>Sign in</PageTitle>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          login.mutate();
        }}
      >
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        {unverified ? (
          <p role="alert" className="error">
            Your email address is not confirmed yet: open the link we mailed you when you registered, then sign in.
          </p>
        ) : (
          login.error && <ErrorMessage error={login.error.message.startsWith('Please sign in') ? new Error('Wrong email or password, or the account is locked for a while.') : login.error} />
        )}
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {unverified && <ResendVerification email={email.trim()} />}
      <ul className="link-list">
        <li>
          <Link to="/reset-password">Forgot your password?</Link>
        </li>
        <li>
          New to Biomat Hub? <Link to="/register">Create an account</Link>
        </li>
      </ul>
      {list.length > 0 && (
        <>
          <h2>Or sign in with</h2>
          <ul>
            {list.map((p) => (
              <li key={p.id}>
                <a href={`/api/v1/auth/oidc/${encodeURIComponent(p.id)}/login?next=${encodeURIComponent(next ?? '/')}`}>{p.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
