import { handleGovernanceRequest, type GovernanceHttpDeps } from '../../runtime/governance/http/handle-governance-request';

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
  responseContentType: string;
}

/**
 * Adapts one Fn invocation behind API Gateway to the governance HTTP handler: method, URL (minus the
 * deployment's path prefix), headers and body in; status, headers and JSON body out.
 *
 * @param getDeps - returns the wired service (opened once per container).
 * @param pathPrefix - the API deployment's path prefix to strip, e.g. `/governance`.
 * @returns the FDK handler `(input, ctx) => body`.
 */
export function createFnHandler(getDeps: () => Promise<GovernanceHttpDeps>, pathPrefix = ''): (input: unknown, ctx: FnContext) => Promise<string> {
  return async (input, ctx) => {
    const gw = ctx.httpGateway;
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(gw.headers)) headers[k.toLowerCase()] = v;
    let url = gw.requestURL ?? '/';
    if (/^https?:\/\//.test(url)) url = url.replace(/^https?:\/\/[^/]+/, '');
    if (pathPrefix && url.startsWith(pathPrefix)) url = url.slice(pathPrefix.length) || '/';
    const body = typeof input === 'string' ? input : Buffer.isBuffer(input) ? input.toString('utf8') : input == null ? '' : JSON.stringify(input);
    const answer = await handleGovernanceRequest(await getDeps(), { method: gw.method ?? 'GET', url, headers, body });
    gw.statusCode = answer.status;
    for (const [k, v] of Object.entries(answer.headers)) {
      if (k === 'content-type') ctx.responseContentType = v;
      else gw.setResponseHeader(k, v);
    }
    return answer.body;
  };
}
