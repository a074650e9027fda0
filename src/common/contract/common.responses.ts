import { z } from 'zod';
import { named } from './contract';

/** Field errors as problem documents and reports carry them. */
export const FieldErrorAnswer = named(
  'FieldError',
  z.object({ path: z.string().meta({ description: 'Where, e.g. properties[2].unit or query.perPage' }), message: z.string() }),
);
