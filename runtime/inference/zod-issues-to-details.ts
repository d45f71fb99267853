import { type z } from 'zod';
import { type ErrorDetail } from './inference-error';

/**
 * Turns zod issues into the error details of the documented error body, with JSON Pointer paths.
 *
 * @param error the zod error of a failed `safeParse`
 * @returns one detail per issue (at most 10), path like `/inputs/0/shape`
 * @example
 * const r = z.object({ a: z.number() }).safeParse({ a: 'x' });
 * if (!r.success) zodIssuesToDetails(r.error); // [{ path: '/a', message: 'Invalid input: expected number, received string' }]
 */
export function zodIssuesToDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.slice(0, 10).map((issue) => ({
    path: issue.path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
    message: issue.message,
  }));
}
