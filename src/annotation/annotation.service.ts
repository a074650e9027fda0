import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ProblemException } from '../common/problem/problem';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { seedDir } from '../seed/seed-dir';
import { CONCEPT_MODEL, Concept } from '../vocabulary/concept.schema';
import { loadMeshDescriptors } from '../vocabulary/mesh';
import { annotate, compileDictionary, Dictionary, AnnotateResult, ENGINE_VERSION, EngineConcept } from './engine';
import { ANNOTATE_MAX_BYTES } from './annotation.dto';

/** How often a request may look whether the vocabulary changed (another instance may have changed it). */
const FRESHNESS_MS = 500;
const WINDOW_MS = 60_000;

/**
 * Annotates texts with a dictionary compiled from the vocabulary in MongoDB. The dictionary is
 * keyed by a fingerprint of every concept's id and revision: a label added, a concept changed or
 * removed (on this instance or another) gives a new fingerprint and a rebuild on the next request.
 */
@Injectable()
export class AnnotationService {
  private readonly log = new Logger('Annotation');
  private dict: Dictionary | null = null;
  private checkedAt = 0;
  private building: Promise<Dictionary> | null = null;
  private mesh: Map<string, string> | null = null;
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    @InjectModel(CONCEPT_MODEL) private readonly concepts: Model<Concept>,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async annotate(input: { text: string; title?: string }, ip: string): Promise<AnnotateResult> {
    this.throttle(ip);
    const bytes = Buffer.byteLength(input.text, 'utf8') + Buffer.byteLength(input.title ?? '', 'utf8');
    if (bytes > ANNOTATE_MAX_BYTES)
      throw new ProblemException(413, { type: 'too-large', title: 'Text too long', detail: `Send at most ${ANNOTATE_MAX_BYTES / 1024} kB of text (title and text together) per request; this one has ${Math.ceil(bytes / 1024)} kB.` });
    const dict = await this.dictionary();
    return annotate(dict, { text: input.text, title: input.title });
  }

  /** The dictionary of the current vocabulary (rebuilt when a concept changed since the last look). */
  async dictionary(): Promise<Dictionary> {
    if (this.dict && Date.now() - this.checkedAt < FRESHNESS_MS) return this.dict;
    if (!this.building) {
      this.building = this.refresh().finally(() => {
        this.building = null;
      });
    }
    return this.building;
  }

  private async refresh(): Promise<Dictionary> {
    const rows = await this.concepts.find({}, { _id: 1, revision: 1 }).sort({ _id: 1 }).lean<{ _id: string; revision?: number }[]>();
    const hash = createHash('sha256');
    for (const r of rows) hash.update(`${r._id}\u0000${r.revision ?? 0}\n`);
    const revision = `${ENGINE_VERSION}:${rows.length}:${hash.digest('hex').slice(0, 16)}`;
    this.checkedAt = Date.now();
    if (this.dict?.revision === revision) return this.dict;
    const started = Date.now();
    const concepts = await this.concepts.find({}, { _id: 1, scheme: 1, prefLabel: 1, altLabels: 1, hiddenLabels: 1, exactMatch: 1, closeMatch: 1, broader: 1, quantity: 1 }).lean<EngineConcept[]>();
    this.dict = compileDictionary(concepts, this.meshNames(), revision);
    this.log.log(`dictionary of ${concepts.length} concepts built in ${Date.now() - started} ms (revision ${revision})`);
    return this.dict;
  }

  private meshNames(): Map<string, string> {
    if (!this.mesh) {
      const file = join(seedDir(), 'mesh', 'descriptors.tsv');
      this.mesh = existsSync(file) ? loadMeshDescriptors(file) : new Map();
    }
    return this.mesh;
  }

  /** A fixed window per client address; 429 with Retry-After past the limit. */
  private throttle(ip: string): void {
    const now = Date.now();
    if (this.windows.size > 10_000) for (const [k, w] of this.windows) if (w.endsAt <= now) this.windows.delete(k);
    const w = this.windows.get(ip);
    if (!w || w.endsAt <= now) {
      this.windows.set(ip, { count: 1, endsAt: now + WINDOW_MS });
      return;
    }
    w.count++;
    if (w.count > this.config.annotation.perIpPerMinute) {
      const retryAfter = Math.max(1, Math.ceil((w.endsAt - now) / 1000));
      throw new ProblemException(429, { type: 'too-many-requests', title: 'Too many requests', detail: `This address may annotate ${this.config.annotation.perIpPerMinute} texts a minute; try again in ${retryAfter} s.`, headers: { 'retry-after': String(retryAfter) } });
    }
  }
}
