/** Who invoked the governance function, as OCI Functions reports it (headers set by the service after it checked the request signature). */
export interface FnInvocationFacts {
  /** `Fn-Intent`: `httprequest` for API Gateway (and for invokers that ask for it); absent for a plain InvokeFunction. */
  readonly intent: string | null;
  /** `Oci-Subject-Id`: OCID of the principal whose signed request invoked the function. */
  readonly subjectId: string | null;
  /** `Oci-Subject-Type`: `resource` for resource principals (gateways, functions), `user` for people. */
  readonly subjectType: string | null;
}

/** Which invokers the function trusts, from its configuration. */
export interface FnInvocationTrust {
  /**
   * OCID of the API gateway whose routes front the function; an `httprequest` invocation from any
   * other subject is refused (its `X-Governance-*` headers could be forged).
   * @default - not checked (local FDK runs, gateways outside the construct)
   */
  readonly gatewayId?: string;
  /** Direct (non-HTTP) invokers allowed, by subject OCID: the service name each is recorded as. */
  readonly serviceCallers: Readonly<Record<string, string>>;
}

export type FnInvocationKind =
  | { readonly kind: 'gateway' }
  | { readonly kind: 'service'; readonly service: string; readonly subjectId: string }
  | { readonly kind: 'refused'; readonly status: 403; readonly reason: string };

/**
 * Tells an API Gateway invocation of the governance function from a direct service invocation, from
 * the headers OCI Functions sets after checking the invoker's signature (`Oci-Subject-Id`,
 * `Oci-Subject-Type`) and the `Fn-Intent` the gateway sends.
 *
 * - `httprequest` intent: an API Gateway route; with `gatewayId` configured the subject must be that
 *   gateway, else refused (a direct invoker can ask for the HTTP intent and forge identity headers).
 * - any other intent: a direct invocation; the subject must be a resource principal listed in
 *   `serviceCallers`, else refused. Nothing else is accepted.
 *
 * @param facts - intent, subject OCID and subject type of the invocation (null when absent)
 * @param trust - the gateway OCID and the allowed service callers
 * @returns gateway, service (with its name and subject), or refused with the reason
 * @example
 * classifyFnInvocation({ intent: null, subjectId: 'ocid1.fnfunc.oc1..gate', subjectType: 'resource' }, { serviceCallers: { 'ocid1.fnfunc.oc1..gate': 'canary-gate' } });
 * // { kind: 'service', service: 'canary-gate', subjectId: 'ocid1.fnfunc.oc1..gate' }
 */
export function classifyFnInvocation(facts: FnInvocationFacts, trust: FnInvocationTrust): FnInvocationKind {
  const who = `${facts.subjectType ?? 'unknown'} ${facts.subjectId ?? '(no Oci-Subject-Id)'}`;
  if (facts.intent === 'httprequest') {
    if (trust.gatewayId === undefined || facts.subjectId === trust.gatewayId) return { kind: 'gateway' };
    return { kind: 'refused', status: 403, reason: `HTTP invocations are accepted only from API gateway ${trust.gatewayId}, got ${who}` };
  }
  const service = facts.subjectId !== null && facts.subjectType === 'resource' && Object.hasOwn(trust.serviceCallers, facts.subjectId) ? trust.serviceCallers[facts.subjectId] : undefined;
  if (service !== undefined) return { kind: 'service', service, subjectId: facts.subjectId! };
  const allowed = Object.keys(trust.serviceCallers);
  return { kind: 'refused', status: 403, reason: `direct invocations are accepted only from ${allowed.length ? `the resource principals ${allowed.join(', ')}` : 'no one (no service callers configured)'}, got ${who}` };
}
