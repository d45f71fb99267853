import { CoreNetworkSecurityGroupSecurityRule } from '../../../../.gen/providers/oci/core-network-security-group-security-rule';
import { nsgNoPublicRdp } from '../../../../lib/policy';
import { expectedNote, newStack, ruleNotes } from '../support';

const NSG = 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaexample';

describe('nsgNoPublicRdp (OCI-CIS-2.4)', () => {
  test('passes HTTPS from anywhere', () => {
    const stack = newStack();
    const https = new CoreNetworkSecurityGroupSecurityRule(stack, 'Https', {
      networkSecurityGroupId: NSG, direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', tcpOptions: { destinationPortRange: { min: 443, max: 443 } },
    });
    expect(nsgNoPublicRdp(https)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.4')).toEqual([]);
  });

  test('fails every protocol from 0.0.0.0/0', () => {
    const stack = newStack();
    const all = new CoreNetworkSecurityGroupSecurityRule(stack, 'All', { networkSecurityGroupId: NSG, direction: 'INGRESS', protocol: 'all', source: '0.0.0.0/0' });
    expect(nsgNoPublicRdp(all)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.4')).toEqual([expectedNote('OCI-CIS-2.4', all)]);
  });
});
