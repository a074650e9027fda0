import { hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords';

const COST = { memoryKiB: 19456, timeCost: 2, parallelism: 1 };

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it.each([
    ['short1', /at least 12/],
    ['x'.repeat(129), /at most 128/],
    ['password1234', /common or breached/],
    ['Qwerty123456', /common or breached/],
    ['zzzzzzzzzzzzzz', /common or breached/],
  ])('refuses %s', (password, message) => {
    expect(passwordProblem(password)?.message).toMatch(message);
  });

  it('counts characters, not bytes (12 emoji are 12 characters)', () => {
    expect(passwordProblem('🦴'.repeat(11))?.message).toMatch(/at least 12/);
    expect(passwordProblem('🦴🧪🦷🫀🩻🧬🔬🧫💉🩺🦾🦿')).toBeNull();
  });

  it('refuses a password containing the email local part or the name', () => {
    expect(passwordProblem('rosabianchi-2026!!', { email: 'RosaBianchi@lab.test' })?.message).toMatch(/email or name/);
    expect(passwordProblem('my name is Rosa Bianchi', { name: 'Rosa Bianchi' })?.message).toMatch(/email or name/);
  });
});

describe('argon2id hashing', () => {
  it('hashes with argon2id at the configured cost, verifies, and tells a weaker hash apart', async () => {
    const hash = await hashPassword('correct horse battery staple', COST);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(needsRehash(hash, COST)).toBe(false);
    expect(needsRehash(hash, { ...COST, timeCost: 3 })).toBe(true);
  });
});
