import { ContainerengineCluster } from '../../../../.gen/providers/oci/containerengine-cluster';
import { okeClusterSecretsCustomerManagedKey } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, masterKey, newStack, ruleNotes } from '../support';

const BASE = { compartmentId: COMPARTMENT, kubernetesVersion: 'v1.31.1', name: 'serving', vcnId: 'ocid1.vcn.oc1..v' };

describe('okeClusterSecretsCustomerManagedKey (MLOPS-9)', () => {
  test('passes a cluster that encrypts secrets with a Vault key', () => {
    const stack = newStack();
    expect(okeClusterSecretsCustomerManagedKey(new ContainerengineCluster(stack, 'Oke', { ...BASE, kmsKeyId: masterKey(stack).id }))).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-9')).toEqual([]);
  });

  test('fails a cluster without kms_key_id', () => {
    const stack = newStack();
    const cluster = new ContainerengineCluster(stack, 'Oke', BASE);
    expect(okeClusterSecretsCustomerManagedKey(cluster)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-9')).toEqual([expectedNote('MLOPS-9', cluster)]);
  });
});
