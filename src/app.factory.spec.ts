import { apiSecurityHeaders, helmetHeaders } from './app.factory';

describe('helmetHeaders', () => {
  it('records helmet\'s headers once: a strict CSP, no framing, no sniffing', () => {
    const headers = helmetHeaders(false);
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS and upgrade-insecure-requests in production', () => {
    const headers = helmetHeaders(true);
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

describe('apiSecurityHeaders', () => {
  it('lets nothing in a JSON answer run or be framed', () => {
    expect(apiSecurityHeaders(false)).toEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(apiSecurityHeaders(true)['strict-transport-security']).toMatch(/max-age=31536000/);
  });
});
