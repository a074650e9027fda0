import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { hasRole, useMe, useSignedIn } from '../api/queries';
import { auth } from '../auth/tokens';
import { useTray } from '../compare/tray';

/** A count beside a navigation link (outside it, so the link keeps its name), read out as waiting for the user. */
function Badge({ count, what }: { count: number; what: string }) {
  if (!count) return null;
  return (
    <span className="badge" role="status" aria-label={`${count} waiting for you`} title={`${count} ${what}`}>
      {count}
    </span>
  );
}

export function Layout() {
  const signedIn = useSignedIn();
  const { data: me } = useMe();
  const count = useTray().length;
  const qc = useQueryClient();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to the page on navigation so that screen readers announce the new page.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [path]);
  const supplier = hasRole(me, 'supplier');
  const curator = hasRole(me, 'curator');
  // What waits for the user's action (quotes to answer, threads to reply to, orders to ship or confirm), refreshed every minute.
  const { data: waiting } = useQuery({ queryKey: ['attention', signedIn], enabled: signedIn, refetchInterval: 60_000, queryFn: () => call(() => api.GET('/api/v1/me/attention')) });
  const quotesWaiting = (waiting?.quoteRequests ?? 0) + (waiting?.messages ?? 0);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          Biomat Hub
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link to="/" activeOptions={{ exact: true, includeSearch: false }}>
                Search
              </Link>
            </li>
            <li>
              <Link to="/literature">Literature</Link>
            </li>
            <li>
              <Link to="/compare" search={{}}>
                Compare{count ? ` (${count})` : ''}
              </Link>
            </li>
            {signedIn && (
              <>
                <li>
                  <Link to="/quotes">Quotes</Link>
                  {!supplier && <Badge count={quotesWaiting} what="quote request or message waiting for you" />}
                </li>
                <li>
                  <Link to="/cart">Cart</Link>
                </li>
                <li>
                  <Link to="/orders">Orders</Link>
                  <Badge count={waiting?.orders ?? 0} what="order waiting for you" />
                </li>
              </>
            )}
            {supplier && (
              <>
                <li>
                  <Link to="/supplier/quotes">Quote inbox</Link>
                  <Badge count={quotesWaiting} what="quote request or message waiting for you" />
                </li>
                <li>
                  <Link to="/supplier/offers">Offers</Link>
                </li>
              </>
            )}
            {curator && (
              <>
                <li>
                  <Link to="/curator/review">Review</Link>
                </li>
                <li>
                  <Link to="/curator/vocabulary">Vocabulary</Link>
                </li>
                <li>
                  <Link to="/curator/import">Import</Link>
                </li>
                <li>
                  <Link to="/curator/literature/import">Literature import</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="account">
          {signedIn ? (
            <>
              <Link to="/account">{me?.name ?? 'Account'}</Link>
              <button
                type="button"
                className="link"
                onClick={() => {
                  auth.set(null);
                  qc.clear();
                }}
              >
                Sign out
              </button>
            </>
          ) : (
            <Link to="/signin" search={{ next: path }}>
              Sign in
            </Link>
          )}
        </div>
      </header>
      <main id="main" ref={main}>
        <Outlet />
      </main>
    </>
  );
}

export function NotFound() {
  return (
    <section>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Search materials</Link>.
      </p>
    </section>
  );
}

/** An API error in plain words, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · Biomat Hub`;
  }, [children]);
  return <h1 tabIndex={-1}>{children}</h1>;
}

/** Renders the API's highlight markup (`<mark>` around matches; the rest is HTML-escaped by the API) as React nodes. */
export function Highlighted({ html, fallback }: { html?: string; fallback: string }) {
  if (!html) return <>{fallback}</>;
  const parts = html.split(/(<mark>.*?<\/mark>)/g).filter(Boolean);
  return (
    <>
      {parts.map((p, i) => (p.startsWith('<mark>') ? <mark key={i}>{unescape(p.slice(6, -7))}</mark> : <span key={i}>{unescape(p)}</span>))}
    </>
  );
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&');

export function RequireSignIn({ children }: { children: React.ReactNode }) {
  const signedIn = useSignedIn();
  const path = useRouterState({ select: (s) => s.location.href });
  if (!signedIn)
    return (
      <p>
        Please{' '}
        <Link to="/signin" search={{ next: path }}>
          sign in
        </Link>{' '}
        to see this page.
      </p>
    );
  return <>{children}</>;
}
