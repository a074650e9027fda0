import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createPatch } from 'rfc6902';
import { canAccess } from '../accounts/access';
import { Principal, isCurator } from '../accounts/auth/principal';
import { AuditService, AuditView } from '../audit/audit.service';
import { checkMaterialContent } from '../catalogue/material-validator';
import { ReferencePolicyService } from '../catalogue/references/reference-policy.service';
import { MaterialRecord, OutboxEntry } from '../catalogue/material.schema';
import { MaterialContent, MaterialState } from '../catalogue/material.types';
import { MaterialsService } from '../catalogue/materials.service';
import { Page } from '../common/http/pagination';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { DirectoryService, PersonRef } from '../accounts/directory.service';
import { ContentChange, diffContent } from '../catalogue/content-diff';
import { classPath, labelOf } from '../catalogue/material-view';
import { valueFlags } from '../catalogue/quality/value-flags';
import { ProblemFieldError } from '../common/problem/problem';

/** The filters of the review queue and the published list. */
export interface CurationQuery {
  states: MaterialState[];
  q?: string;
  class?: string;
  editor?: string;
  updatedAfter?: Date;
  updatedBefore?: Date;
  sort?: string;
  page: number;
  perPage: number;
}
import { CurationAction, curationMachine } from './curation.machine';

/** What curators see of a record: both contents, workflow state and what they may do next. */
export interface CurationView {
  slug: string;
  /** The draft's name, else the published one. */
  name: string;
  className: string;
  state: MaterialState;
  revision: number;
  publishedVersion: number;
  lastEditor: PersonRef | null;
  reviewComment: string | null;
  proposedBy: (PersonRef & { organizationId: string | null; organizationName: string | null }) | null;
  draft: MaterialContent | null;
  published: MaterialContent | null;
  /** Published -> draft, field by field (property values matched by type, reference, conditions). */
  changes: ContentChange[];
  /** Values and references worth a look before publishing (never a refusal). */
  warnings: ProblemFieldError[];
  /** What this user may do now (four eyes applied). */
  availableActions: CurationAction[];
  /** What the workflow would allow but this user may not do, and why, said before the click. */
  blockedActions: { action: CurationAction; reason: string }[];
  updatedAt: string;
}

const FOUR_EYES = 'You made the last edit of this draft; another curator has to review and publish it (four eyes).';

const audit = (actor: Principal, action: string, diff: unknown[], extra: { fromState?: string | null; toState?: string | null; comment?: string | null; slug: string }): OutboxEntry => ({
  id: randomUUID(),
  kind: 'audit',
  payload: {
    entityType: 'material',
    entityId: extra.slug,
    action,
    actorId: actor.id,
    at: new Date(),
    diff,
    comment: extra.comment ?? null,
    fromState: extra.fromState ?? null,
    toState: extra.toState ?? null,
  },
});

@Injectable()
export class CurationService {
  constructor(
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
    private readonly auditLog: AuditService,
    private readonly references: ReferencePolicyService,
    private readonly directory: DirectoryService,
  ) {}

  /** Views of records, their people named with few reads; `detail` adds the value flags (class ranges). */
  async views(records: MaterialRecord[], by: Principal, options: { detail?: boolean } = {}): Promise<CurationView[]> {
    const [index, users, orgs, ranges] = await Promise.all([
      this.vocabulary.index(),
      this.directory.userNames(records.flatMap((r) => [r.lastEditorId, r.proposedBy?.id])),
      this.directory.organizationNames(records.map((r) => r.proposedBy?.organizationId)),
      options.detail ? this.materials.classRanges() : null,
    ]);
    const label = (id: string) => labelOf(index, id);
    return records.map((r) => {
      const content = r.draft ?? r.published;
      const actions = curationMachine.available(r.state, by.roles).filter((a) => a !== 'discard_draft' || r.published !== null);
      const blocked = actions.includes('publish') && r.lastEditorId === by.id ? [{ action: 'publish' as const, reason: FOUR_EYES }] : [];
      const warnings: ProblemFieldError[] = [];
      if (r.draft) {
        const checked = checkMaterialContent(r.draft, index, this.references.policy);
        warnings.push(...checked.warnings);
        if (ranges) warnings.push(...valueFlags(r.draft, ranges.ranges(r.slug), label).map((f) => ({ path: f.path, message: f.message })));
      }
      return {
        slug: r.slug,
        name: content?.name ?? r.slug,
        className: content ? label(content.class) : '',
        state: r.state,
        revision: r.revision,
        publishedVersion: r.publishedVersion,
        lastEditor: DirectoryService.ref(users, r.lastEditorId),
        reviewComment: r.reviewComment,
        proposedBy: r.proposedBy
          ? { id: r.proposedBy.id, name: users.get(r.proposedBy.id) ?? r.proposedBy.id, organizationId: r.proposedBy.organizationId ?? null, organizationName: r.proposedBy.organizationId ? (orgs.get(r.proposedBy.organizationId) ?? null) : null }
          : null,
        draft: r.draft,
        published: r.published,
        changes: r.draft ? diffContent(r.published, r.draft, label) : [],
        warnings,
        availableActions: actions.filter((a) => !blocked.some((b) => b.action === a)),
        blockedActions: blocked,
        updatedAt: new Date(r.updatedAt).toISOString(),
      };
    });
  }

