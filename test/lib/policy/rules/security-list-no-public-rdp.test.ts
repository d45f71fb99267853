import { CoreSecurityList } from '../../../../.gen/providers/oci/core-security-list';
import { securityListNoPublicRdp } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

describe('securityListNoPublicRdp (OCI-CIS-2.2)', () => {
  test('passes RDP from an admin CIDR and SSH-only rules', () => {
    const stack = newStack();
    const sl = new CoreSecurityList(stack, 'List', {
      compartmentId: COMPARTMENT, vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaexample', ingressSecurityRules: [
        { protocol: '6', source: '192.0.2.0/24', tcpOptions: { min: 3389, max: 3389 } },
        { protocol: '17', source: '0.0.0.0/0', udpOptions: { min: 53, max: 53 } },
      ],
    });
    expect(securityListNoPublicRdp(sl)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.2')).toEqual([]);
  });

  test('fails UDP 3389 from 0.0.0.0/0', () => {
    const stack = newStack();
    const sl = new CoreSecurityList(stack, 'List', {
      compartmentId: COMPARTMENT, vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaexample',
      ingressSecurityRules: [{ protocol: '17', source: '0.0.0.0/0', udpOptions: { min: 3389, max: 3389 } }],
    });
    expect(securityListNoPublicRdp(sl)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.2')).toEqual([expectedNote('OCI-CIS-2.2', sl)]);
  });
});
