/**
 * API capabilities the UI relies on. `rangeMissing`: the search API's `missing=<field>,...` keeps
 * materials without a value under a range filter (the "include materials without this value" toggle).
 */
export const API_FEATURES = { rangeMissing: true };

import { useQuery } from '@tanstack/react-query';
import type { Problem } from './client';
import { auth } from '../auth/tokens';

/**
 * Whether the API has a route (a feature another change adds): anything but the unknown-route 404
 * ("No such route: ...") counts as present, an unreachable server as absent.
 */
export async function routeExists(path: string): Promise<boolean> {
  const token = auth.accessToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => null);
  if (!res) return false;
  if (res.status !== 404) return true;
  const problem = (await res.json().catch(() => ({}))) as Problem;
  return !String(problem.detail ?? '').startsWith('No such route');
}

export const useRouteExists = (path: string, enabled = true) =>
  useQuery({ queryKey: ['route-exists', path], enabled, staleTime: Infinity, retry: false, queryFn: () => routeExists(path) }).data === true;
