import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { mapErrorToProblem } from './problem.mapper';

/**
 * Sends every error as problem+json: thrown in handlers, raised by Fastify (body parsing, limits,
 * which Nest routes here wrapped in an HttpException) and unknown routes.
 */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers, unexpected } = mapErrorToProblem(exception);
    problem.instance = request.url.split('?')[0];
    problem.requestId = String(request.id);
    if (unexpected) {
      const e = exception as Error;
      this.logger.error({ reqId: request.id, error: { name: e?.name, message: e?.message, stack: e?.stack } }, 'request failed');
    }
    if (reply.sent) return;
    reply.status(problem.status).headers(headers).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
