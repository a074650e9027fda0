import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation';

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
});
