import { MetadataScanner, Reflector } from '@nestjs/core';
import type { NestContainer } from '@nestjs/core/injector/container';
import { PATH_METADATA } from '@nestjs/common/constants';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLIC_ROUTE, ROUTE_PERMISSION } from '../src/accounts/auth/auth.decorators';
import { PERMISSIONS } from '../src/accounts/auth/permissions';
import { OrganizationsService } from '../src/accounts/organizations/organizations.service';
import { UsersService } from '../src/accounts/users/users.service';
import { TokensService } from '../src/accounts/auth/tokens.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { FIXTURE_CONCEPTS, ti64 } from './fixtures/vocabulary';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

interface Operation {
  method: string;
  path: string;
  secured: boolean;
}

/** Every operation of the committed OpenAPI document (which an e2e test keeps equal to the served one). */
function operations(): Operation[] {
  const spec = JSON.parse(readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  return Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ method, path, secured: !!op.security?.length })));
}

describe('Access matrix', () => {
  let t: TestApp;
  /** A second member of the researcher's organization. */
  let colleague: { authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(VocabularyService).importConcepts(FIXTURE_CONCEPTS);
    const user = await t.app.get(UsersService).create({ email: 'colleague@uni.test', name: 'Colleague', passwordHash: null, emailVerified: true });
    await t.app.get(OrganizationsService).addMember('org-uni', user._id, 'member');
    colleague = { authorization: `Bearer ${(await t.app.get(TokensService).issue(user._id, 'org-uni')).accessToken}` };
  });

  afterAll(async () => {
    await t?.close();
  });

  it('declares on every route either @Public() or exactly one known permission', () => {
    const reflector = t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const routes: string[] = [];
    const container = (t.app as unknown as { container: NestContainer }).container;
    const controllers = [...container.getModules().values()].flatMap((m) => [...m.controllers.values()]);
    for (const wrapper of controllers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as () => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const targets = [handler, wrapper.metatype];
        const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true;
        const permission = reflector.getAllAndOverride<string>(ROUTE_PERMISSION, targets);
        routes.push(`${wrapper.name}.${name}`);
        expect({ route: `${wrapper.name}.${name}`, declared: isPublic !== (permission !== undefined) }).toEqual({ route: `${wrapper.name}.${name}`, declared: true });
        if (permission) expect(Object.keys(PERMISSIONS)).toContain(permission);
      }
    }
    expect(routes.length).toBeGreaterThan(40);
  });

  it('answers every secured operation 401 to an anonymous caller, and changes nothing', async () => {
    const secured = operations().filter((o) => o.secured);
    expect(secured.length).toBeGreaterThan(25);
    for (const op of secured) {
      const path = `/api/v1${op.path.replace(/^\/api\/v1/, '')}`.replace(/\{[^}]+\}/g, 'anything');
      const res = await (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[op.method](path).send({});
      expect({ op: `${op.method} ${op.path}`, status: res.status }).toEqual({ op: `${op.method} ${op.path}`, status: 401 });
    }
    // A forged token (signed with another key) is no better.
    const forged = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG0tZXJpbiIsIm9yZyI6bnVsbCwidHlwIjoiYWNjZXNzIn0.c2lnbmF0dXJl';
    await t.http.get('/api/v1/me').set({ authorization: `Bearer ${forged}` }).expect(401);
    expect((await t.http.get('/api/v1/admin/users').set(bearer('admin')).expect(200)).body.total).toBe(6);
  });

  it("keeps one organization's proposals, members and keys from another's members (404, nothing changes)", async () => {
    // The researcher (org-uni) proposes a material and creates an API key.
    await t.http.post('/api/v1/curation/materials').set(bearer('researcher')).send({ slug: 'uni-secret', content: ti64({ name: 'Uni secret alloy' }) }).expect(201);
    const key = (await t.http.post('/api/v1/api-keys').set(bearer('researcher')).send({ name: 'script', scopes: ['read'] }).expect(201)).body;
    const snapshot = async () => ({
      record: (await t.http.get('/api/v1/curation/materials/uni-secret').set(bearer('curator')).expect(200)).body,
      org: (await t.http.get('/api/v1/organizations/org-uni').set(bearer('researcher')).expect(200)).body,
      keys: (await t.http.get('/api/v1/api-keys').set(bearer('researcher')).expect(200)).body,
    });
    const before = await snapshot();

    // The colleague of the same organization sees the proposal (organization-level ownership).
    await t.http.get('/api/v1/curation/materials/uni-secret').set(colleague).expect(200);
    expect((await t.http.get('/api/v1/curation/materials').set(colleague).expect(200)).body.items.map((i: { slug: string }) => i.slug)).toContain('uni-secret');

    // The supplier (org-acme) may not know any of it exists.
    const outsider = bearer('supplier');
    const attempts: [string, string, object?, number?][] = [
      ['get', '/api/v1/curation/materials/uni-secret'],
      ['get', '/api/v1/curation/materials/uni-secret/audit', undefined, 403],
      ['put', '/api/v1/curation/materials/uni-secret/draft', { revision: 1, content: ti64({ name: 'Hijacked' }) }, 403],
      ['post', '/api/v1/curation/materials/uni-secret/transitions', { action: 'submit', revision: 1 }, 403],
      ['get', '/api/v1/organizations/org-uni'],
      ['post', '/api/v1/organizations/org-uni/invitations', { email: 'mole@acme.test', role: 'admin' }],
      ['delete', '/api/v1/organizations/org-uni/members/res-carol'],
      ['delete', '/api/v1/organizations/org-uni/invitations/any-invitation'],
      ['delete', `/api/v1/api-keys/${key.id}`],
      ['post', '/api/v1/admin/organizations/org-uni/verified', { value: false }, 403],
      ['post', '/api/v1/admin/users/res-carol/disabled', { value: true }, 403],
      ['post', '/api/v1/admin/users/sup-dave/roles', { roles: ['admin'] }, 403],
    ];
    for (const [method, path, body, expected = 404] of attempts) {
      const res = await (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path).set(outsider).send(body ?? {});
      expect({ path: `${method} ${path}`, status: res.status }).toEqual({ path: `${method} ${path}`, status: expected });
    }
    expect((await t.http.get('/api/v1/curation/materials').set(outsider).expect(200)).body.items.map((i: { slug: string }) => i.slug)).not.toContain('uni-secret');
    expect((await t.http.get('/api/v1/organizations').set(outsider).expect(200)).body.map((o: { id: string }) => o.id)).toEqual(['org-acme']);
    expect(await snapshot()).toEqual(before);
    await t.http.get('/api/v1/me').set({ 'x-api-key': key.key }).expect(200);
  });

  it("never lists other users' term requests to non-curators", async () => {
    await t.http.post('/api/v1/vocabulary/term-requests').set(bearer('researcher')).send({ kind: 'concept', scheme: 'form', label: 'Sponge' }).expect(201);
    const theirs = await t.http.get('/api/v1/vocabulary/term-requests').set(bearer('supplier')).expect(200);
    expect(theirs.body.items.map((r: { label: string }) => r.label)).not.toContain('Sponge');
    const curators = await t.http.get('/api/v1/vocabulary/term-requests').set(bearer('curator')).expect(200);
    expect(curators.body.items.map((r: { label: string }) => r.label)).toContain('Sponge');
  });
});
