import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemFieldError {
  /** Where the problem is, e.g. `properties[2].unit` or `query.perPage`. */
  path: string;
  message: string;
}

/** An RFC 9457 problem details object, with our `requestId` and `errors[]` extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

export interface ProblemOptions {
  /** Short kebab-case identifier; becomes the type URI `/problems/<type>`. Omit for a plain HTTP error. */
  type?: string;
  title?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export const problemTypeUri = (type?: string): string => (type ? `/problems/${type}` : 'about:blank');

export const statusTitle = (status: number): string => STATUS_CODES[status] ?? 'Error';

/** Throw this for any expected failure that should reach the client as problem+json. */
export class ProblemException extends HttpException {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;

  constructor(status: HttpStatus | number, options: ProblemOptions = {}) {
    const problem: ProblemDetails = {
      type: problemTypeUri(options.type),
      title: options.title ?? statusTitle(status),
      status,
      ...(options.detail !== undefined && { detail: options.detail }),
      ...(options.errors && { errors: options.errors }),
      ...options.extensions,
    };
    super(problem, status);
    this.problem = problem;
    this.headers = options.headers ?? {};
  }
}

export const validationProblem = (errors: ProblemFieldError[], detail?: string): ProblemException =>
  new ProblemException(HttpStatus.BAD_REQUEST, {
    type: 'validation-error',
    title: 'Your request is not valid',
    detail: detail ?? `${errors.length} field${errors.length === 1 ? '' : 's'} failed validation; see errors[].`,
    errors,
  });
