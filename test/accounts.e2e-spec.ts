import { sign } from 'jsonwebtoken';
import { ExpiryJanitor } from '../src/accounts/auth/expiry.janitor';
import { UsersService } from '../src/accounts/users/users.service';
import { Mailbox, tokenIn } from './helpers/mailbox';
import { bearer, startTestApp, TEST_JWT_SECRET, TestApp } from './helpers/test-app';

const PASSWORD = 'correct horse battery staple';

describe('Accounts and authentication', () => {
  let t: TestApp;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await new Mailbox().start();
    t = await startTestApp({ SMTP_URL: mailbox.url });
  });

  afterAll(async () => {
    await t?.close();
    await mailbox?.stop();
  });

  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });

  /** Registers and verifies an account through the API and the mailbox; returns its tokens. */
  async function signUp(email: string, extra: object = {}): Promise<{ accessToken: string; refreshToken: string }> {
    await t.http.post('/api/v1/auth/register').send({ email, password: PASSWORD, name: 'Test User', ...extra }).expect(202);
    const mail = await mailbox.next(email, /confirm your email/, 0);
    await t.http.post('/api/v1/auth/verify-email').send({ token: tokenIn(mail) }).expect(204);
    return (await login(email, PASSWORD).expect(200)).body;
  }

  it('registers, verifies the email from the mail, logs in, refreshes, detects a reused refresh token, logs out', async () => {
    const email = 'rosa@polimi.test';
    const registered = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'Rosa@Polimi.test', password: PASSWORD, name: 'Rosa Bianchi', organization: { name: 'Polimi Lab', kind: 'research_institution', country: 'IT' } })
      .expect(202);

    // Not verified yet: the right password is not enough.
    expect((await login(email, PASSWORD).expect(403)).body.type).toBe('/problems/email-not-verified');
    const mail = await mailbox.next(email, /confirm your email/, 0);
    const token = tokenIn(mail);
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(204);
    expect((await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(400)).body.type).toBe('/problems/invalid-token');

    const first = (await login(email, PASSWORD).expect(200)).body;
    expect(first).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const me = await t.http.get('/api/v1/me').set({ authorization: `Bearer ${first.accessToken}` }).expect(200);
    expect(me.body).toMatchObject({ email, name: 'Rosa Bianchi', emailVerified: true, roles: [], effectiveRoles: ['researcher'], organizationRole: 'owner' });
    expect(me.body).not.toHaveProperty('passwordHash');
    expect(registered.body).toEqual({ status: 'accepted', detail: expect.any(String) });

    // Rotation: each refresh token works once.
    const second = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/api/v1/me').set({ authorization: `Bearer ${second.accessToken}` }).expect(200);
    // Replaying the old one revokes the whole family: the new one dies too.
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401)).body.type).toBe('/problems/invalid-refresh-token');
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);

    // Logout ends the session of a fresh login.
    const third = (await login(email, PASSWORD).expect(200)).body;
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: third.refreshToken }).expect(204);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: third.refreshToken }).expect(401);
  });

  it('accepts only HS256 access tokens of our issuer and audience, unexpired', async () => {
    const claims = { sub: 'cur-alice', org: 'org-biomat', typ: 'access', jti: 'x' };
    const good = sign(claims, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'biomat-hub', audience: 'biomat-hub-api', expiresIn: 60 });
    await t.http.get('/api/v1/me').set({ authorization: `Bearer ${good}` }).expect(200);
    const bad = {
      'another audience': sign(claims, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'biomat-hub', audience: 'someone-else', expiresIn: 60 }),
      'another issuer': sign(claims, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'evil', audience: 'biomat-hub-api', expiresIn: 60 }),
      expired: sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'biomat-hub', audience: 'biomat-hub-api' }),
      'HS512, same key': sign(claims, TEST_JWT_SECRET, { algorithm: 'HS512', issuer: 'biomat-hub', audience: 'biomat-hub-api', expiresIn: 60 }),
      'alg none': sign(claims, '', { algorithm: 'none', issuer: 'biomat-hub', audience: 'biomat-hub-api', expiresIn: 60 }),
      'another key': sign(claims, 'another-secret-of-enough-length-0123456789', { algorithm: 'HS256', issuer: 'biomat-hub', audience: 'biomat-hub-api', expiresIn: 60 }),
      'not an access token': sign({ ...claims, typ: 'refresh' }, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'biomat-hub', audience: 'biomat-hub-api', expiresIn: 60 }),
    };
    for (const [what, token] of Object.entries(bad)) {
      const res = await t.http.get('/api/v1/me').set({ authorization: `Bearer ${token}` });
      expect({ what, status: res.status }).toEqual({ what, status: 401 });
    }
  });

  it('answers a registration with a taken address exactly like a new one, and tells the owner', async () => {
    await signUp('taken@lab.test');
    const before = mailbox.to('taken@lab.test').length;
    const again = await t.http.post('/api/v1/auth/register').send({ email: 'taken@lab.test', password: 'another long passphrase', name: 'Impostor' }).expect(202);
    const fresh = await t.http.post('/api/v1/auth/register').send({ email: 'brand-new@lab.test', password: 'another long passphrase', name: 'Newcomer' }).expect(202);
    expect(again.body).toEqual(fresh.body);
    expect((await mailbox.next('taken@lab.test', /tried to register/, 0)).text).toMatch(/already has one/);
    expect(mailbox.to('taken@lab.test').length).toBe(before + 1);
    // The impostor's password does not open the account.
    await login('taken@lab.test', 'another long passphrase').expect(401);
  });

  it('refuses short, common and breached passwords', async () => {
    for (const password of ['short', 'password1234', 'qwertyuiop123', 'aaaaaaaaaaaaaaaa']) {
      const res = await t.http.post('/api/v1/auth/register').send({ email: 'weak@lab.test', password, name: 'Weak' }).expect(400);
      expect(res.body.errors).toEqual([{ path: 'password', message: expect.stringMatching(/at least 12|common or breached/) }]);
    }
  });

  it('gives the same 401 for an unknown email and a wrong password, and locks an account after repeated failures', async () => {
    await signUp('lock@lab.test');
    const unknown = await login('nobody@lab.test', PASSWORD).expect(401);
    const wrong = await login('lock@lab.test', 'not the password at all').expect(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    // config/test.yaml: locked from the 3rd failure, for 2 s, doubling.
    await login('lock@lab.test', 'not the password at all').expect(401);
    await login('lock@lab.test', 'not the password at all').expect(401);
    expect((await mailbox.next('lock@lab.test', /locked/, 0)).text).toMatch(/3 failed sign-ins/);
    // Locked: even the right password fails, with the same answer.
    expect((await login('lock@lab.test', PASSWORD).expect(401)).body.detail).toBe(wrong.body.detail);
    await new Promise((r) => setTimeout(r, 2100));
    await login('lock@lab.test', PASSWORD).expect(200);
  });

  it('throttles login attempts per account with 429 and Retry-After, whether or not the account exists', async () => {
    let last = await login('ghost@lab.test', 'whatever password here');
    for (let i = 0; i < 50 && last.status !== 429; i++) last = await login('ghost@lab.test', 'whatever password here');
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.body).toMatchObject({ type: '/problems/too-many-attempts', status: 429 });
    // The windows expire through an explicit job (no TTL indexes on FerretDB).
    const inAMinute = new Date(Date.now() + 61_000);
    expect((await t.app.get(ExpiryJanitor).sweep(inAMinute)).windows).toBeGreaterThan(0);
    expect((await login('ghost@lab.test', 'whatever password here')).status).toBe(401);
  });

  it('resets a password with a single-use mailed token and ends every session', async () => {
    const email = 'forgetful@lab.test';
    const session = await signUp(email);
    const unknown = await t.http.post('/api/v1/auth/password-reset').send({ email: 'nobody-here@lab.test' }).expect(202);
    const known = await t.http.post('/api/v1/auth/password-reset').send({ email }).expect(202);
    expect(known.body).toEqual(unknown.body);
    expect(mailbox.to('nobody-here@lab.test')).toEqual([]);
    const token = tokenIn(await mailbox.next(email, /reset your password/, 0));

    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'password' }).expect(400);
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'a brand new passphrase' }).expect(204);
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'yet another passphrase' }).expect(400);
    await login(email, PASSWORD).expect(401);
    await login(email, 'a brand new passphrase').expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('drops the OpenID identities of an unverified account when its address owner resets the password', async () => {
    const email = 'victim@lab.test';
    const squatter = await t.app.get(UsersService).create({ email, name: 'Squatter', passwordHash: null, emailVerified: false, identity: { issuer: 'https://idp.example', subject: 'attacker' } });
    await t.http.post('/api/v1/auth/password-reset').send({ email }).expect(202);
    const token = tokenIn(await mailbox.next(email, /reset your password/, 0));
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'the real owner passphrase' }).expect(204);
    const after = await t.app.get(UsersService).byId(squatter._id);
    expect(after).toMatchObject({ emailVerified: true, identities: [], identityKeys: [] });
    expect(await t.app.get(UsersService).byIdentity('https://idp.example', 'attacker')).toBeNull();
  });

  it('rejects mass assignment of roles, flags, owners and ids with 400', async () => {
    const attempts: [string, string, object, string][] = [
      ['post', '/api/v1/auth/register', { email: 'mass@lab.test', password: PASSWORD, name: 'Mass', roles: ['admin'] }, 'roles'],
      ['post', '/api/v1/auth/register', { email: 'mass@lab.test', password: PASSWORD, name: 'Mass', emailVerified: true }, 'emailVerified'],
      ['post', '/api/v1/auth/register', { email: 'mass@lab.test', password: PASSWORD, name: 'Mass', organization: { name: 'X', kind: 'supplier', country: 'DE', verified: true } }, 'organization.verified'],
      ['patch', '/api/v1/me', { roles: ['admin'] }, 'roles'],
      ['patch', '/api/v1/me', { disabled: false, email: 'x@y.test' }, 'disabled'],
      ['post', '/api/v1/organizations', { name: 'Shell Co', kind: 'supplier', country: 'DE', verified: true }, 'verified'],
      ['post', '/api/v1/organizations', { name: 'Shell Co', kind: 'supplier', country: 'DE', stripeAccountId: 'acct_1' }, 'stripeAccountId'],
      ['post', '/api/v1/api-keys', { name: 'k', scopes: ['read'], userId: 'adm-erin' }, 'userId'],
      ['post', '/api/v1/curation/materials', { slug: 'mass-x', content: {}, proposedBy: { id: 'cur-alice' } }, 'proposedBy'],
    ];
    for (const [method, path, body, field] of attempts) {
      const req = method === 'post' ? t.http.post(path) : t.http.patch(path);
      const res = await req.set(bearer('researcher')).send(body);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    const me = await t.http.get('/api/v1/me').set(bearer('researcher')).expect(200);
    expect(me.body).toMatchObject({ roles: [], disabled: false, email: 'carol@uni.test' });
  });

  describe('API keys', () => {
    it('read scope can search and read, cannot write; write scope can write; keys cannot mint keys; revocation is immediate', async () => {
      const read = (await t.http.post('/api/v1/api-keys').set(bearer('researcher')).send({ name: 'nightly export', scopes: ['read'] }).expect(201)).body;
      expect(read.key).toMatch(/^bmh_[0-9a-f]{16}_/);
      const asKey = (key: string) => ({ 'x-api-key': key });

      await t.http.get('/api/v1/search/materials').set(asKey(read.key)).expect(200);
      await t.http.get('/api/v1/me').set(asKey(read.key)).expect(200);
      await t.http.get('/api/v1/curation/materials').set({ authorization: `Bearer ${read.key}` }).expect(200);
      const denied = await t.http.post('/api/v1/vocabulary/term-requests').set(asKey(read.key)).send({ kind: 'concept', scheme: 'form', label: 'Mesh' }).expect(403);
      expect(denied.body.detail).toMatch(/lacks the "write" scope/);
      await t.http.post('/api/v1/api-keys').set(asKey(read.key)).send({ name: 'child', scopes: ['read'] }).expect(403);

      const write = (await t.http.post('/api/v1/api-keys').set(bearer('researcher')).send({ name: 'uploader', scopes: ['read', 'write'] }).expect(201)).body;
      await t.http.post('/api/v1/vocabulary/term-requests').set(asKey(write.key)).send({ kind: 'concept', scheme: 'form', label: 'Mesh' }).expect(201);

      const listed = (await t.http.get('/api/v1/api-keys').set(bearer('researcher')).expect(200)).body;
      expect(listed.map((k: { id: string }) => k.id).sort()).toEqual([read.id, write.id].sort());
      // The secret is everything after `bmh_<id>_` (it may itself contain "_").
      expect(JSON.stringify(listed)).not.toContain(read.key.slice(`bmh_${read.id}_`.length));
      expect(listed.find((k: { id: string }) => k.id === read.id).lastUsedAt).not.toBeNull();

      // Another user cannot see or revoke it.
      await t.http.delete(`/api/v1/api-keys/${read.id}`).set(bearer('supplier')).expect(404);
      await t.http.get('/api/v1/me').set(asKey(read.key)).expect(200);
      await t.http.delete(`/api/v1/api-keys/${read.id}`).set(bearer('researcher')).expect(200);
      await t.http.get('/api/v1/me').set(asKey(read.key)).expect(401);
      await t.http.get('/api/v1/me').set(asKey(`${read.key.slice(0, -1)}x`)).expect(401);
    });
  });

  describe('organizations and admin', () => {
    it('invites by mail; the invitee joins and acts for the organization; outsiders get 404', async () => {
      const owner = await signUp('owner@acme-two.test', { organization: { name: 'Acme Two', kind: 'supplier', country: 'DE' } });
      const asOwner = { authorization: `Bearer ${owner.accessToken}` };
      const [org] = (await t.http.get('/api/v1/organizations').set(asOwner).expect(200)).body;
      expect(org).toMatchObject({ name: 'Acme Two', kind: 'supplier', verified: false, members: [{ role: 'owner' }] });

      await t.http.get(`/api/v1/organizations/${org.id}`).set(bearer('researcher')).expect(404);
      await t.http.post(`/api/v1/organizations/${org.id}/invitations`).set(bearer('researcher')).send({ email: 'x@y.test', role: 'member' }).expect(404);

      const invitee = await signUp('staff@acme-two.test');
      await t.http.post(`/api/v1/organizations/${org.id}/invitations`).set(asOwner).send({ email: 'staff@acme-two.test', role: 'member' }).expect(201);
      const token = tokenIn(await mailbox.next('staff@acme-two.test', /Invitation to join Acme Two/, 0));
      // Someone else cannot use it.
      await t.http.post('/api/v1/invitations/accept').set(bearer('researcher')).send({ token }).expect(400);
      const joined = await t.http.post('/api/v1/invitations/accept').set({ authorization: `Bearer ${invitee.accessToken}` }).send({ token }).expect(201);
      expect(joined.body.members).toHaveLength(2);
      // Members see each other by name and email.
      expect(joined.body.members.map((m: { email: string; role: string }) => [m.email, m.role]).sort()).toEqual([
        ['owner@acme-two.test', 'owner'],
        ['staff@acme-two.test', 'member'],
      ]);
      expect(joined.body.members.every((m: { name: unknown }) => typeof m.name === 'string')).toBe(true);

      // A withdrawn invitation's link stops working; an unknown one is a 404.
      const late = await signUp('late@acme-two.test');
      const invited = (await t.http.post(`/api/v1/organizations/${org.id}/invitations`).set(asOwner).send({ email: 'late@acme-two.test', role: 'member' }).expect(201)).body;
      const lateToken = tokenIn(await mailbox.next('late@acme-two.test', /Invitation to join Acme Two/, 0));
      const invitationId = invited.invitations.find((i: { email: string }) => i.email === 'late@acme-two.test').id;
      await t.http.delete(`/api/v1/organizations/${org.id}/invitations/${invitationId}`).set(bearer('researcher')).expect(404);
      const withdrawn = await t.http.delete(`/api/v1/organizations/${org.id}/invitations/${invitationId}`).set(asOwner).expect(200);
      expect(withdrawn.body.invitations.map((i: { email: string }) => i.email)).not.toContain('late@acme-two.test');
      await t.http.delete(`/api/v1/organizations/${org.id}/invitations/${invitationId}`).set(asOwner).expect(404);
      await t.http.post('/api/v1/invitations/accept').set({ authorization: `Bearer ${late.accessToken}` }).send({ token: lateToken }).expect(400);
      // A fresh sign-in acts for it, as a supplier.
      const relogged = (await login('staff@acme-two.test', PASSWORD).expect(200)).body;
      const me = await t.http.get('/api/v1/me').set({ authorization: `Bearer ${relogged.accessToken}` }).expect(200);
      expect(me.body).toMatchObject({ organizationId: org.id, organizationRole: 'member', effectiveRoles: ['supplier'] });
      // A member is not an admin of the organization.
      await t.http.post(`/api/v1/organizations/${org.id}/invitations`).set({ authorization: `Bearer ${relogged.accessToken}` }).send({ email: 'z@y.test', role: 'member' }).expect(403);
    });

    it('lets admins verify organizations, grant the curator role and disable users, effective at once', async () => {
      const user = await signUp('promote@lab.test', { organization: { name: 'Promote Lab', kind: 'hospital', country: 'ES' } });
      const asUser = { authorization: `Bearer ${user.accessToken}` };
      const me = (await t.http.get('/api/v1/me').set(asUser).expect(200)).body;

      await t.http.post(`/api/v1/admin/users/${me.id}/roles`).set(bearer('curator')).send({ roles: ['curator'] }).expect(403);
      await t.http.get('/api/v1/search/status').set(asUser).expect(403);
      await t.http.post(`/api/v1/admin/users/${me.id}/roles`).set(bearer('admin')).send({ roles: ['curator'] }).expect(201);
      await new Promise((r) => setTimeout(r, 2100)); // other instances' principal caches (2 s)
      await t.http.get('/api/v1/search/status').set(asUser).expect(200);

      await t.http.post(`/api/v1/admin/organizations/${me.organizationId}/verified`).set(bearer('admin')).send({ value: true }).expect(201);
      expect((await t.http.get(`/api/v1/organizations/${me.organizationId}`).set(asUser).expect(200)).body.verified).toBe(true);

      await t.http.post(`/api/v1/admin/users/${me.id}/disabled`).set(bearer('admin')).send({ value: true }).expect(201);
      await t.http.get('/api/v1/me').set(asUser).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
      await login('promote@lab.test', PASSWORD).expect(401);
    });
  });
});
