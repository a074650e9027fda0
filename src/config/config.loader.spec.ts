import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.loader';

const VALID_ENV = {
  NODE_ENV: 'test',
  MONGODB_URI: 'mongodb://127.0.0.1:27017/biomat',
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-24-chars',
  STRIPE_SECRET_KEY: 'sk_test_abc123',
  AUTH_JWT_SECRET: 'a-jwt-signing-secret-of-40-characters-xx',
};

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

function configDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'biomat-config-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('loadConfig', () => {
  it('layers default.yaml, <env>.yaml and the environment', () => {
    const config = loadConfig({ env: { ...VALID_ENV, PORT: '4100', CORS_ORIGINS: 'https://a.org, https://b.org' } });
    expect(config.env).toBe('test');
    expect(config.http.port).toBe(4100); // env beats config/test.yaml
    expect(config.http.host).toBe('127.0.0.1'); // from config/test.yaml
    expect(config.http.bodyLimitBytes).toBe(1048576); // from config/default.yaml
    expect(config.http.cors.origins).toEqual(['https://a.org', 'https://b.org']);
    expect(config.meilisearch.masterKey).toBe(VALID_ENV.MEILI_MASTER_KEY);
  });

  it('names the key and its variable when a value is wrong', () => {
    const problems = problemsOf(() => loadConfig({ env: { ...VALID_ENV, PORT: 'eighty', LOG_LEVEL: 'loud' } }));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^http\.port \(env PORT\): /), expect.stringMatching(/^log\.level \(env LOG_LEVEL\): /)]),
    );
  });

  it('names every missing required key', () => {
    const problems = problemsOf(() => loadConfig({ env: { NODE_ENV: 'test' } }));
    expect(problems).toEqual([
      'mongodb.uri (env MONGODB_URI): is required but not set',
      'meilisearch.host (env MEILI_HOST): is required but not set',
      'meilisearch.masterKey (env MEILI_MASTER_KEY): is required but not set',
      'stripe.secretKey (env STRIPE_SECRET_KEY): is required but not set',
      'auth.jwtSecret (env AUTH_JWT_SECRET): is required but not set',
    ]);
  });

  it('rejects a too-short master key, a non-Mongo URI and a bad boolean', () => {
    const problems = problemsOf(() =>
      loadConfig({ env: { ...VALID_ENV, MEILI_MASTER_KEY: 'short', MONGODB_URI: 'postgres://x', DOCS_ENABLED: 'maybe' } }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/meilisearch\.masterKey \(env MEILI_MASTER_KEY\): must be at least 16 characters/);
    expect(problems.join('\n')).toMatch(/mongodb\.uri \(env MONGODB_URI\): must be a mongodb:\/\//);
    expect(problems.join('\n')).toMatch(/docs\.enabled \(env DOCS_ENABLED\)/);
  });

  it('refuses secrets written in config files', () => {
    const dir = configDir({ 'default.yaml': 'stripe:\n  secretKey: sk_live_oops\n' });
    const problems = problemsOf(() => loadConfig({ env: VALID_ENV, configDir: dir }));
    expect(problems[0]).toMatch(/^stripe\.secretKey: is a secret; set it with the environment variable STRIPE_SECRET_KEY/);
  });

  it('reports unknown keys and broken YAML with the file name', () => {
    const unknown = configDir({ 'default.yaml': 'http:\n  prot: 80\n' });
    expect(problemsOf(() => loadConfig({ env: VALID_ENV, configDir: unknown })).join('\n')).toMatch(/http.*prot/);
    const broken = configDir({ 'default.yaml': 'http: [unclosed\n' });
    expect(problemsOf(() => loadConfig({ env: VALID_ENV, configDir: broken }))[0]).toMatch(/default\.yaml: not valid YAML/);
  });

  it('rejects an unknown environment name', () => {
    expect(problemsOf(() => loadConfig({ env: { ...VALID_ENV, NODE_ENV: 'staging' } })).join('\n')).toMatch(/^env \(env NODE_ENV\): Invalid option/m);
  });
});
