import { CoreSubnet } from '../../../../.gen/providers/oci/core-subnet';
import { CoreVcn } from '../../../../.gen/providers/oci/core-vcn';
import { subnetNotOnDefaultSecurityList } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, network, newStack, ruleNotes, tokenString } from '../support';

describe('subnetNotOnDefaultSecurityList (OCI-CIS-2.5)', () => {
  test('passes a subnet on its own security list', () => {
    const stack = newStack();
    const { subnet } = network(stack);
    expect(subnetNotOnDefaultSecurityList(subnet)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.5')).toEqual([]);
  });

  test("fails a subnet without security lists, with an empty list, and one on the VCN's default list", () => {
    const stack = newStack();
    const vcn = new CoreVcn(stack, 'Vcn', { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'] });
    const base = { compartmentId: COMPARTMENT, vcnId: vcn.id, prohibitPublicIpOnVnic: true };
    const omitted = new CoreSubnet(stack, 'Omitted', { ...base, cidrBlock: '10.0.1.0/24' });
    const empty = new CoreSubnet(stack, 'Empty', { ...base, cidrBlock: '10.0.2.0/24', securityListIds: [] });
    const onDefault = new CoreSubnet(stack, 'OnDefault', { ...base, cidrBlock: '10.0.3.0/24', securityListIds: [vcn.defaultSecurityListId] });
    expect(subnetNotOnDefaultSecurityList(onDefault)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.5')).toEqual([omitted, empty, onDefault].map((s) => expectedNote('OCI-CIS-2.5', s)));
  });

  test('is not applicable when the whole list is a token', () => {
    const stack = newStack();
    const ids = new CoreSubnet(stack, 'Ids', { compartmentId: COMPARTMENT, vcnId: 'ocid1.vcn.oc1..x', securityListIds: [tokenString(stack)] });
    expect(subnetNotOnDefaultSecurityList(ids)).toBe('COMPLIANT');
    const whole = new CoreSubnet(stack, 'Whole', { compartmentId: COMPARTMENT, vcnId: 'ocid1.vcn.oc1..x', securityListIds: ids.securityListIds });
    expect(subnetNotOnDefaultSecurityList(whole)).toBe('NOT_APPLICABLE');
  });
});
