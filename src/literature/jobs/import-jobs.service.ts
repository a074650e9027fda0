import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { Page, skipOf } from '../../common/http/pagination';
import { ProblemException } from '../../common/problem/problem';
import { ImportJobRecord, ImportJobState, ImportRecordResult, ImportStatus } from '../publication.types';
import { IMPORT_JOB_MODEL, IMPORT_RECORD_MODEL, ImportRecordEntry } from './import-job.schema';

export interface ImportJobView {
  id: string;
  query: string;
  maxRecords: number;
  state: ImportJobState;
  total: number | null;
  fetched: number;
  created: number;
  merged: number;
  unchanged: number;
  invalid: number;
  conflicts: number;
  problems: ImportRecordResult[];
  problemsOmitted: number;
  error: string | null;
  by: string;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export const OPEN_JOB_STATES: ImportJobState[] = ['queued', 'running'];

const jobNotFound = (id: string) => new ProblemException(404, { type: 'not-found', title: 'Import job not found', detail: `There is no literature import job "${id}".` });

export function jobView(j: ImportJobRecord): ImportJobView {
  return {
    id: j._id,
    query: j.query,
    maxRecords: j.maxRecords,
    state: j.state,
    total: j.total ?? null,
    fetched: j.fetched,
    created: j.created,
    merged: j.merged,
    unchanged: j.unchanged,
    invalid: j.invalid,
    conflicts: j.conflicts,
    problems: j.problems ?? [],
    problemsOmitted: j.problemsOmitted ?? 0,
    error: j.error ?? null,
    by: j.by,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
    startedAt: j.startedAt ?? null,
    finishedAt: j.finishedAt ?? null,
  };
}

/**
 * PubMed query import jobs as records: created queued, run by the ImportJobRunner (one instance,
 * under a lease), cancelled with one conditional update. And the full per-record lists of file
 * imports whose report outgrew what it keeps in memory.
 */
@Injectable()
export class ImportJobsService {
  constructor(
    @InjectModel(IMPORT_JOB_MODEL) private readonly jobs: Model<ImportJobRecord>,
    @InjectModel(IMPORT_RECORD_MODEL) private readonly entries: Model<ImportRecordEntry>,
  ) {}

  async create(query: string, maxRecords: number, by: string): Promise<ImportJobView> {
    const now = new Date();
    const job: ImportJobRecord = {
      _id: `ljob-${randomUUID()}`,
      query: query.trim(),
      maxRecords,
      state: 'queued',
      by,
      total: null,
      fetched: 0,
      created: 0,
      merged: 0,
      unchanged: 0,
      invalid: 0,
      conflicts: 0,
      problems: [],
      problemsOmitted: 0,
      webEnv: null,
      queryKey: null,
      revision: 1,
      error: null,
      createdAt: now,
      updatedAt: now,
      startedAt: null,
      finishedAt: null,
    };
    await this.jobs.create(job);
    return jobView(job);
  }

  async get(id: string): Promise<ImportJobView> {
    const job = await this.jobs.findById(id).lean<ImportJobRecord>();
    if (!job) throw jobNotFound(id);
    return jobView(job);
  }

  async list(page: { page: number; perPage: number }): Promise<Page<ImportJobView>> {
    const [items, total] = await Promise.all([this.jobs.find({}).sort({ createdAt: -1, _id: 1 }).skip(skipOf(page)).limit(page.perPage).lean<ImportJobRecord[]>(), this.jobs.countDocuments({})]);
    return { items: items.map(jobView), total, page: page.page, perPage: page.perPage };
  }

  /** Queued or running: cancelled at once (a running page's commit then fails, so the runner stops). Finished: 409. */
  async cancel(id: string, by: string): Promise<ImportJobView> {
    const now = new Date();
    const job = await this.jobs
      .findOneAndUpdate({ _id: id, state: { $in: OPEN_JOB_STATES } }, { $set: { state: 'cancelled', finishedAt: now, updatedAt: now, error: `Cancelled by ${by}.` }, $inc: { revision: 1 } }, { returnDocument: 'after' })
      .lean<ImportJobRecord>();
    if (job) return jobView(job);
    const existing = await this.get(id);
    throw new ProblemException(409, { type: 'job-finished', title: 'The job has finished', detail: `Job "${id}" is ${existing.state}; only a queued or running job can be cancelled.` });
  }

  /** The full per-record list of a file import, in file order (stored only when the report left entries out). */
  async records(importId: string, page: { page: number; perPage: number }): Promise<Page<ImportRecordResult>> {
    const [rows, total] = await Promise.all([
      this.entries.find({ importId }).sort({ position: 1 }).skip(skipOf(page)).limit(page.perPage).lean<ImportRecordEntry[]>(),
      this.entries.countDocuments({ importId }),
    ]);
    if (total === 0) throw new ProblemException(404, { type: 'not-found', title: 'Import report not found', detail: `There is no stored per-record list for import "${importId}" (only imports with more entries than their report keeps store one, for 30 days).` });
    return { items: rows.map((r) => ({ position: r.position, ...(r.id && { id: r.id }), status: r.status as ImportStatus, errors: r.messages })), total, page: page.page, perPage: page.perPage };
  }
}
