import { HttpException, HttpStatus } from '@nestjs/common';
import { ProblemDetails, ProblemException, problemTypeUri, statusTitle } from './problem';

export interface MappedProblem {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True when the error is ours (a bug or an outage), to be logged with its stack. */
  unexpected: boolean;
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

const FASTIFY_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This Content-Type is not accepted here; send application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this server accepts.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty but Content-Type says JSON; send a JSON document or drop the header.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The body is not valid JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body.',
};

function fromHttpException(err: HttpException): MappedProblem {
  if (err instanceof ProblemException) return { problem: { ...err.problem }, headers: err.headers, unexpected: false };
  const status = err.getStatus();
  const response = err.getResponse();
  let detail: string | undefined;
  if (typeof response === 'string') detail = response;
  else if (response && typeof response === 'object' && 'message' in response) {
    const message = (response as { message: unknown }).message;
    detail = Array.isArray(message) ? message.join('; ') : String(message);
  }
  // Fastify's own errors (body parsing, limits) arrive wrapped, with the original as the cause.
  const code = (err.cause as FastifyLikeError | undefined)?.code;
  if (code && FASTIFY_DETAILS[code]) detail = FASTIFY_DETAILS[code];
  if (status === HttpStatus.NOT_FOUND && detail?.startsWith('Cannot ')) {
    detail = `No such route: ${detail.slice('Cannot '.length)}. See /docs for the API.`;
  }
  return {
    problem: { type: problemTypeUri(), title: statusTitle(status), status, ...(detail && detail !== statusTitle(status) && { detail }) },
    headers: {},
    unexpected: status >= 500,
  };
}

/** Turns anything thrown while serving a request into an RFC 9457 problem. */
export function mapErrorToProblem(err: unknown): MappedProblem {
  if (err instanceof HttpException) return fromHttpException(err);

  const fastifyError = err as FastifyLikeError;
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const detail = (fastifyError.code && FASTIFY_DETAILS[fastifyError.code]) ?? fastifyError.message;
    return { problem: { type: problemTypeUri(), title: statusTitle(status), status, ...(detail && { detail }) }, headers: {}, unexpected: false };
  }
  if (fastifyError?.code === 'E11000' || (err as { code?: number })?.code === 11000) {
    return {
      problem: { type: problemTypeUri('conflict'), title: 'Conflict', status: 409, detail: 'A record with the same unique value already exists.' },
      headers: {},
      unexpected: false,
    };
  }
  return {
    problem: {
      type: problemTypeUri(),
      title: statusTitle(500),
      status: 500,
      detail: 'An unexpected error occurred. Quote the request id if you report it.',
    },
    headers: {},
    unexpected: true,
  };
}
