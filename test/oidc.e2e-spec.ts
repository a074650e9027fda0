import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { createHash } from 'node:crypto';
import { hashPassword } from '../src/accounts/auth/passwords';
import { sha256 } from '../src/accounts/auth/secrets';
import { OIDC_STATE_MODEL, OidcState } from '../src/accounts/oidc/oidc-state.schema';
import { UsersService } from '../src/accounts/users/users.service';
import { startOidcProvider, TestOidcProvider } from './helpers/oidc-provider';
import { startTestApp, TestApp } from './helpers/test-app';

/** Where the app says it lives; the provider redirects the (test-driven) browser there. */
const APP_URL = 'http://biomat.test';
const CALLBACK = `${APP_URL}/api/v1/auth/oidc/test-idp/callback`;

describe('OpenID Connect login (against a real local provider)', () => {
  let idp: TestOidcProvider;
  let t: TestApp;
  let states: Model<OidcState>;

  beforeAll(async () => {
    idp = await startOidcProvider({
      redirectUri: CALLBACK,
      users: [
        { sub: 'sub-nora', email: 'Nora@OIDC.test', email_verified: true, name: 'Nora New' },
        { sub: 'sub-linda', email: 'linda@uni.test', email_verified: true, name: 'Linda at the IdP' },
        { sub: 'sub-mallory', email: 'linda@uni.test', email_verified: false, name: 'Mallory' },
        { sub: 'sub-ugo', email: 'ugo@oidc.test', email_verified: false, name: 'Ugo Unverified' },
      ],
    });
    t = await startTestApp({
      PUBLIC_URL: APP_URL,
      AUTH_OIDC_PROVIDERS: JSON.stringify([{ id: 'test-idp', name: 'Test IdP', issuer: idp.issuer, clientId: idp.clientId }]),
      AUTH_OIDC_CLIENT_SECRETS: JSON.stringify({ 'test-idp': idp.clientSecret }),
    });
    states = t.app.get(getModelToken(OIDC_STATE_MODEL));
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** GET /login: the 302 to the provider. */
  async function startLogin(query = ''): Promise<URL> {
    const res = await t.http.get(`/api/v1/auth/oidc/test-idp/login${query}`).expect(302);
    return new URL(res.headers.location);
  }

  /** Login up to the provider's redirect back to the app (not yet followed). */
  async function toCallback(sub: string, query = ''): Promise<URL> {
    const callback = await idp.signIn((await startLogin(query)).href, sub);
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('code')).toBeTruthy();
    return callback;
  }

  const follow = (callback: URL) => t.http.get(`${callback.pathname}${callback.search}`);

  async function loginAs(sub: string): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await follow(await toCallback(sub)).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.any(String), refreshToken: expect.any(String) });
    return res.body;
  }

  const me = async (accessToken: string) => (await t.http.get('/api/v1/me').set('authorization', `Bearer ${accessToken}`).expect(200)).body;

  it('sends a login started from the web UI back to its sign-in page, tokens in the fragment', async () => {
    const res = await follow(await toCallback('sub-nora', '?next=%2Fsearch%3Fq%3Dpeek')).expect(302);
    const back = new URL(res.headers.location);
    expect(`${back.origin}${back.pathname}`).toBe('http://biomat.test/signin');
    const fragment = new URLSearchParams(back.hash.slice(1));
    expect(fragment.get('next')).toBe('/search?q=peek');
    expect((await me(fragment.get('accessToken')!)).identities).toEqual([{ issuer: idp.issuer, subject: 'sub-nora' }]);
    // Only paths of this site: no open redirect.
    await t.http.get('/api/v1/auth/oidc/test-idp/login').query({ next: '//evil.example/x' }).expect(400);
    await t.http.get('/api/v1/auth/oidc/test-idp/login').query({ next: 'https://evil.example/' }).expect(400);
  });

  it('lists the configured providers', async () => {
    await t.http.get('/api/v1/auth/oidc/providers').expect(200, [{ id: 'test-idp', name: 'Test IdP' }]);
  });

  it('redirects to the provider with the code flow, PKCE S256, state and nonce, stored for the callback', async () => {
    const auth = await startLogin();
    expect(`${auth.origin}${auth.pathname}`).toBe(`${idp.issuer}/auth`);
    const q = auth.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(idp.clientId);
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(q.get('scope')?.split(' ').sort()).toEqual(['email', 'openid', 'profile']);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('state')).toMatch(/^[\w-]{22,}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{22,}$/);

    const stored = await states.findById(sha256(q.get('state')!)).lean<OidcState>();
    expect(stored).toMatchObject({ provider: 'test-idp', nonce: q.get('nonce') });
    expect(q.get('code_challenge')).toBe(createHash('sha256').update(stored!.codeVerifier).digest('base64url'));
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    const again = (await startLogin()).searchParams;
    for (const param of ['state', 'nonce', 'code_challenge']) expect(again.get(param)).not.toBe(q.get(param));
  });

  it('creates an account on the first login, and signs the same subject into it again', async () => {
    const first = await me((await loginAs('sub-nora')).accessToken);
    expect(first).toMatchObject({ email: 'nora@oidc.test', name: 'Nora New', emailVerified: true, identities: [{ issuer: idp.issuer, subject: 'sub-nora' }] });
    const user = await t.app.get(UsersService).byId(first.id);
    expect(user?.passwordHash).toBeNull();

    const second = await me((await loginAs('sub-nora')).accessToken);
    expect(second.id).toBe(first.id);
    expect(second.identities).toHaveLength(1);
  });

  it('links the identity to an existing password account with the same verified address', async () => {
    const users = t.app.get(UsersService);
    const password = 'a long enough test password 42';
    const existing = await users.create({ email: 'linda@uni.test', name: 'Linda Local', passwordHash: await hashPassword(password, t.config.auth.argon2), emailVerified: true });

    const view = await me((await loginAs('sub-linda')).accessToken);
    expect(view).toMatchObject({ id: existing._id, name: 'Linda Local', identities: [{ issuer: idp.issuer, subject: 'sub-linda' }] });
    expect(await users.byIdentity(idp.issuer, 'sub-linda')).toMatchObject({ _id: existing._id });
    await t.http.post('/api/v1/auth/login').send({ email: 'linda@uni.test', password }).expect(200);
  });

  it('does not link an address the provider does not vouch for', async () => {
    const res = await follow(await toCallback('sub-mallory')).expect(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('/problems/oidc-email-unverified');
    expect(await t.app.get(UsersService).byIdentity(idp.issuer, 'sub-mallory')).toBeNull();
  });

  it('creates an account with an unverified address when the provider does not verify it', async () => {
    const view = await me((await loginAs('sub-ugo')).accessToken);
    expect(view).toMatchObject({ email: 'ugo@oidc.test', emailVerified: false, identities: [{ issuer: idp.issuer, subject: 'sub-ugo' }] });
  });

  it('refuses an unknown or tampered state, and a state used already (400)', async () => {
    const callback = await toCallback('sub-nora');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const bad = await follow(tampered).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({ type: '/problems/invalid-oidc-state', status: 400 });
    const withoutState = new URL(callback);
    withoutState.searchParams.delete('state');
    await follow(withoutState).expect(400);

    await follow(callback).expect(200); // the genuine callback still works once...
    const replay = await follow(callback).expect(400); // ...and only once
    expect(replay.body.type).toBe('/problems/invalid-oidc-state');
  });

  it('refuses an expired state (400)', async () => {
    const callback = await toCallback('sub-nora');
    await states.updateOne({ _id: sha256(callback.searchParams.get('state')!) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await follow(callback).expect(400)).body.type).toBe('/problems/invalid-oidc-state');
  });

  it('checks the nonce of the ID token and the PKCE verifier (401 when they do not match)', async () => {
    const forNonce = await toCallback('sub-nora');
    await states.updateOne({ _id: sha256(forNonce.searchParams.get('state')!) }, { $set: { nonce: 'not-the-nonce-sent' } });
    const nonce = await follow(forNonce).expect(401);
    expect(nonce.body).toMatchObject({ type: '/problems/oidc-login-failed', detail: expect.stringMatching(/JWT claim/) });

    const forPkce = await toCallback('sub-nora');
    await states.updateOne({ _id: sha256(forPkce.searchParams.get('state')!) }, { $set: { codeVerifier: 'x'.repeat(43) } });
    const pkce = await follow(forPkce).expect(401);
    expect(pkce.body.type).toBe('/problems/oidc-login-failed');
  });

  it('answers 404 problem+json for an unknown provider', async () => {
    for (const path of ['/api/v1/auth/oidc/nope/login', '/api/v1/auth/oidc/nope/callback?code=c&state=s']) {
      const res = await t.http.get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toMatch(/No identity provider "nope"/);
    }
  });
});
