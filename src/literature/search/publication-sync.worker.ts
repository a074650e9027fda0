import { Injectable } from '@nestjs/common';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { LeasesService } from '../../common/leases/leases.service';
import { IndexSyncWorker } from '../../search/index-sync.worker';
import { SearchQueueService } from '../../search/queue/search-queue.service';
import { SearchIndexService } from '../../search/search-index.service';
import { PublicationSearchRow } from '../literature.service';
import { PublicationsIndex } from './publications-index';

/** Keeps the publications index in step with MongoDB: the shared IndexSyncWorker over PublicationsIndex. */
@Injectable()
export class PublicationSyncWorker extends IndexSyncWorker<PublicationSearchRow> {
  constructor(@InjectConfig() config: AppConfig, indexes: SearchIndexService, queue: SearchQueueService, leases: LeasesService, definition: PublicationsIndex) {
    super(config, indexes, queue, leases, definition);
  }
}
