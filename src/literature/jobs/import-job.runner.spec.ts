import { ImportRecordResult } from '../publication.types';
import { JOB_PROBLEMS_KEPT, pageUpdate } from './import-job.runner';

describe('pageUpdate', () => {
  const r = (position: number, status: ImportRecordResult['status']): ImportRecordResult => ({ position, status, errors: status === 'invalid' || status === 'conflict' ? ['bad'] : [] });

  it('moves fetched to the next retstart and counts each status of the page', () => {
    const u = pageUpdate({ problems: [] }, 6, [r(4, 'created'), r(5, 'merged'), r(6, 'unchanged'), r(7, 'invalid'), r(8, 'conflict'), r(9, 'created')]);
    expect(u.$set).toEqual({ fetched: 6, problems: [r(7, 'invalid'), r(8, 'conflict')] });
    expect(u.$inc).toEqual({ created: 2, merged: 1, unchanged: 1, invalid: 1, conflicts: 1, problemsOmitted: 0 });
  });

  it('keeps the first problems and counts the rest', () => {
    const earlier = Array.from({ length: JOB_PROBLEMS_KEPT - 1 }, (_, i) => r(i + 1, 'invalid'));
    const u = pageUpdate({ problems: earlier }, 200, [r(150, 'invalid'), r(151, 'conflict'), r(152, 'invalid')]);
    expect(u.$set.problems).toHaveLength(JOB_PROBLEMS_KEPT);
    expect((u.$set.problems as ImportRecordResult[]).at(-1)).toEqual(r(150, 'invalid'));
    expect(u.$inc).toMatchObject({ invalid: 2, conflicts: 1, problemsOmitted: 2 });
  });
});
