import { CoreNetworkSecurityGroup } from '../../../../.gen/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../../../.gen/providers/oci/core-network-security-group-security-rule';
import { nsgNoPublicSsh } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

function nsg() {
  const stack = newStack();
  const group = new CoreNetworkSecurityGroup(stack, 'Nsg', { compartmentId: COMPARTMENT, vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaexample' });
  return { stack, group };
}

describe('nsgNoPublicSsh (OCI-CIS-2.3)', () => {
  test('passes SSH from another NSG and egress to anywhere', () => {
    const { stack, group } = nsg();
    const fromNsg = new CoreNetworkSecurityGroupSecurityRule(stack, 'FromBastion', {
      networkSecurityGroupId: group.id, direction: 'INGRESS', protocol: '6', source: group.id, sourceType: 'NETWORK_SECURITY_GROUP',
      tcpOptions: { destinationPortRange: { min: 22, max: 22 } },
    });
    const egress = new CoreNetworkSecurityGroupSecurityRule(stack, 'Egress', {
      networkSecurityGroupId: group.id, direction: 'EGRESS', protocol: 'all', destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK',
    });
    expect(nsgNoPublicSsh(fromNsg)).toBe('COMPLIANT');
    expect(nsgNoPublicSsh(egress)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.3')).toEqual([]);
  });

  test('fails TCP 22 from 0.0.0.0/0, also when TCP options name no destination range', () => {
    const { stack, group } = nsg();
    const ssh = new CoreNetworkSecurityGroupSecurityRule(stack, 'Ssh', {
      networkSecurityGroupId: group.id, direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', sourceType: 'CIDR_BLOCK',
      tcpOptions: { destinationPortRange: { min: 22, max: 22 } },
    });
    const anyPort = new CoreNetworkSecurityGroupSecurityRule(stack, 'AnyPort', {
      networkSecurityGroupId: group.id, direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', tcpOptions: { sourcePortRange: { min: 1024, max: 65535 } },
    });
    expect(nsgNoPublicSsh(anyPort)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.3')).toEqual([expectedNote('OCI-CIS-2.3', ssh), expectedNote('OCI-CIS-2.3', anyPort)]);
  });
});
