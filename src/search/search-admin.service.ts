import { Injectable } from '@nestjs/common';
import { DriftReport, ReindexProgress, ReindexReport, SearchIndexAdmin } from './index-admin';
import { MaterialsIndex } from './materials-index';

export type { DriftReport, ReindexProgress, ReindexReport } from './index-admin';

/** Reindex with zero downtime, and the drift check between MongoDB and the materials index (see SearchIndexAdmin). */
@Injectable()
export class SearchAdminService {
  constructor(
    private readonly admin: SearchIndexAdmin,
    private readonly materials: MaterialsIndex,
  ) {}

  reindex(onProgress?: (p: ReindexProgress) => void | Promise<void>): Promise<ReindexReport> {
    return this.admin.reindex(this.materials, onProgress);
  }

  check(settleMs?: number): Promise<DriftReport> {
    return this.admin.check(this.materials, settleMs);
  }
}
