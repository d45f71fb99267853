import { ContainerengineNodePool } from '../../../../.gen/providers/oci/containerengine-node-pool';
import { nodePoolBootVolumeCustomerManagedKey } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, masterKey, newStack, ruleNotes } from '../support';

const BASE = { clusterId: 'ocid1.cluster.oc1..c', compartmentId: COMPARTMENT, name: 'workers', nodeShape: 'VM.Standard.E4.Flex' };
const PLACEMENT = { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', subnetId: 'ocid1.subnet.oc1..s' };

describe('nodePoolBootVolumeCustomerManagedKey (OCI-CIS-4.2.2)', () => {
  test('passes a node pool whose boot volumes use a Vault key', () => {
    const stack = newStack();
    const pool = new ContainerengineNodePool(stack, 'Pool', { ...BASE, nodeConfigDetails: { size: 2, kmsKeyId: masterKey(stack).id, placementConfigs: [PLACEMENT] } });
    expect(nodePoolBootVolumeCustomerManagedKey(pool)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.2.2')).toEqual([]);
  });

  test('fails a node pool without a boot volume key', () => {
    const stack = newStack();
    const pool = new ContainerengineNodePool(stack, 'Pool', { ...BASE, nodeConfigDetails: { size: 2, placementConfigs: [PLACEMENT] } });
    expect(nodePoolBootVolumeCustomerManagedKey(pool)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.2.2')).toEqual([expectedNote('OCI-CIS-4.2.2', pool)]);
  });
});
