import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino, LevelWithSilent } from 'pino';

/** One JSON line per event on stdout; `reqId` ties a line to its request. */
export function createRootLogger(level: LevelWithSilent): Pino {
  return pino({
    level,
    base: { service: 'biomat-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], remove: true },
  });
}

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/** Routes Nest's own logger calls into pino, keeping objects as structured fields. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  private write(level: Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    let msg: string | undefined;
    if (message && typeof message === 'object' && !(message instanceof Error)) Object.assign(fields, message);
    else if (message instanceof Error) fields.err = { type: message.name, message: message.message, stack: message.stack };
    else msg = String(message);
    for (const p of rest) {
      if (typeof p === 'string') {
        if (msg === undefined) msg = p;
        else fields.stack = p;
      } else if (p !== undefined) Object.assign(fields, { extra: p });
    }
    this.pino[level](fields, msg);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
}
