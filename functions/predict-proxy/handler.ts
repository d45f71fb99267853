import { type ProxyAnswer, type ProxyRequest } from '../../runtime/predict-proxy/types';
import { type FnContext, type FnRawResult } from '../inference/fdk';

export interface ProxyFnHandlerOptions {
  /** Answers one request (forwardPredict with the function's configuration and signed sender). */
  readonly forward: (req: ProxyRequest) => Promise<ProxyAnswer>;
  /** The FDK's `rawResult`, which writes the body as is. */
  readonly rawResult: (body: Buffer) => FnRawResult;
}

/**
 * Adapts the predict proxy to the Fn FDK behind an API Gateway `ORACLE_FUNCTIONS_BACKEND` route: the
 * method and `Content-Type` come from the gateway's `Fn-Http-*` headers (a direct `fn invoke` is a
 * POST of JSON), the status goes back in `Fn-Http-Status`, the body unchanged; the request id is the
 * gateway's `opc-request-id`, else the Fn call id. The request path is ignored: the function serves
 * exactly one model deployment, named in its configuration.
 *
 * @param options - the forwarder and the FDK's `rawResult`
 * @returns the FDK handler `(body, ctx)`
 * @throws never: forward answers every failure
 * @example
 * fdk.handle(createProxyFnHandler({ forward: (req) => forwardPredict(req, config, send), rawResult: fdk.rawResult }), { inputMode: 'buffer' });
 */
export function createProxyFnHandler(options: ProxyFnHandlerOptions): (input: Buffer, ctx: FnContext) => Promise<FnRawResult> {
  return async (input, ctx) => {
    const gateway = ctx.httpGateway;
    const answer = await options.forward({
      method: gateway.method ?? 'POST',
      contentType: gateway.getHeader('Content-Type') ?? ctx.getHeader('Content-Type'),
      body: Buffer.isBuffer(input) ? input : Buffer.from(String(input ?? '')),
      requestId: gateway.getHeader('opc-request-id') ?? ctx.callID ?? 'unknown',
    });
    gateway.statusCode = answer.status;
    for (const [k, v] of Object.entries(answer.headers)) {
      if (k === 'content-type') ctx.responseContentType = v;
      else gateway.setResponseHeader(k, v);
    }
    return options.rawResult(answer.body);
  };
}
