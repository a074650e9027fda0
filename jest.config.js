const fs = require('node:fs');
const path = require('node:path');

/**
 * NestJS 12, meilisearch, zod and others ship ES modules only. Node 20.19 can require() them, but
 * Jest's CommonJS runtime cannot: list every "type": "module" package so that swc transforms it.
 */
function esmPackages() {
  const root = path.join(__dirname, 'node_modules');
  const names = [];
  for (const entry of fs.readdirSync(root)) {
    const dirs = entry.startsWith('@') ? fs.readdirSync(path.join(root, entry)).map((d) => `${entry}/${d}`) : [entry];
    for (const name of dirs) {
      try {
        if (JSON.parse(fs.readFileSync(path.join(root, name, 'package.json'), 'utf8')).type === 'module') names.push(name);
      } catch {
        /* not a package */
      }
    }
  }
  return names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Two projects: unit specs beside the code, end-to-end specs in test/ against real servers. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const common = {
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().join('|')})/)`],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  testSequencer: '<rootDir>/test/setup/sequencer.js',
  // A global option (ignored inside projects): e2e tests start apps and load seed data.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/setup/contract-after-file.ts'],
    },
  ],
};
