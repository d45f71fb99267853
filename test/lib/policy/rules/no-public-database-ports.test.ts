import { CoreNetworkSecurityGroup } from '../../../../.gen/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../../../.gen/providers/oci/core-network-security-group-security-rule';
import { CoreSecurityList } from '../../../../.gen/providers/oci/core-security-list';
import { CoreVcn } from '../../../../.gen/providers/oci/core-vcn';
import { DATABASE_PORTS, noPublicDatabasePorts } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

type Ingress = ConstructorParameters<typeof CoreSecurityList>[2]['ingressSecurityRules'];

function list(ingress: Ingress) {
  const stack = newStack();
  const vcn = new CoreVcn(stack, 'Vcn', { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'] });
  return { stack, list: new CoreSecurityList(stack, 'List', { compartmentId: COMPARTMENT, vcnId: vcn.id, ingressSecurityRules: ingress }) };
}

function nsgRule(source: string, min: number, max = min) {
  const stack = newStack();
  const group = new CoreNetworkSecurityGroup(stack, 'Nsg', { compartmentId: COMPARTMENT, vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaexample' });
  const rule = new CoreNetworkSecurityGroupSecurityRule(stack, 'Rule', {
    networkSecurityGroupId: group.id, direction: 'INGRESS', protocol: '6', source, sourceType: 'CIDR_BLOCK', tcpOptions: { destinationPortRange: { min, max } },
  });
  return { stack, rule };
}

describe('noPublicDatabasePorts (MLOPS-12)', () => {
  test('passes database ports from the VCN, HTTPS from anywhere and a database port from a private CIDR in an NSG', () => {
    const { stack, list: sl } = list([
      { protocol: '6', source: '10.0.0.0/16', tcpOptions: { min: 1521, max: 1522 } },
      { protocol: '6', source: '0.0.0.0/0', tcpOptions: { min: 443, max: 443 } },
    ]);
    expect(noPublicDatabasePorts(sl)).toBe('COMPLIANT');
    expect(noPublicDatabasePorts(nsgRule('10.0.1.0/24', 5432).rule)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-12')).toEqual([]);
  });

  test('fails PostgreSQL open to 0.0.0.0/0 in a security list', () => {
    const { stack, list: sl } = list([{ protocol: '6', source: '0.0.0.0/0', tcpOptions: { min: 5432, max: 5432 } }]);
    expect(noPublicDatabasePorts(sl)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-12')).toEqual([expectedNote('MLOPS-12', sl)]);
  });

  test.each(DATABASE_PORTS.map((port) => [port]))('fails an NSG rule that admits port %i from ::/0', (port) => {
    expect(noPublicDatabasePorts(nsgRule('::/0', port).rule)).toBe('NON_COMPLIANT');
  });

  test.each([
    ['protocol all', { protocol: 'all', source: '0.0.0.0/0' }],
    ['a range that contains 6379', { protocol: '6', source: '0.0.0.0/0', tcpOptions: { min: 6000, max: 7000 } }],
  ])('fails %s from anywhere in a security list', (_name, rule) => {
    expect(noPublicDatabasePorts(list([rule]).list)).toBe('NON_COMPLIANT');
  });

  test('is not applicable when the source is a token', () => {
    const stack = newStack();
    const { list: sl } = list([{ protocol: '6', source: tokenString(stack), tcpOptions: { min: 1521, max: 1521 } }]);
    expect(noPublicDatabasePorts(sl)).toBe('NOT_APPLICABLE');
  });
});
