import { Construct } from 'constructs';
import { ContainerengineAddon } from '../../.gen/providers/oci/containerengine-addon';
import { ContainerengineCluster } from '../../.gen/providers/oci/containerengine-cluster';
import { ContainerengineNodePool } from '../../.gen/providers/oci/containerengine-node-pool';
import { ContainerengineVirtualNodePool } from '../../.gen/providers/oci/containerengine-virtual-node-pool';
import { firstAvailabilityDomain } from '../private/availability-domain';
import { mismatches, outside, runChecks } from '../private/checks';

export interface OkeClusterProps {
  readonly compartmentId: string;
  readonly vcnId: string;
  /** Subnet of the Kubernetes API endpoint (private). */
  readonly endpointSubnetId: string;
  /** Subnet of the worker nodes and pods. */
  readonly workerSubnetId: string;
  /** Subnet of the service load balancers. */
  readonly loadBalancerSubnetId: string;
  /** NSGs of the API endpoint. @default - none */
  readonly endpointNsgIds?: readonly string[];
  /** NSGs of the worker nodes. @default - none */
  readonly workerNsgIds?: readonly string[];
  /** Cluster name. */
  readonly name: string;
  /**
   * Kubernetes version, `v1.<minor>.<patch>`.
   * @default 'v1.31.1'
   */
  readonly kubernetesVersion?: string;
  /**
   * `managed`: a node pool of flexible VMs (needs nodeImageId); `virtual`: virtual nodes, no VMs to manage.
   * @default 'virtual'
   */
  readonly nodeType?: 'managed' | 'virtual';
  /**
   * Node shape.
   * @default - 'VM.Standard.E4.Flex' for managed nodes, 'Pod.Standard.E4.Flex' for virtual nodes
   */
  readonly nodeShape?: string;
  /** OCPUs per managed node, 1-64. @default 2 */
  readonly nodeOcpus?: number;
  /** Memory per managed node in GB, 1-1024. @default 16 */
  readonly nodeMemoryGb?: number;
  /** Nodes at start. @default 2 */
  readonly minNodes?: number;
  /** Upper bound of the cluster autoscaler. @default 5 */
  readonly maxNodes?: number;
  /**
   * Oracle Linux OKE image OCID of the managed nodes (region-specific; list them with
   * `oci ce node-pool-options get --node-pool-option-id all`).
   * @default - required when nodeType is 'managed'
   */
  readonly nodeImageId?: string;
  /** Customer-managed key that encrypts Kubernetes secrets and boot volumes. @default - Oracle-managed */
  readonly kmsKeyId?: string;
}

/**
 * Defines an enhanced OKE cluster with a private API endpoint, a node pool (managed or virtual)
 * and, for managed nodes, the cluster autoscaler add-on.
 */
export class OkeCluster extends Construct {
  readonly cluster: ContainerengineCluster;
  readonly nodePool?: ContainerengineNodePool;
  readonly virtualNodePool?: ContainerengineVirtualNodePool;
  readonly autoscaler?: ContainerengineAddon;
  readonly clusterId: string;

