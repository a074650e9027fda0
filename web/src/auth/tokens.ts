/** The signed-in session: an access token (15 min) and a single-use refresh token, in localStorage. */
const KEY = 'biomat.session';

interface Session {
  accessToken: string;
  refreshToken?: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Session | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
}

let refreshing: Promise<boolean> | null = null;

export const auth = {
  accessToken: () => read()?.accessToken ?? null,
  signedIn: () => read() !== null,
  set(session: Session | null) {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
    listeners.forEach((l) => l());
  },
  subscribe(l: Listener) {
    listeners.add(l);
    return () => void listeners.delete(l);
  },
  /** Exchanges the refresh token once (concurrent callers share the attempt); false when there is none or it failed. */
  refresh(): Promise<boolean> {
    const current = read();
    if (!current?.refreshToken) return Promise.resolve(false);
    refreshing ??= fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    })
      .then(async (r) => {
        if (!r.ok) {
          auth.set(null);
          return false;
        }
        const body = (await r.json()) as Session;
        auth.set({ accessToken: body.accessToken, refreshToken: body.refreshToken });
        return true;
      })
      .catch(() => false)
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  },
};
