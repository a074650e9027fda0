import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SEARCH_HINT_MODEL, SearchHintSchema } from './search-hint.schema';
import { SearchQueueService } from './search-queue.service';

/** Global so that catalogue and vocabulary can signal changes without depending on the search module. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: SEARCH_HINT_MODEL, schema: SearchHintSchema }])],
  providers: [SearchQueueService],
  exports: [SearchQueueService],
})
export class SearchQueueModule {}
