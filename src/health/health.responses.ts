import { z } from 'zod';
import { named } from '../common/contract/contract';

export const AliveAnswer = named('Alive', z.object({ status: z.literal('ok') }));

export const DependencyCheckAnswer = named(
  'DependencyCheck',
  z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.string().optional() }),
);
export const ReadinessChecksAnswer = named(
  'ReadinessChecks',
  z.object({ mongodb: DependencyCheckAnswer, meilisearch: DependencyCheckAnswer }),
  'Each dependency, up or down, and how long it took to answer',
);
export const ReadinessAnswer = named('Readiness', z.object({ ready: z.boolean(), checks: ReadinessChecksAnswer }));
