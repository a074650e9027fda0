import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SEARCH_CONCEPT_STATE_MODEL, SEARCH_HINT_MODEL, SearchConceptStateSchema, SearchHintSchema } from './search-hint.schema';
import { SearchQueueService } from './search-queue.service';

/** Global so that catalogue and vocabulary can signal changes without depending on the search module. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([
      { name: SEARCH_HINT_MODEL, schema: SearchHintSchema },
      { name: SEARCH_CONCEPT_STATE_MODEL, schema: SearchConceptStateSchema },
    ])],
  providers: [SearchQueueService],
  exports: [SearchQueueService],
})
export class SearchQueueModule {}
