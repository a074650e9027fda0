import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The parts of oidc-provider used here (the package ships no type declarations). */
interface Interaction {
  uid: string;
  grantId?: string;
  prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> } };
  params: Record<string, unknown>;
  session?: { accountId?: string };
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>): Promise<void>;
  Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
}
const { Provider } = require('oidc-provider') as { Provider: new (issuer: string, configuration: Record<string, unknown>) => Provider };

/** A user of the test provider, with the claims it releases for the email and profile scopes. */
export interface OidcTestUser {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's accounts, by subject; tests may add more. */
  users: Map<string, OidcTestUser>;
  /**
   * Plays the browser from the app's redirect to the provider back to the app: follows the
   * provider's redirects with its cookies, signs in as `sub` on the login page and confirms the
   * consent page. Returns the URL the provider sends the browser to (the app's callback with
   * `code` and `state`).
   */
  signIn(authorizationUrl: string, sub: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a free local port, with one confidential client
 * (client_secret_post) whose only redirect URI is `redirectUri`, PKCE required, and an interaction
 * endpoint standing in for its login and consent pages: POST /interaction/<uid> with `sub`.
 */
export async function startOidcProvider(options: { redirectUri: string; users: OidcTestUser[] }): Promise<TestOidcProvider> {
  const users = new Map(options.users.map((u) => [u.sub, u]));
  const clientId = 'biomat-hub-test';
  const clientSecret = randomBytes(24).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post' }],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}` },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const user = users.get(sub);
      return user && { accountId: sub, claims: async () => ({ ...user }) };
    },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  const handle = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && /^\/interaction\/[^/?]+$/.test(req.url ?? '')) {
      submitInteraction(req, res).catch((err: Error) => {
        res.statusCode = 500;
        res.end(err.message);
      });
    } else handle(req, res);
  });

  /** The login page's form (the account) or the consent page's (grant what the client asked for). */
  async function submitInteraction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.prompt.name === 'login') {
      const sub = new URLSearchParams(body).get('sub') ?? '';
      if (!users.has(sub)) {
        res.statusCode = 400;
        res.end(`no test user ${sub}`);
        return;
      }
      return provider.interactionFinished(req, res, { login: { accountId: sub } });
    }
    const { details } = interaction.prompt;
    const grant = (interaction.grantId && (await provider.Grant.find(interaction.grantId))) || new provider.Grant({ accountId: interaction.session!.accountId!, clientId: String(interaction.params.client_id) });
    if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
    if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
  }

  async function signIn(authorizationUrl: string, sub: string): Promise<URL> {
    // A cookie jar that ignores Path: every cookie of the provider goes back to it.
    const cookies = new Map<string, string>();
    let url = new URL(authorizationUrl);
    let init: RequestInit = {};
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const set of response.headers.getSetCookie()) {
        const [pair, ...attributes] = set.split(';');
        const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()];
        const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a));
        if (expired || !value) cookies.delete(name);
        else cookies.set(name, value);
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${await response.text()}`);
      const next = new URL(location, url);
      if (next.origin !== issuer) return next;
      init = next.pathname.startsWith('/interaction/') ? { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ sub }).toString() } : {};
      url = next;
    }
    throw new Error('too many redirects at the provider');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    users,
    signIn,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // fetch keeps connections alive
        server.close(() => resolve());
      }),
  };
}
