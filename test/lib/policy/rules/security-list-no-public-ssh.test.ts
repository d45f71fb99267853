import { CoreSecurityList } from '../../../../.gen/providers/oci/core-security-list';
import { CoreVcn } from '../../../../.gen/providers/oci/core-vcn';
import { securityListNoPublicSsh } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

function list(ingress: ConstructorParameters<typeof CoreSecurityList>[2]['ingressSecurityRules']) {
  const stack = newStack();
  const vcn = new CoreVcn(stack, 'Vcn', { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'] });
  return { stack, list: new CoreSecurityList(stack, 'List', { compartmentId: COMPARTMENT, vcnId: vcn.id, ingressSecurityRules: ingress }) };
}

describe('securityListNoPublicSsh (OCI-CIS-2.1)', () => {
  test('passes SSH from an admin CIDR, HTTPS from anywhere and a list without ingress', () => {
    const { stack, list: sl } = list([
      { protocol: '6', source: '192.0.2.0/24', tcpOptions: { min: 22, max: 22 } },
      { protocol: '6', source: '0.0.0.0/0', tcpOptions: { min: 443, max: 443 } },
      { protocol: '1', source: '0.0.0.0/0', icmpOptions: { type: 3, code: 4 } },
    ]);
    expect(securityListNoPublicSsh(sl)).toBe('COMPLIANT');
    expect(securityListNoPublicSsh(list(undefined).list)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.1')).toEqual([]);
  });

  test('fails TCP 22 from 0.0.0.0/0', () => {
    const { stack, list: sl } = list([{ protocol: '6', source: '0.0.0.0/0', tcpOptions: { min: 22, max: 22 } }]);
    expect(securityListNoPublicSsh(sl)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.1')).toEqual([expectedNote('OCI-CIS-2.1', sl)]);
  });

  test.each([
    ['protocol all', { protocol: 'all', source: '0.0.0.0/0' }],
    ['TCP without port options (every port)', { protocol: '6', source: '0.0.0.0/0' }],
    ['a port range that contains 22', { protocol: '6', source: '0.0.0.0/0', sourceType: 'CIDR_BLOCK', tcpOptions: { min: 20, max: 25 } }],
    ['IPv6 ::/0', { protocol: '6', source: '::/0', tcpOptions: { min: 22, max: 22 } }],
  ])('fails %s from anywhere', (_name, rule) => {
    expect(securityListNoPublicSsh(list([rule]).list)).toBe('NON_COMPLIANT');
  });

  test('is not applicable when the source is a token', () => {
    const stack = newStack();
    const vcn = new CoreVcn(stack, 'Vcn', { compartmentId: COMPARTMENT });
    const sl = new CoreSecurityList(stack, 'List', {
      compartmentId: COMPARTMENT, vcnId: vcn.id, ingressSecurityRules: [{ protocol: '6', source: tokenString(stack), tcpOptions: { min: 22, max: 22 } }],
    });
    expect(securityListNoPublicSsh(sl)).toBe('NOT_APPLICABLE');
  });
});
