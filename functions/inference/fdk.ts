/**
 * Typed access to the parts of `@fnproject/fdk` (which ships no type declarations) the inference
 * function uses: `handle` (http-stream over the unix socket in FN_LISTENER) and `rawResult`.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fdk = require('@fnproject/fdk') as FnFdk;

/** The invocation context the FDK passes to the handler. */
export interface FnContext {
  getHeader(key: string): string | null;
  readonly callID: string | null;
  responseContentType: string | null;
  setResponseHeader(key: string, ...values: string[]): void;
  readonly httpGateway: {
    readonly requestURL: string | null;
    readonly method: string | null;
    getHeader(key: string): string | null;
    statusCode: number;
    setResponseHeader(key: string, ...values: string[]): void;
  };
}

/** A value the FDK writes as is (no JSON encoding). */
export type FnRawResult = { readonly __fnRawResult: true };

export interface FnFdk {
  handle(fn: (input: Buffer, ctx: FnContext) => Promise<unknown> | unknown, options?: { inputMode?: 'buffer' | 'string' | 'json' }): () => void;
  rawResult(body: string | Buffer): FnRawResult;
}

export const handle = fdk.handle.bind(fdk);
export const rawResult = fdk.rawResult.bind(fdk);
