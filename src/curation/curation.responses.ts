import { z } from 'zod';
import { ContentChangeAnswer, JsonPatchOperation, MaterialContentAnswer } from '../catalogue/catalogue.responses';
import { FieldErrorAnswer } from '../common/contract/common.responses';
import { instant, named, pageOf } from '../common/contract/contract';
import { CURATION_ACTIONS } from './curation.machine';

/** Response schemas of curation: records under work, imports, audit trail. */

export const PersonAnswer = named('Person', z.object({ id: z.string(), name: z.string() }), 'Someone by id, with the name people know them by');

export const CurationRecordAnswer = named(
  'CurationRecord',
  z.object({
    slug: z.string(),
    name: z.string(),
    className: z.string(),
    state: z.enum(['draft', 'in_review', 'published', 'retired']),
    revision: z.int(),
    publishedVersion: z.int(),
    lastEditor: PersonAnswer.nullable(),
    reviewComment: z.string().nullable(),
    proposedBy: PersonAnswer.extend({ organizationId: z.string().nullable(), organizationName: z.string().nullable() }).nullable(),
    draft: MaterialContentAnswer.nullable(),
    published: MaterialContentAnswer.nullable(),
    changes: z.array(ContentChangeAnswer).meta({ description: 'Published -> draft, field by field' }),
    warnings: z.array(FieldErrorAnswer).meta({ description: 'Values and references worth a look before publishing; never a refusal' }),
    availableActions: z.array(z.enum(CURATION_ACTIONS)).meta({ description: 'What this user may do now' }),
    blockedActions: z.array(z.object({ action: z.enum(CURATION_ACTIONS), reason: z.string() })).meta({ description: 'What the workflow allows but this user may not do, and why (four eyes)' }),
    updatedAt: instant(),
  }),
  'A material record as curators see it: state, draft and published content, the changes, and what this user may do',
);
export const CurationRecordPageAnswer = pageOf('CurationRecordPage', CurationRecordAnswer);

export const MaterialImportReportAnswer = named(
  'MaterialImportReport',
  z.object({
    dryRun: z.boolean(),
    mode: z.enum(['merge', 'replace']),
    total: z.int(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    invalid: z.int(),
    failed: z.int(),
    rows: z.array(
      z.object({
        position: z.string().meta({ description: 'line 7 of a CSV, [3] of a JSON array' }),
        slug: z.string().nullable(),
        status: z.enum(['created', 'updated', 'unchanged', 'invalid', 'failed']),
        errors: z.array(FieldErrorAnswer),
        changes: z.array(ContentChangeAnswer),
        removals: z.int().min(0).meta({ description: 'How many of the changes remove something (always 0 under mode=merge)' }),
      }),
    ),
  }),
  'What a material import did (or would do, in a dry run) to each row, field by field',
);

export const AuditEventAnswer = named(
  'AuditEvent',
  z.object({
    id: z.string(),
    action: z.string(),
    actorId: z.string(),
    actor: PersonAnswer,
    at: instant(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    comment: z.string().nullable(),
    diff: z.array(JsonPatchOperation),
  }),
);
export const AuditTrailAnswer = named('AuditTrail', z.array(AuditEventAnswer));

export const CsvFileAnswer = named('CsvFile', z.string(), 'A CSV file (UTF-8)');
export const ImportColumnsAnswer = named(
  'ImportColumns',
  z.array(z.object({ name: z.string(), meaning: z.string(), example: z.string() })),
  'The columns of the CSV import',
);
