import type { Model } from 'mongoose';
import type { SearchQueueService } from '../search/queue/search-queue.service';
import type { Concept, ConceptScheme } from './concept.schema';
import { VocabularyService } from './vocabulary.service';

/** A concepts "model" whose reads resolve when the test says so. */
function controllableConcepts() {
  const pending: ((rows: Partial<Concept>[]) => void)[] = [];
  const model = { find: () => ({ lean: () => new Promise<Partial<Concept>[]>((resolve) => pending.push(resolve)) }) } as unknown as Model<Concept>;
  return { model, pending };
}

describe('VocabularyService.index cache', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps serving the previous map while an expired one reloads, but waits when asked for fresh data', async () => {
    const { model, pending } = controllableConcepts();
    const vocabulary = new VocabularyService(model, {} as Model<ConceptScheme>, {} as SearchQueueService);
    const first = vocabulary.index();
    pending.shift()!([{ _id: 'form/rod' }]);
    expect([...(await first).keys()]).toEqual(['form/rod']);

    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 31_000);
    // Expired: a reload starts, and the previous map answers at once (the reload has not resolved).
    expect([...(await vocabulary.index()).keys()]).toEqual(['form/rod']);
    expect([...(await vocabulary.index()).keys()]).toEqual(['form/rod']);
    expect(pending).toHaveLength(1);
    const fresh = vocabulary.index({ fresh: true });
    let settled = false;
    void fresh.then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    pending.splice(0).forEach((resolve) => resolve([{ _id: 'form/rod' }, { _id: 'form/powder' }]));
    expect([...(await fresh).keys()]).toEqual(['form/rod', 'form/powder']);
    expect([...(await vocabulary.index()).keys()]).toEqual(['form/rod', 'form/powder']);
  });
});
