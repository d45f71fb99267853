/**
 * The Data Science predict proxy function (Fn FDK, http-stream over the unix socket in FN_LISTENER):
 * the API Gateway route of a `datascience` ModelEndpoint calls it, and it forwards the request to the
 * model deployment's `/predict`, signed with the function's resource principal (model deployment
 * predict endpoints accept only OCI-signed requests). Configuration (ModelEndpoint writes it):
 *
 * - MODEL_DEPLOYMENT_URL (required): the deployment's URL; the proxy calls `<url>/predict` and nothing else
 * - UPSTREAM_TIMEOUT_SEC (60), MAX_BODY_BYTES (1048576), MAX_RESPONSE_BYTES (6291456)
 */
import { createAuthProvider } from '../../runtime/oci/auth';
import { createSignedSender } from '../../runtime/predict-proxy/adapters/create-signed-sender';
import { forwardPredict } from '../../runtime/predict-proxy/forward-predict';
import { type ProxyConfig, readProxyConfig } from '../../runtime/predict-proxy/read-proxy-config';
import { type PredictSender, type ProxyAnswer } from '../../runtime/predict-proxy/types';
import { handle, rawResult } from '../inference/fdk';
import { createProxyFnHandler } from './handler';

let config: ProxyConfig | undefined;
let configError = '';
try {
  config = readProxyConfig(process.env);
} catch (err) {
  // A bad configuration must not crash the container in a loop: every call answers 503 with the reason.
  configError = (err as Error).message;
  process.stderr.write(`predict-proxy: ${configError}\n`);
}

let sender: Promise<PredictSender> | undefined;
function signedSender(): Promise<PredictSender> {
  sender ??= createAuthProvider().then(createSignedSender);
  sender.catch(() => {
    sender = undefined;
  });
  return sender;
}

function unavailable(requestId: string, message: string): ProxyAnswer {
  const body = { error: { code: 'proxy_not_ready', message, details: [{ path: '', message: 'see the function log' }] } };
  return { status: 503, headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: Buffer.from(JSON.stringify(body)) };
}

/** Stops the FDK's listener (tests; the Fn platform stops the container instead). */
export const stopPredictProxy = handle(createProxyFnHandler({
  forward: async (req) => {
    if (!config) return unavailable(req.requestId, configError);
    let send: PredictSender;
    try {
      send = await signedSender();
    } catch (err) {
      return unavailable(req.requestId, `no OCI credentials to sign with: ${(err as Error).message}`);
    }
    const answer = await forwardPredict(req, config, send);
    if (answer.status >= 502) process.stderr.write(`predict-proxy: ${req.requestId}: ${answer.status} ${answer.body.toString('utf8').slice(0, 500)}\n`);
    return answer;
  },
  rawResult,
}), { inputMode: 'buffer' });
