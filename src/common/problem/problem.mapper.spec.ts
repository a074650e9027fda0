import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ProblemException } from './problem';
import { mapErrorToProblem } from './problem.mapper';

describe('mapErrorToProblem', () => {
  it('keeps a ProblemException as thrown, with its headers', () => {
    const err = new ProblemException(503, { type: 'search-unavailable', detail: 'down', headers: { 'retry-after': '3' }, extensions: { x: 1 } });
    expect(mapErrorToProblem(err)).toEqual({
      problem: { type: '/problems/search-unavailable', title: 'Service Unavailable', status: 503, detail: 'down', x: 1 },
      headers: { 'retry-after': '3' },
      unexpected: false,
    });
  });

  it('turns Nest HTTP exceptions into about:blank problems', () => {
    expect(mapErrorToProblem(new BadRequestException('nope')).problem).toEqual({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'nope' });
    expect(mapErrorToProblem(new NotFoundException('Cannot GET /x')).problem.detail).toBe('No such route: GET /x. See /docs for the API.');
  });

  it('explains Fastify body errors in plain words', () => {
    const wrapped = new HttpException('raw', 415, { cause: { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 } });
    expect(mapErrorToProblem(wrapped).problem.detail).toBe('This Content-Type is not accepted here; send application/json.');
  });

  it('maps duplicate keys to 409 and hides everything else behind a 500', () => {
    expect(mapErrorToProblem(Object.assign(new Error('E11000 dup key { email: "a@b" }'), { code: 11000 })).problem).toMatchObject({ status: 409 });
    const crash = mapErrorToProblem(new Error('secret connection string mongodb://user:pw@host'));
    expect(crash.unexpected).toBe(true);
    expect(crash.problem.status).toBe(500);
    expect(JSON.stringify(crash.problem)).not.toContain('mongodb://');
  });
});