  async toView(r: MaterialRecord, by: Principal): Promise<CurationView> {
    return (await this.views([r], by, { detail: true }))[0];
  }

  /** Validates content against the vocabulary; a 400 names every bad field under `content.`. */
  async checked(content: MaterialContent): Promise<MaterialContent> {
    const result = checkMaterialContent(content, await this.vocabulary.index(), this.references.policy, 'content');
    if (result.errors.length) throw validationProblem(result.errors);
    return result.content;
  }

  private async load(slug: string, by: Principal): Promise<MaterialRecord> {
    const record = await this.materials.findBySlug(slug);
    // Non-curators see the records proposed by their organization (or by themselves); others do not
    // exist for them.
    if (!record || !canAccess(by, { ownerOrgId: record.proposedBy?.organizationId, ownerUserId: record.proposedBy?.id }, { curators: true })) {
      throw new ProblemException(404, { type: 'not-found', title: 'Material not found', detail: `No material "${slug}" in curation.` });
    }
    return record;
  }

  async get(slug: string, by: Principal): Promise<CurationView> {
    return this.toView(await this.load(slug, by), by);
  }

  async queue(query: CurationQuery, by: Principal): Promise<Page<CurationView>> {
    const index = await this.vocabulary.index();
    // A class filter takes the class and every class below it.
    const classes = query.class ? [query.class, ...[...index.values()].filter((c) => c.scheme === 'material-class' && classPath(index, c._id).includes(labelOf(index, query.class!))).map((c) => c._id)] : undefined;
    const result = await this.materials.listForCuration(
      {
        states: query.states,
        ...(!isCurator(by) && { proposedBy: { userId: by.id, organizationId: by.organizationId } }),
        q: query.q,
        classes,
        editor: query.editor,
        updatedAfter: query.updatedAfter,
        updatedBefore: query.updatedBefore,
      },
      query,
    );
    return { ...result, items: await this.views(result.items, by) };
  }

  /** A new record enters as a draft: written by a curator, or proposed by anyone signed in. */
  async create(slug: string, content: MaterialContent, by: Principal, note?: string): Promise<CurationView> {
    const draft = await this.checked(content);
    const proposal = !isCurator(by);
    const record = await this.materials.insert({
      slug,
      state: 'draft',
      listed: false,
      published: null,
      draft,
      revision: 1,
      publishedVersion: 0,
      publishedAt: null,
      publishedBy: null,
      lastEditorId: by.id,
      reviewComment: null,
      proposedBy: proposal ? { id: by.id, organizationId: by.organizationId ?? null } : null,
      sortName: draft.name.toLowerCase(),
      outbox: [audit(by, proposal ? 'propose' : 'create', createPatch({}, draft), { slug, toState: 'draft', comment: note })],
    });
    return this.toView(record, by);
  }

  /** A 409 that carries the record as it is now, so that an editor can show what changed meanwhile and keep what was typed. */
  private async staleOrMoved(slug: string, revision: number, by: Principal): Promise<ProblemException> {
    const now = await this.materials.findBySlug(slug);
    return new ProblemException(409, {
      type: 'stale-revision',
      title: 'The record changed meanwhile',
      detail: `Revision ${revision} of "${slug}" is not the latest${now ? ` (it is at revision ${now.revision}, last edited by someone else)` : ''}; nothing was saved. Compare with the current record, reapply your change and save again.`,
      ...(now && { extensions: { current: await this.toView(now, by) } }),
    });
  }

  /** Curators save the working draft; on a published record this starts the next draft. `comment` goes into the audit event. */
  async saveDraft(slug: string, content: MaterialContent, revision: number, by: Principal, comment?: string): Promise<CurationView> {
    const record = await this.load(slug, by);
    if (record.revision !== revision) throw await this.staleOrMoved(slug, revision, by);
    if (record.state !== 'draft' && record.state !== 'published') {
      throw new ProblemException(409, {
        type: 'wrong-state',
        title: 'Not editable now',
        detail: `"${slug}" is ${record.state}; ${record.state === 'in_review' ? 'request changes first' : 'restore it first'}.`,
      });
    }
    const draft = await this.checked(content);
    const before = record.draft ?? record.published ?? {};
    const updated = await this.materials.updateIf(
      record._id,
      { state: [record.state], revision },
      { draft, state: 'draft', lastEditorId: by.id },
      [audit(by, 'edit', createPatch(before, draft), { slug, fromState: record.state, toState: 'draft', comment })],
      false,
    );
    if (!updated) throw await this.staleOrMoved(slug, revision, by);
    return this.toView(updated, by);
  }