  constructor(scope: Construct, id: string, props: OkeClusterProps) {
    super(scope, id);
    const nodeType = props.nodeType ?? 'virtual';
    const min = props.minNodes ?? 2;
    const max = props.maxNodes ?? 5;
    const version = props.kubernetesVersion ?? 'v1.31.1';
    runChecks(this.node.path, props, [
      { fails: () => mismatches(version, /^v1\.\d+\.\d+$/), message: () => `kubernetesVersion must look like v1.31.1, got ${JSON.stringify(version)}` },
      { fails: () => outside(min, 1, 1000), message: () => `minNodes must be an integer from 1 to 1000, got ${min}` },
      { fails: () => outside(max, 1, 1000) || max < min, message: () => `maxNodes must be an integer from minNodes (${min}) to 1000, got ${max}` },
      { fails: (p) => outside(p.nodeOcpus, 1, 64), message: (p) => `nodeOcpus must be an integer from 1 to 64, got ${p.nodeOcpus}` },
      { fails: (p) => outside(p.nodeMemoryGb, 1, 1024), message: (p) => `nodeMemoryGb must be an integer from 1 to 1024, got ${p.nodeMemoryGb}` },
      { fails: (p) => nodeType === 'managed' && !p.nodeImageId, message: () => 'nodeImageId is required when nodeType is "managed" (the OKE image OCID of your region)' },
      { fails: () => nodeType !== 'managed' && nodeType !== 'virtual', message: () => `nodeType must be "managed" or "virtual", got ${JSON.stringify(nodeType)}` },
    ]);
    this.cluster = new ContainerengineCluster(this, 'Resource', {
      compartmentId: props.compartmentId,
      name: props.name,
      vcnId: props.vcnId,
      kubernetesVersion: version,
      type: 'ENHANCED_CLUSTER',
      kmsKeyId: props.kmsKeyId,
      endpointConfig: { subnetId: props.endpointSubnetId, isPublicIpEnabled: false, nsgIds: props.endpointNsgIds ? [...props.endpointNsgIds] : undefined },
      clusterPodNetworkOptions: [{ cniType: 'OCI_VCN_IP_NATIVE' }],
      options: { serviceLbSubnetIds: [props.loadBalancerSubnetId] },
    });
    this.clusterId = this.cluster.id;
    const ad = firstAvailabilityDomain(this, props.compartmentId);
    if (nodeType === 'virtual') {
      this.virtualNodePool = new ContainerengineVirtualNodePool(this, 'VirtualNodePool', {
        clusterId: this.cluster.id,
        compartmentId: props.compartmentId,
        displayName: `${props.name}-virtual`,
        size: min,
        placementConfigurations: [{ availabilityDomain: ad, subnetId: props.workerSubnetId, faultDomain: ['FAULT-DOMAIN-1', 'FAULT-DOMAIN-2', 'FAULT-DOMAIN-3'] }],
        podConfiguration: { shape: props.nodeShape ?? 'Pod.Standard.E4.Flex', subnetId: props.workerSubnetId, nsgIds: props.workerNsgIds ? [...props.workerNsgIds] : undefined },
        nsgIds: props.workerNsgIds ? [...props.workerNsgIds] : undefined,
      });
      return;
    }
    this.nodePool = new ContainerengineNodePool(this, 'NodePool', {
      clusterId: this.cluster.id,
      compartmentId: props.compartmentId,
      name: `${props.name}-pool`,
      kubernetesVersion: version,
      nodeShape: props.nodeShape ?? 'VM.Standard.E4.Flex',
      nodeShapeConfig: { ocpus: props.nodeOcpus ?? 2, memoryInGbs: props.nodeMemoryGb ?? 16 },
      nodeSourceDetails: { sourceType: 'IMAGE', imageId: props.nodeImageId! },
      nodeConfigDetails: {
        size: min,
        kmsKeyId: props.kmsKeyId,
        isPvEncryptionInTransitEnabled: true,
        nsgIds: props.workerNsgIds ? [...props.workerNsgIds] : undefined,
        placementConfigs: [{ availabilityDomain: ad, subnetId: props.workerSubnetId }],
        nodePoolPodNetworkOptionDetails: { cniType: 'OCI_VCN_IP_NATIVE', podSubnetIds: [props.workerSubnetId] },
      },
    });
    // The cluster autoscaler add-on scales the node pool between minNodes and maxNodes.
    this.autoscaler = new ContainerengineAddon(this, 'ClusterAutoscaler', {
      clusterId: this.cluster.id,
      addonName: 'ClusterAutoscaler',
      removeAddonResourcesOnDelete: true,
      configurations: [
        { key: 'nodes', value: `${min}:${max}:${this.nodePool.id}` },
        { key: 'authType', value: 'workload' },
      ],
    });
  }
}
