import { OkeCluster, type OkeClusterProps } from '../../../lib/serving/oke-cluster';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const BASE: OkeClusterProps = {
  compartmentId: 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
  vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaa', endpointSubnetId: 'ocid1.subnet.oc1..endpoints', workerSubnetId: 'ocid1.subnet.oc1..workers',
  loadBalancerSubnetId: 'ocid1.subnet.oc1..endpoints', name: 'ml-oke',
};

describe('OkeCluster', () => {
  test('defines an enhanced cluster with a private API endpoint and virtual nodes by default', () => {
    const r = synthResources((s) => { new OkeCluster(s, 'Oke', BASE); });
    expect(resourcesOf(r, 'oci_containerengine_cluster')[0]).toMatchObject({ type: 'ENHANCED_CLUSTER', endpoint_config: { is_public_ip_enabled: false, subnet_id: BASE.endpointSubnetId } });
    expect(resourcesOf(r, 'oci_containerengine_virtual_node_pool')[0]).toMatchObject({ size: 2, pod_configuration: { shape: 'Pod.Standard.E4.Flex' } });
    expect(r.oci_containerengine_addon).toBeUndefined();
  });

  test('defines a managed node pool scaled by the cluster autoscaler add-on', () => {
    const r = synthResources((s) => { new OkeCluster(s, 'Oke', { ...BASE, nodeType: 'managed', nodeImageId: 'ocid1.image.oc1..img', minNodes: 1, maxNodes: 4 }); });
    expect(resourcesOf(r, 'oci_containerengine_node_pool')[0]).toMatchObject({ node_shape: 'VM.Standard.E4.Flex', node_config_details: { size: 1, is_pv_encryption_in_transit_enabled: true } });
    const addon = resourcesOf(r, 'oci_containerengine_addon')[0]!;
    expect(addon.addon_name).toBe('ClusterAutoscaler');
    expect(addon.configurations).toEqual(expect.arrayContaining([{ key: 'nodes', value: expect.stringMatching(/^1:4:\$\{oci_containerengine_node_pool\./) }]));
  });

  test('fails on managed nodes without an image', () => {
    expect(() => new OkeCluster(freshStack(), 'O', { ...BASE, nodeType: 'managed' })).toThrow(/nodeImageId is required when nodeType is "managed"/);
  });

  test('fails when maxNodes is below minNodes', () => {
    expect(() => new OkeCluster(freshStack(), 'O', { ...BASE, minNodes: 3, maxNodes: 2 })).toThrow(/maxNodes must be an integer from minNodes \(3\) to 1000, got 2/);
  });

  test('fails on a malformed Kubernetes version', () => {
    expect(() => new OkeCluster(freshStack(), 'O', { ...BASE, kubernetesVersion: '1.31' })).toThrow(/kubernetesVersion must look like v1.31.1, got "1.31"/);
  });
});
