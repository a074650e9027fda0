import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AppConfig, ENV_BINDINGS, SECRET_PATHS, configSchema } from './config.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Tree = Record<string, unknown>;

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

function deepMerge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isTree(v) && isTree(out[k]) ? deepMerge(out[k] as Tree, v) : v;
  return out;
}

function getPath(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);
}

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (!isTree(node[key])) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys[keys.length - 1]] = value;
}

function readYaml(file: string, problems: string[]): Tree {
  if (!existsSync(file)) return {};
  try {
    const doc: unknown = parseYaml(readFileSync(file, 'utf8')) ?? {};
    if (!isTree(doc)) {
      problems.push(`${file}: must contain a mapping at the top level`);
      return {};
    }
    for (const secret of SECRET_PATHS) {
      if (getPath(doc, secret) !== undefined) {
        const env = ENV_BINDINGS.find((b) => b.path === secret)?.env;
        problems.push(`${secret}: is a secret; set it with the environment variable ${env}, not in ${file}`);
      }
    }
    return doc;
  } catch (err) {
    problems.push(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
    return {};
  }
}

/** The nearest `config/default.yaml` above this file (works from src/ under tests and from dist/). */
function findConfigDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'config', 'default.yaml'))) return join(dir, 'config');
    if (dirname(dir) === dir) return join(process.cwd(), 'config');
  }
}

export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  configDir?: string;
}

/** Reads config/default.yaml, config/<NODE_ENV>.yaml and the environment, and validates the result. */
export function loadConfig(options: LoadConfigOptions = {}): AppConfig {
  const env = options.env ?? process.env;
  const resolvedDir = options.configDir ?? env.CONFIG_DIR ?? findConfigDir(__dirname);
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV || 'development';

  let tree = readYaml(join(resolvedDir, 'default.yaml'), problems);
  if (!/^[a-z]+$/.test(nodeEnv)) problems.push(`env (NODE_ENV): "${nodeEnv}" is not a valid environment name`);
  else tree = deepMerge(tree, readYaml(join(resolvedDir, `${nodeEnv}.yaml`), problems));
  tree.env = nodeEnv;

  for (const binding of ENV_BINDINGS) {
    const raw = env[binding.env];
    if (raw !== undefined && raw !== '') setPath(tree, binding.path, binding.parse(raw));
  }

  const result = configSchema.safeParse(tree);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const binding = ENV_BINDINGS.find((b) => b.path === path || path.startsWith(`${b.path}.`));
      const where = binding ? ` (env ${binding.env})` : '';
      const missing = getPath(tree, path) === undefined;
      const detail = missing ? 'is required but not set' : issue.message;
      problems.push(`${path || '(root)'}${where}: ${detail}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return result.data as AppConfig;
}
