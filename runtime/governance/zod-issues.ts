import { type z } from 'zod';

/** One validation problem: a dotted path into the input (`(root)` for the document) and what is wrong. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Flattens a zod error into `path: message` pairs for error messages and the `details` of API errors.
 *
 * @param error - a failed `safeParse` error.
 * @returns one entry per issue, in zod's order.
 * @example
 * zodIssues(z.object({ a: z.number() }).safeParse({ a: 'x' }).error!); // [{ path: 'a', message: 'Invalid input: expected number, received string' }]
 */
export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.length ? issue.path.map(String).join('.') : '(root)', message: issue.message }));
}
