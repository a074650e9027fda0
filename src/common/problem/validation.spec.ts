import { ValidationError } from 'class-validator';
import { flattenValidationErrors, shapeProblem } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError =>
  Object.assign(new ValidationError(), { property, constraints, children });

describe('flattenValidationErrors', () => {
  it('builds dotted and indexed paths from nested errors', () => {
    const errors = [
      error('name', { isString: 'name must be a string' }),
      error('properties', undefined, [error('0', undefined, [error('unit', { isIn: 'unit must be one of MPa, GPa' })])]),
      error('role', { whitelistValidation: 'property role should not exist' }),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { path: 'name', message: 'name must be a string' },
      { path: 'properties[0].unit', message: 'unit must be one of MPa, GPa' },
      { path: 'role', message: 'is not an allowed field' },
    ]);
  });

  it('names the body when the whole body is wrong (an array or a number instead of an object)', () => {
    const whole = Object.assign(new ValidationError(), { property: undefined, constraints: { unknownValue: 'an unknown value was passed to the validate function' } });
    expect(flattenValidationErrors([whole as unknown as ValidationError])).toEqual([{ path: 'body', message: 'an unknown value was passed to the validate function' }]);
  });
});

describe('shapeProblem', () => {
  it('accepts ordinary bodies and refuses operators, dotted keys, prototype names and deep nesting', () => {
    expect(shapeProblem({ name: 'x', content: { properties: [{ unit: 'GPa' }] } })).toBeNull();
    expect(shapeProblem({ content: { $where: '1' } })).toEqual({ path: 'content.$where', message: 'is not an allowed field name' });
    expect(shapeProblem({ 'a.b': 1 })?.path).toBe('a.b');
    expect(shapeProblem(JSON.parse('{"list":[{"constructor":{}}]}'))?.path).toBe('list[0].constructor');
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    expect(shapeProblem(deep)?.message).toMatch(/deeper than 32/);
  });
});