  /** Anyone signed in proposes an edit of a published record; it becomes the draft curators review. */
  async proposeEdit(slug: string, content: MaterialContent, by: Principal, note?: string): Promise<CurationView> {
    const record = await this.materials.findBySlug(slug);
    if (!record || !record.listed) throw new ProblemException(404, { type: 'not-found', title: 'Material not found', detail: `No published material "${slug}".` });
    if (record.state !== 'published') {
      throw new ProblemException(409, { type: 'draft-in-progress', title: 'An edit is already in progress', detail: `Curators are already working on "${slug}"; try again once it is published.` });
    }
    const draft = await this.checked(content);
    const updated = await this.materials.updateIf(
      record._id,
      { state: ['published'], revision: record.revision },
      { draft, state: 'draft', lastEditorId: by.id, proposedBy: { id: by.id, organizationId: by.organizationId ?? null } },
      [audit(by, 'propose_edit', createPatch(record.published ?? {}, draft), { slug, fromState: 'published', toState: 'draft', comment: note })],
      false,
    );
    if (!updated) throw new ProblemException(409, { type: 'draft-in-progress', title: 'An edit is already in progress', detail: `"${slug}" changed meanwhile; try again.` });
    return this.toView(updated, by);
  }

  async transition(slug: string, action: CurationAction, revision: number, by: Principal, comment?: string): Promise<CurationView> {
    const record = await this.load(slug, by);
    const check = curationMachine.check(record.state, action, by.roles);
    if (!check.ok) {
      if (check.reason === 'forbidden') throw new ProblemException(403, { type: 'forbidden', title: 'Not allowed', detail: `Only curators may ${action.replace('_', ' ')}.` });
      throw new ProblemException(409, {
        type: 'wrong-state',
        title: 'Transition not possible',
        detail: `Cannot ${action.replace('_', ' ')} "${slug}" while it is ${record.state}${check.allowedFrom ? ` (only from ${check.allowedFrom.join(' or ')})` : ''}.`,
      });
    }
    if (record.revision !== revision) throw await this.staleOrMoved(slug, revision, by);
    if (action === 'request_changes' && !comment) throw validationProblem([{ path: 'comment', message: 'say what needs to change' }]);
    if (action === 'publish' && record.lastEditorId === by.id) {
      throw new ProblemException(403, { type: 'four-eyes', title: 'A second curator must publish', detail: FOUR_EYES });
    }
    if (action === 'discard_draft' && !record.published) {
      throw new ProblemException(409, { type: 'wrong-state', title: 'Nothing to fall back to', detail: 'This record was never published; retire or keep editing it.' });
    }

    const events: OutboxEntry[] = [];
    let set: Partial<MaterialRecord> = { state: check.to };
    let diff: unknown[] = [];
    let searchChanged = false;
    switch (action) {
      case 'request_changes':
        set = { ...set, reviewComment: comment ?? null };
        break;
      case 'submit':
        set = { ...set, reviewComment: null };
        break;
      case 'publish': {
        const version = record.publishedVersion + 1;
        const now = new Date();
        diff = createPatch(record.published ?? {}, record.draft!);
        set = {
          ...set,
          published: record.draft,
          draft: null,
          listed: true,
          publishedVersion: version,
          publishedAt: now,
          publishedBy: by.id,
          reviewComment: null,
          sortName: record.draft!.name.toLowerCase(),
        };
        events.push({ id: randomUUID(), kind: 'version', payload: { version, content: record.draft, publishedBy: by.id, publishedAt: now } });
        searchChanged = true;
        break;
      }
      case 'retire':
        set = { ...set, listed: false };
        searchChanged = true;
        break;
      case 'restore':
        set = { ...set, listed: true };
        searchChanged = true;
        break;
      case 'discard_draft':
        diff = createPatch(record.draft ?? {}, record.published ?? {});
        set = { ...set, draft: null };
        break;
    }
    events.unshift(audit(by, action, diff, { slug, fromState: record.state, toState: check.to, comment }));
    const updated = await this.materials.updateIf(record._id, { state: [record.state], revision }, set, events, searchChanged);
    if (!updated) throw await this.staleOrMoved(slug, revision, by);
    return this.toView(updated, by);
  }

  async auditTrail(slug: string, by: Principal): Promise<(AuditView & { actor: PersonRef })[]> {
    const record = await this.load(slug, by);
    await this.materials.flushOutbox(record);
    const events = await this.auditLog.list('material', slug);
    const names = await this.directory.userNames(events.map((e) => e.actorId));
    return events.map((e) => ({ ...e, actor: DirectoryService.ref(names, e.actorId)! }));
  }
}
