import { classifyFnInvocation, type FnInvocationFacts } from '../../../../runtime/governance/http/classify-fn-invocation';

const GATEWAY = 'ocid1.apigateway.oc1.eu-frankfurt-1.aaaaaaaagateway';
const GATE = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaacanarygate';
const TRUST = { gatewayId: GATEWAY, serviceCallers: { [GATE]: 'canary-gate' } };
const facts = (intent: string | null, subjectId: string | null, subjectType: string | null = 'resource'): FnInvocationFacts => ({ intent, subjectId, subjectType });

describe('classifyFnInvocation', () => {
  test.each<[string, FnInvocationFacts, ReturnType<typeof classifyFnInvocation>]>([
    ['an HTTP invocation from the configured gateway is a gateway call', facts('httprequest', GATEWAY), { kind: 'gateway' }],
    ['a direct invocation from the canary gate is a service call', facts(null, GATE), { kind: 'service', service: 'canary-gate', subjectId: GATE }],
    ['a direct invocation with another intent from the canary gate is a service call', facts('cloudevent', GATE), { kind: 'service', service: 'canary-gate', subjectId: GATE }],
  ])('%s', (_, f, expected) => {
    expect(classifyFnInvocation(f, TRUST)).toEqual(expected);
  });

  test('accepts any HTTP invocation when no gateway is configured (local FDK runs)', () => {
    expect(classifyFnInvocation(facts('httprequest', null, null), { serviceCallers: {} })).toEqual({ kind: 'gateway' });
  });

  test.each<[string, FnInvocationFacts, RegExp]>([
    ['fails an HTTP invocation from another principal (forged identity headers)', facts('httprequest', GATE), /^HTTP invocations are accepted only from API gateway .*gateway, got resource .*canarygate$/],
    ['fails an HTTP invocation without a subject', facts('httprequest', null, null), /got unknown \(no Oci-Subject-Id\)$/],
    ['fails a direct invocation from a principal that is not a service caller', facts(null, 'ocid1.devopsdeploypipeline.oc1..x'), /^direct invocations are accepted only from the resource principals .*canarygate, got resource ocid1\.devopsdeploypipeline/],
    ['fails a direct invocation by a user', facts(null, GATE, 'user'), /got user .*canarygate$/],
    ['fails a direct invocation without a subject', facts(null, null, null), /got unknown \(no Oci-Subject-Id\)$/],
    ['fails a direct invocation naming an inherited property', facts(null, 'toString'), /got resource toString$/],
  ])('%s', (_, f, reason) => {
    const r = classifyFnInvocation(f, TRUST);
    expect(r).toMatchObject({ kind: 'refused', status: 403 });
    expect((r as { reason: string }).reason).toMatch(reason);
  });

  test('fails every direct invocation when no service caller is configured', () => {
    expect(classifyFnInvocation(facts(null, GATE), { serviceCallers: {} })).toEqual({ kind: 'refused', status: 403, reason: `direct invocations are accepted only from no one (no service callers configured), got resource ${GATE}` });
  });
});
