import { type InferenceRouter } from '../../runtime/inference/create-inference-router';
import { type FnContext, type FnRawResult } from './fdk';

export interface FnHandlerOptions {
  /**
   * Prefix the API Gateway deployment adds before the routes (`/iris` for `/iris/predict`), removed
   * from `Fn-Http-Request-Url` before routing.
   * @default '' (none)
   */
  readonly pathPrefix?: string;
  /** Waits for the model to be loaded (cold start) before the first request is routed. */
  readonly ready?: Promise<unknown>;
  /** The FDK's `rawResult`, which writes the body without JSON-encoding it again. */
  readonly rawResult: (body: string | Buffer) => FnRawResult;
}

/**
 * Adapts the inference router to the Fn FDK: the route comes from the API Gateway's
 * `Fn-Http-Request-Url` and `Fn-Http-Method` headers (a direct `fn invoke` without them is a
 * `POST /predict`), the status goes back in `Fn-Http-Status`, and the request id is the gateway's
 * `opc-request-id`, else the Fn call id.
 *
 * @param router the shared router
 * @param options gateway path prefix, readiness promise, the FDK's `rawResult`
 * @returns the FDK handler `(body, ctx)`
 * @example
 * fdk.handle(createFnHandler(router, { rawResult: fdk.rawResult, ready }), { inputMode: 'buffer' });
 */
export function createFnHandler(router: InferenceRouter, options: FnHandlerOptions): (input: Buffer, ctx: FnContext) => Promise<FnRawResult> {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  return async (input, ctx) => {
    await options.ready;
    const gateway = ctx.httpGateway;
    const url = gateway.requestURL;
    let path = '/predict';
    if (url) {
      const q = url.indexOf('?');
      path = q >= 0 ? url.slice(0, q) : url;
      if (/^https?:\/\//.test(path)) path = new URL(path).pathname;
      if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) path = path.slice(prefix.length) || '/';
    }
    const method = gateway.method ?? 'POST';
    const requestId = gateway.getHeader('opc-request-id') ?? ctx.callID ?? undefined;
    const answer = await router.handle({
      method, path, body: Buffer.isBuffer(input) ? input : Buffer.from(String(input ?? '')), requestId,
      inferenceHeaderContentLength: gateway.getHeader('Inference-Header-Content-Length') ?? undefined,
    });
    gateway.statusCode = answer.status;
    for (const [k, v] of Object.entries(answer.headers)) {
      if (k === 'content-type') ctx.responseContentType = v;
      else gateway.setResponseHeader(k, v);
    }
    return options.rawResult(answer.body);
  };
}
