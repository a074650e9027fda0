import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { auth } from '../auth/tokens';

/** A problem+json answer of the API, kept whole so that forms can show field errors where they belong. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
}

/** An API failure in plain words (`message`), with the field errors when the API named fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(plainMessage(status, problem));
  }
  /** The API's message for one field (`path` as the API names it, e.g. `packSize.amount`). */
  field(path: string): string | undefined {
    return this.problem.errors?.find((e) => e.path === path || e.path.endsWith(`.${path}`))?.message;
  }
}

export function plainMessage(status: number, p: Problem): string {
  if (status === 0) return 'The server cannot be reached. Check your connection and try again; nothing was lost.';
  if (status === 401) return 'Please sign in to do this.';
  if (status === 403) return 'Your account is not allowed to do this.';
  if (status === 409) return p.detail ?? 'Someone else changed this in the meantime. Reload to see their change, then try again.';
  if (status === 429) return 'Too many attempts. Wait a minute and try again.';
  if (status === 503) return 'The service is briefly unavailable. Try again in a few seconds.';
  if (status >= 500) return `Something went wrong on our side.${p.requestId ? ` If it keeps happening, quote request id ${p.requestId}.` : ''}`;
  const fields = p.errors?.length ? ` ${p.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}` : '';
  return `${p.detail ?? p.title ?? 'The request was refused.'}${p.errors?.length && !p.detail ? '' : ''}${fields && !p.detail?.includes(p.errors![0].message) ? fields : ''}`.trim();
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = auth.accessToken();
    if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

// `fetch` is looked up at each call (openapi-fetch would keep the one present at start), so tests can stub it.
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', fetch: (request) => globalThis.fetch(request) });
api.use(authMiddleware);

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError. A 401 with a stored session refreshes
 * the tokens once and repeats the call.
 */
export async function call<R extends { data?: unknown; error?: unknown; response: Response }>(request: () => Promise<R>): Promise<NonNullable<R['data']>> {
  let res: R;
  try {
    res = await request();
    if (res.response.status === 401 && (await auth.refresh())) res = await request();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(0, { detail: (err as Error).message });
  }
  if (!res.response.ok) throw new ApiError(res.response.status, (res.error ?? {}) as Problem);
  return res.data as NonNullable<R['data']>;
}
