import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemFieldError, validationProblem } from './problem';
import { memoizeValidationMetadata } from './validation-metadata-cache';

const joinPath = (parent: string, key: string): string =>
  /^\d+$/.test(key) ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** Flattens class-validator's error tree into `{ path, message }` pairs, deepest first. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ProblemFieldError[] {
  const out: ProblemFieldError[] = [];
  for (const error of errors) {
    // A body that is not an object at all (an array, a number) fails as a whole, with no property.
    const path = error.property ? joinPath(parent, error.property) : parent || 'body';
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ path, message: message === `property ${error.property} should not exist` ? 'is not an allowed field' : message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/**
 * The query parser builds nested values (`?page[$ne]=x`) as prototype-less objects, a guard against
 * prototype pollution; class-transformer cannot turn those into numbers or strings (it throws, a
 * 500). Copied into plain objects they fail validation like any other wrong type: a 400.
 */
function withPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withPrototypes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPrototypes(v)]));
}

export const MAX_BODY_DEPTH = 32;
/** No object of ours has more members (language maps, keywords); 100,000 keys is an attack. */
export const MAX_OBJECT_KEYS = 1_000;
/** Values in one body (objects, arrays and scalars); a full 2,000-row import stays well below. */
export const MAX_BODY_VALUES = 500_000;
/** Keys no body of ours has: MongoDB operators, dotted paths, and the names of prototype pollution. */
const FORBIDDEN_KEY = /^\$|\.|^(__proto__|constructor|prototype)$/;

/**
 * Checks a parsed JSON body's shape before anything reads it (the body hook of app.factory.ts runs
 * it before guards, Passport strategies, interceptors and pipes): nested deeper than MAX_BODY_DEPTH
 * (class-transformer would recurse until the stack overflows: a 500), an object with more than
 * MAX_OBJECT_KEYS members or a body with more than MAX_BODY_VALUES values, or a key that is an
 * operator, a dotted path or a prototype name anywhere (`constructor` even slips past the
 * unknown-field check, every object has one). Iterative, so that the check itself cannot overflow.
 */
export function shapeProblem(body: unknown): ProblemFieldError | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  let values = 0;
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (++values > MAX_BODY_VALUES) return { path: 'body', message: `holds more than ${MAX_BODY_VALUES.toLocaleString('en')} values` };
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_BODY_DEPTH) return { path: path || 'body', message: `is nested deeper than ${MAX_BODY_DEPTH} levels` };
    const isArray = Array.isArray(value);
    const keys = Object.keys(value);
    if (!isArray && keys.length > MAX_OBJECT_KEYS) return { path: path || 'body', message: `has more than ${MAX_OBJECT_KEYS.toLocaleString('en')} fields` };
    for (const key of keys) {
      const at = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!isArray && FORBIDDEN_KEY.test(key)) return { path: at, message: 'is not an allowed field name' };
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The global ValidationPipe, plus one rule it lacks: a route that takes a JSON body gets one. Without
 * it a PATCH with no body at all would validate as `{}` (every field optional) and succeed.
 */
class BodyRequiredValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object && (value === undefined || value === null)) {
      throw validationProblem([{ path: 'body', message: 'a JSON body is required' }]);
    }
    return super.transform(metadata.type === 'query' ? withPrototypes(value) : value, metadata);
  }
}

/** The one validation pipe: strips nothing silently, rejects unknown fields, converts types explicitly. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new BodyRequiredValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}
