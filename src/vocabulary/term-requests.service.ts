import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, isValidObjectId } from 'mongoose';
import { Principal, isCurator } from '../accounts/auth/principal';
import { Page, skipOf } from '../common/http/pagination';
import { serializedWrite } from '../common/mongo/write-locks';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { TERM_REQUEST_MODEL, TermRequest } from './term-request.schema';
import { AcceptTermRequestDto, CreateTermRequestDto } from './vocabulary.dto';
import { VocabularyService } from './vocabulary.service';

export interface TermRequestView {
  id: string;
  kind: TermRequest['kind'];
  scheme: string;
  label: string;
  lang: string;
  conceptId: string | null;
  labelType: 'alt' | 'hidden';
  broader: string | null;
  definition: string | null;
  note: string | null;
  status: TermRequest['status'];
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  resultConceptId: string | null;
  createdAt: string;
}

const view = (r: TermRequest): TermRequestView => ({
  id: String(r._id),
  kind: r.kind,
  scheme: r.scheme,
  label: r.label,
  lang: r.lang,
  conceptId: r.conceptId ?? null,
  labelType: r.labelType,
  broader: r.broader ?? null,
  definition: r.definition ?? null,
  note: r.note ?? null,
  status: r.status,
  requestedBy: r.requestedBy,
  decidedBy: r.decidedBy ?? null,
  decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
  reason: r.reason ?? null,
  resultConceptId: r.resultConceptId ?? null,
  createdAt: new Date(r.createdAt).toISOString(),
});

const slugify = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/** Anyone signed in proposes a concept or a synonym; a curator accepts (creating or merging) or rejects. */
@Injectable()
export class TermRequestsService {
  constructor(
    @InjectModel(TERM_REQUEST_MODEL) private readonly requests: Model<TermRequest>,
    private readonly vocabulary: VocabularyService,
  ) {}

  async create(dto: CreateTermRequestDto, by: Principal): Promise<TermRequestView> {
    if (dto.kind === 'synonym') {
      if (!dto.conceptId) throw validationProblem([{ path: 'conceptId', message: 'a synonym request names the concept it belongs to' }]);
      if (!(await this.vocabulary.exists(dto.conceptId))) throw validationProblem([{ path: 'conceptId', message: `unknown concept "${dto.conceptId}"` }]);
    }
    if (dto.broader && !(await this.vocabulary.exists(dto.broader))) throw validationProblem([{ path: 'broader', message: `unknown concept "${dto.broader}"` }]);
    const created = await this.requests.create({ ...dto, requestedBy: by.id, status: 'pending' });
    return view(created.toObject());
  }

  async list(query: { status?: string; page: number; perPage: number }, by: Principal): Promise<Page<TermRequestView>> {
    const filter: Record<string, unknown> = {};
    if (query.status) filter.status = query.status;
    if (!isCurator(by)) filter.requestedBy = by.id; // others see only their own
    const [rows, total] = await Promise.all([
      this.requests.find(filter).sort({ createdAt: -1, _id: -1 }).skip(skipOf(query)).limit(query.perPage).lean<TermRequest[]>(),
      this.requests.countDocuments(filter),
    ]);
    return { items: rows.map(view), total, page: query.page, perPage: query.perPage };
  }

  private async load(id: string): Promise<TermRequest> {
    const found = isValidObjectId(id) ? await this.requests.findById(id).lean<TermRequest>() : null;
    if (!found) throw new ProblemException(404, { type: 'not-found', title: 'Term request not found', detail: `No term request "${id}".` });
    return found;
  }

  /** Moves a pending request to a decision with one conditional update (two curators cannot both decide). */
  private async decide(id: string, update: Partial<TermRequest>): Promise<TermRequestView> {
    const decided = await serializedWrite('term_requests', id, () =>
      this.requests
        .findOneAndUpdate({ _id: new Types.ObjectId(id), status: 'pending' }, { $set: { ...update, decidedAt: new Date() } }, { returnDocument: 'after' })
        .lean<TermRequest>()
        .exec(),
    );
    if (!decided) throw new ProblemException(409, { type: 'already-decided', title: 'Already decided', detail: 'This term request is no longer pending.' });
    return view(decided);
  }

  async accept(id: string, dto: AcceptTermRequestDto, by: Principal): Promise<TermRequestView> {
    const request = await this.load(id);
    if (request.status !== 'pending') throw new ProblemException(409, { type: 'already-decided', title: 'Already decided', detail: 'This term request is no longer pending.' });
    let resultConceptId: string;
    if (request.kind === 'synonym' || dto.mergeInto) {
      resultConceptId = (dto.mergeInto ?? request.conceptId)!;
      await this.vocabulary.addLabel(resultConceptId, request.lang, request.label, request.kind === 'synonym' ? request.labelType : 'alt');
    } else {
      resultConceptId = `${request.scheme}/${dto.slug ?? slugify(request.label)}`;
      await this.vocabulary.create({
        id: resultConceptId,
        prefLabel: { [request.lang]: request.label, ...(request.lang !== 'en' && { en: request.label }) },
        definition: request.definition ? { [request.lang]: request.definition } : {},
        broader: request.broader ? [request.broader] : [],
      });
    }
    return this.decide(id, { status: 'accepted', decidedBy: by.id, resultConceptId });
  }

  async reject(id: string, reason: string, by: Principal): Promise<TermRequestView> {
    await this.load(id);
    return this.decide(id, { status: 'rejected', decidedBy: by.id, reason });
  }
}
