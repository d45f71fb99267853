import { InferenceError } from '../inference/inference-error';
import { type ProxyConfig } from './read-proxy-config';
import { type PredictSender, type ProxyAnswer, type ProxyRequest, UpstreamFailure, type UpstreamResponse } from './types';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function answerError(err: InferenceError, requestId: string, extra: Record<string, string> = {}): ProxyAnswer {
  return { status: err.status, headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...extra }, body: Buffer.from(JSON.stringify(err.toBody())) };
}

/** The start of an upstream error body, for the details (never the whole of it). */
function excerpt(body: Buffer): string {
  const text = body.subarray(0, 300).toString('utf8').replace(/\s+/g, ' ').trim();
  return text.length ? text : '(empty body)';
}

/** Checks the caller's request; returns the body as text, or the refusal. */
function admit(req: ProxyRequest, config: ProxyConfig): string | InferenceError {
  if (req.method.toUpperCase() !== 'POST') {
    return new InferenceError(405, 'method_not_allowed', `${req.method} is not allowed: the predict route accepts POST only`, [{ path: '', message: 'use POST' }]);
  }
  if (req.body.length > config.maxBodyBytes) {
    return new InferenceError(413, 'payload_too_large', `request body is ${req.body.length} bytes; this endpoint accepts at most ${config.maxBodyBytes}`, [{ path: '', message: `at most ${config.maxBodyBytes} bytes` }]);
  }
  const media = (req.contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (media !== 'application/json') {
    return new InferenceError(415, 'unsupported_media_type', `Content-Type must be application/json, got ${JSON.stringify(req.contentType)}`, [{ path: '', message: 'send Content-Type: application/json' }]);
  }
  if (req.body.length === 0) {
    return new InferenceError(400, 'invalid_request', 'request body is empty', [{ path: '', message: 'send the prediction input as JSON' }]);
  }
  try {
    return UTF8.decode(req.body);
  } catch {
    return new InferenceError(400, 'invalid_request', 'request body is not UTF-8 text', [{ path: '', message: 'send the prediction input as UTF-8 JSON' }]);
  }
}

/** Maps an upstream answer: success and the caller's own mistakes pass through; the rest is our failure (502). */
function relay(res: UpstreamResponse, requestId: string, config: ProxyConfig): ProxyAnswer {
  const upstreamId: Record<string, string> = res.opcRequestId ? { 'x-upstream-request-id': res.opcRequestId } : {};
  const where = [{ path: '', message: `model deployment ${config.modelDeploymentId} answered ${res.status}${res.opcRequestId ? ` (opc-request-id ${res.opcRequestId})` : ''}: ${excerpt(res.body)}` }];
  // 401/403/404 from the deployment mean the proxy's identity may not call it, or it is gone: never the caller's fault.
  if (res.status === 401 || res.status === 403 || res.status === 404) {
    return answerError(new InferenceError(502, 'upstream_not_authorized', 'the model deployment refused the proxy (check the predict proxy policy and that the deployment is active)', where), requestId, upstreamId);
  }
  if (res.status >= 500) {
    return answerError(new InferenceError(502, 'upstream_error', `the model deployment failed with ${res.status}`, where), requestId, upstreamId);
  }
  return {
    status: res.status,
    headers: { 'content-type': res.contentType ?? 'application/json', 'x-request-id': requestId, ...upstreamId },
    body: res.body,
  };
}

/**
 * Forwards one prediction request to the configured model deployment's `/predict`, signed by the
 * sender (the function's resource principal), and answers what the route's caller gets: the
 * deployment's status, content type and body when it answered 2xx, 3xx or a 4xx other than
 * 401/403/404; else the `{"error": {"code", "message", "details"}}` body with 502 (deployment
 * failed, refused the proxy, unreachable, answer too large) or 504 (no answer within the timeout).
 * The target URL is the configuration's, never the request's.
 *
 * @param req - the caller's request (method, content type, body, request id)
 * @param config - the proxy's configuration (target, limits)
 * @param send - sends the signed request (createSignedSender in the function)
 * @returns the answer for the caller
 * @throws never: every failure becomes an answer
 * @example
 * await forwardPredict({ method: 'POST', contentType: 'application/json', body: Buffer.from('{"data":[[1,2]]}'), requestId: 'r1' }, config, send);
 */
export async function forwardPredict(req: ProxyRequest, config: ProxyConfig, send: PredictSender): Promise<ProxyAnswer> {
  const admitted = admit(req, config);
  if (admitted instanceof InferenceError) return answerError(admitted, req.requestId);
  let res: UpstreamResponse;
  try {
    res = await send({
      url: config.predictUrl, body: admitted, contentType: req.contentType ?? 'application/json', requestId: req.requestId,
      timeoutMs: config.upstreamTimeoutMs, maxResponseBytes: config.maxResponseBytes,
    });
  } catch (err) {
    const detail = [{ path: '', message: `model deployment ${config.modelDeploymentId}: ${err instanceof Error ? err.message : String(err)}` }];
    if (err instanceof UpstreamFailure && err.kind === 'timeout') {
      return answerError(new InferenceError(504, 'upstream_timeout', `the model deployment did not answer within ${config.upstreamTimeoutMs / 1000} s`, detail), req.requestId);
    }
    if (err instanceof UpstreamFailure && err.kind === 'response_too_large') {
      return answerError(new InferenceError(502, 'upstream_response_too_large', `the model deployment answered more than ${config.maxResponseBytes} bytes`, detail), req.requestId);
    }
    return answerError(new InferenceError(502, 'upstream_unreachable', 'the model deployment could not be called', detail), req.requestId);
  }
  return relay(res, req.requestId, config);
}
