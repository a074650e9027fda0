import { z } from 'zod';
import { named } from '../../common/contract/contract';
import { ENTITY_TYPES } from '../engine/types';

/** Response schemas of the evidence part of issue #18. */

export const MaterialCandidatesAnswer = named(
  'MaterialCandidates',
  z.object({
    items: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        match: z.enum(['name', 'synonym', 'trade-name', 'keyword']).meta({ description: 'What of the material the mention matched; keyword: only the concept is among its keywords' }),
      }),
    ),
  }),
  'Published materials whose kw-materials-composition keywords hold the concept, best name match first',
);

const searchUrl = () => z.string().meta({ description: 'The web literature search (path and query) whose result count is this number', example: '/literature?f=%7B%22materials%22%3A%5B%22ti-6al-4v%22%5D%7D&concept=tissue%2Fbone&reviewed=true' });

export const EvidenceSummaryAnswer = named(
  'EvidenceSummary',
  z.object({
    reviewedPublications: z.int().min(0).meta({ description: 'Reviewed publications linked to the material' }),
    searchUrl: searchUrl(),
    groups: z.array(
      z.object({
        type: z.enum(ENTITY_TYPES),
        label: z.string().meta({ description: 'The heading of the group (Outcomes, Tissues…)' }),
        items: z.array(
          z.object({
            conceptId: z.string(),
            label: z.string(),
            publications: z.int().min(1).meta({ description: 'Reviewed publications of the material labelled with the concept' }),
            searchUrl: searchUrl(),
          }),
        ),
      }),
    ),
  }),
  "A material's evidence from reviewed literature: which outcomes, tissues, cells, species… its reviewed publications report, and in how many",
);
