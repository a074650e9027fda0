import Provider from 'oidc-provider';
import * as client from 'openid-client';
import { Strategy } from 'openid-client/passport';

it('loads', async () => {
  const p = new Provider('http://127.0.0.1:1234', {});
  expect(typeof p.callback).toBe('function');
  expect(typeof client.discovery).toBe('function');
  expect(typeof Strategy).toBe('function');
});
