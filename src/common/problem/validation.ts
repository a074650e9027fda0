import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemFieldError, validationProblem } from './problem';

const joinPath = (parent: string, key: string): string =>
  /^\d+$/.test(key) ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** Flattens class-validator's error tree into `{ path, message }` pairs, deepest first. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ProblemFieldError[] {
  const out: ProblemFieldError[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property);
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ path, message: message === `property ${error.property} should not exist` ? 'is not an allowed field' : message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/** The one validation pipe: strips nothing silently, rejects unknown fields, converts types explicitly. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
