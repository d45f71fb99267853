import { type AssembledImage } from '../assemble-image';

/** What a probe gets: the assembled image and a scratch folder for sockets, data and HOME. */
export interface ProbeContext {
  readonly image: AssembledImage;
  readonly scratch: string;
}

/**
 * Starts the image and sends it one real request (or runs the job once), asserting the answer.
 * Resolves with one line per assertion that held; rejects on the first that did not.
 */
export type Probe = (ctx: ProbeContext) => Promise<string[]>;

/**
 * Asserts `ok`; the error carries `what` and the process output, so a failing image explains itself.
 * @returns `what`, for the probe's list of passed assertions
 */
export function expectThat(ok: boolean, what: string, output: () => string): string {
  if (!ok) throw new Error(`expected ${what}\n--- process output ---\n${output().slice(-4000)}`);
  return what;
}

/** The body as a JSON object, or undefined when it is not one (the assertion then shows the raw text). */
export function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
