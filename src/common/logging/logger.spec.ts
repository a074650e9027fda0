import pino from 'pino';
import { Writable } from 'node:stream';
import { PinoNestLogger } from './logger';

function capture(): { lines: Record<string, unknown>[]; logger: PinoNestLogger } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: new PinoNestLogger(pino({ base: undefined }, sink)) };
}

describe('PinoNestLogger', () => {
  it('writes one JSON object per call, with the Nest context as a field', () => {
    const { lines, logger } = capture();
    logger.log('Nest application successfully started', 'NestApplication');
    logger.error({ reqId: 'r1', error: { message: 'boom' } }, 'request failed', 'http');
    expect(lines[0]).toMatchObject({ level: 30, msg: 'Nest application successfully started', context: 'NestApplication' });
    expect(lines[1]).toMatchObject({ level: 50, msg: 'request failed', context: 'http', reqId: 'r1', error: { message: 'boom' } });
  });
});
