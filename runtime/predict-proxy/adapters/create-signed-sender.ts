import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import * as common from 'oci-common';
import { type PredictSender, UpstreamFailure, type UpstreamResponse } from '../types';

/**
 * Creates the sender that signs each predict request with OCI request signing (oci-common's
 * DefaultRequestSigner: `(request-target)`, host, x-date, content-type, content-length and
 * x-content-sha256) and sends it over keep-alive connections, so that a warm function reuses its TLS
 * session to the model deployment. The deadline covers the whole exchange; the response body is read
 * up to the request's `maxResponseBytes`. A 401 answer with a refreshable provider (resource
 * principal) refreshes its session token and sends once more, as the SDK clients do: the token may
 * expire between signing and checking.
 *
 * Not the `oci-modeldeployment` SDK client: its `predict` parses the answer as JSON, drops its
 * content type, retries POSTs and turns every non-2xx into an error without the body, where the
 * proxy must relay status, content type and body as they are.
 *
 * @param auth - who signs: the function's resource principal (createAuthProvider), a config file locally
 * @returns the sender; it rejects with UpstreamFailure (`timeout`, `unreachable`, `response_too_large`)
 * @throws Error from the signer when the credentials cannot sign (resource principal not available)
 * @example
 * const send = createSignedSender(await createAuthProvider());
 */
export function createSignedSender(auth: common.AuthenticationDetailsProvider): PredictSender {
  const signer = new common.DefaultRequestSigner(auth);
  const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 16 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 16 }) };
  const refreshable = auth as common.AuthenticationDetailsProvider & { refresh?: () => Promise<unknown> };
  const sendOnce: PredictSender = async (req) => {
    const headers = new Headers({ 'content-type': req.contentType, 'opc-request-id': req.requestId, accept: 'application/json, */*' });
    await signer.signHttpRequest({ method: 'POST', uri: req.url, headers, body: req.body });
    const url = new URL(req.url);
    const secure = url.protocol === 'https:';
    return new Promise<UpstreamResponse>((resolve, reject) => {
      let settled = false;
      const finish = (err: UpstreamFailure | null, res?: UpstreamResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(res!);
      };
      const onResponse = (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > req.maxResponseBytes) {
            res.destroy();
            finish(new UpstreamFailure('response_too_large', `answer exceeds ${req.maxResponseBytes} bytes`));
          } else {
            chunks.push(chunk);
          }
        });
        res.on('end', () => finish(null, {
          status: res.statusCode ?? 0,
          contentType: headerValue(res.headers['content-type']),
          opcRequestId: headerValue(res.headers['opc-request-id']),
          body: Buffer.concat(chunks),
        }));
        res.on('error', (e) => finish(new UpstreamFailure('unreachable', `answer interrupted: ${e.message}`)));
      };
      const call = (secure ? httpsRequest : httpRequest)(url, { method: 'POST', headers: Object.fromEntries(headers), agent: secure ? agents.https : agents.http }, onResponse);
      const timer = setTimeout(() => {
        finish(new UpstreamFailure('timeout', `no answer within ${req.timeoutMs} ms`));
        call.destroy();
      }, req.timeoutMs);
      call.on('error', (e) => finish(new UpstreamFailure('unreachable', e.message)));
      call.end(req.body);
    });
  };
  return async (req) => {
    const res = await sendOnce(req);
    if (res.status !== 401 || typeof refreshable.refresh !== 'function') return res;
    await refreshable.refresh();
    return sendOnce(req);
  };
}

function headerValue(v: string | string[] | undefined): string | null {
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}
