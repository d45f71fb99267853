import { ContainerengineCluster } from '../../../../.gen/providers/oci/containerengine-cluster';
import { okeClusterPrivateEndpoint } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

const BASE = { compartmentId: COMPARTMENT, kubernetesVersion: 'v1.31.1', name: 'serving', vcnId: 'ocid1.vcn.oc1..v' };
const SUBNET = 'ocid1.subnet.oc1..s';

describe('okeClusterPrivateEndpoint (MLOPS-6)', () => {
  test('passes a cluster with a private VCN-native endpoint', () => {
    const stack = newStack();
    const cluster = new ContainerengineCluster(stack, 'Oke', { ...BASE, endpointConfig: { subnetId: SUBNET, isPublicIpEnabled: false } });
    expect(okeClusterPrivateEndpoint(cluster)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-6')).toEqual([]);
  });

  test('fails a cluster with a public endpoint and one without endpoint_config', () => {
    const stack = newStack();
    const open = new ContainerengineCluster(stack, 'Open', { ...BASE, endpointConfig: { subnetId: SUBNET, isPublicIpEnabled: true } });
    const legacy = new ContainerengineCluster(stack, 'Legacy', BASE);
    expect(okeClusterPrivateEndpoint(open)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-6')).toEqual([expectedNote('MLOPS-6', open), expectedNote('MLOPS-6', legacy)]);
  });

  test('is not applicable when the flag is a token', () => {
    const stack = newStack();
    const flag = new ContainerengineCluster(stack, 'Flag', { ...BASE, endpointConfig: { subnetId: SUBNET, isPublicIpEnabled: tokenString(stack) as unknown as boolean } });
    expect(okeClusterPrivateEndpoint(flag)).toBe('NOT_APPLICABLE');
  });
});
