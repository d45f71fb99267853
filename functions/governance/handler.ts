import { classifyFnInvocation, type FnInvocationTrust } from '../../runtime/governance/http/classify-fn-invocation';
import { handleGovernanceRequest, type GovernanceHttpDeps } from '../../runtime/governance/http/handle-governance-request';
import { handleServiceInvocation } from '../../runtime/governance/http/handle-service-invocation';

/** The part of the Fn FDK context this function uses (`@fnproject/fdk` ships no type declarations). */
export interface FnContext {
  readonly httpGateway: {
    readonly requestURL: string | null;
    readonly method: string | null;
    /** Canonical header names (`X-Governance-Actor`), each with its values. */
    readonly headers: Record<string, string[]>;
    statusCode: number;
    setResponseHeader(key: string, ...values: string[]): void;
  };
  /** First value of an invocation header (`Fn-Intent`, `Oci-Subject-Id`), case-insensitive; null when absent. */
  getHeader(key: string): string | null;
  responseContentType: string;
}

/** A direct invocation that was refused or failed: the FDK answers 502 with the message, so the invoker's call fails. */
export class DirectInvocationError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'DirectInvocationError';
  }
}

/**
 * Adapts one Fn invocation to the governance handlers. An API Gateway invocation (`Fn-Intent:
 * httprequest` from the configured gateway) goes to the HTTP handler: method, URL (minus the
 * deployment's path prefix), headers and body in; status, headers and JSON body out. A direct
 * invocation from a configured service caller (the canary gate) records its evidence
 * (`handleServiceInvocation`). Anything else is refused: HTTP 403 for an HTTP invocation, a failed
 * invocation (`DirectInvocationError`, FDK 502) for a direct one.
 *
 * @param getDeps - returns the wired service (opened once per container).
 * @param pathPrefix - the API deployment's path prefix to strip, e.g. `/governance`.
 * @param trust - the API gateway OCID and the direct invokers allowed (see classifyFnInvocation).
 * @returns the FDK handler `(input, ctx) => body`.
 */
export function createFnHandler(
  getDeps: () => Promise<GovernanceHttpDeps>,
  pathPrefix = '',
  trust: FnInvocationTrust = { serviceCallers: {} },
): (input: unknown, ctx: FnContext) => Promise<string> {
  return async (input, ctx) => {
    const body = typeof input === 'string' ? input : Buffer.isBuffer(input) ? input.toString('utf8') : input == null ? '' : JSON.stringify(input);
    const intent = ctx.getHeader('Fn-Intent');
    const kind = classifyFnInvocation({ intent, subjectId: ctx.getHeader('Oci-Subject-Id'), subjectType: ctx.getHeader('Oci-Subject-Type') }, trust);
    const gw = ctx.httpGateway;
    if (kind.kind === 'service' || (kind.kind === 'refused' && intent !== 'httprequest')) {
      if (kind.kind === 'refused') throw new DirectInvocationError(kind.status, `governance: ${kind.reason}`);
      const answer = await handleServiceInvocation((await getDeps()).service, kind, body);
      if (answer.status >= 300) {
        const error = (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;
        throw new DirectInvocationError(answer.status, `governance: ${error.code}: ${error.message}`);
      }
      return answer.body;
    }
    if (kind.kind === 'refused') {
      gw.statusCode = kind.status;
      ctx.responseContentType = 'application/json; charset=utf-8';
      return JSON.stringify({ error: { code: 'forbidden', message: kind.reason, details: {} } });
    }
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(gw.headers)) headers[k.toLowerCase()] = v;
    let url = gw.requestURL ?? '/';
    if (/^https?:\/\//.test(url)) url = url.replace(/^https?:\/\/[^/]+/, '');
    if (pathPrefix && url.startsWith(pathPrefix)) url = url.slice(pathPrefix.length) || '/';
    const answer = await handleGovernanceRequest(await getDeps(), { method: gw.method ?? 'GET', url, headers, body });
    gw.statusCode = answer.status;
    for (const [k, v] of Object.entries(answer.headers)) {
      if (k === 'content-type') ctx.responseContentType = v;
      else gw.setResponseHeader(k, v);
    }
    return answer.body;
  };
}
