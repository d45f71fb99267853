import { type requests, type responses } from 'oci-containerengine';
import { type NodePoolSize } from '../recommend-node-pool';

/** The ContainerEngineClient operations right-sizing reads (a real `ContainerEngineClient` fits). */
export interface NodePoolReader {
  listNodePools(request: requests.ListNodePoolsRequest): Promise<responses.ListNodePoolsResponse>;
  getNodePool(request: requests.GetNodePoolRequest): Promise<responses.GetNodePoolResponse>;
  listVirtualNodePools(request: requests.ListVirtualNodePoolsRequest): Promise<responses.ListVirtualNodePoolsResponse>;
}

/** Pools and nodes in these states are gone or going: their metrics say nothing about the pool. */
const GONE = new Set(['DELETING', 'DELETED', 'FAILED', 'FAILING']);

/** Every page of a list operation, following `opc-next-page`. */
async function allPages<T>(list: (page: string | undefined) => Promise<{ items: T[]; opcNextPage?: string }>): Promise<T[]> {
  const out: T[] = [];
  let page: string | undefined;
  do {
    const res = await list(page);
    out.push(...res.items);
    page = res.opcNextPage || undefined;
  } while (page);
  return out;
}

/** The caller may not list the compartment's node pools (it needs `read cluster-family`): node pools are not judged. */
export class NodePoolsNotReadableError extends Error {}

/**
 * The OKE node pools of a compartment with their size and nodes: ListNodePools (every page), then
 * GetNodePool for each, since only the full pool lists its nodes (`nodes[].id`: the instance
 * OCIDs that `oci_computeagent` metrics carry as `resourceId`); virtual node pools from
 * ListVirtualNodePools (every page). Pools being deleted are left out, and so are nodes that are.
 *
 * @throws NodePoolsNotReadableError when the caller may not list the compartment's node pools;
 *   the SDK's error when Container Engine refuses another request
 * @example
 * await listNodePools(new ContainerEngineClient({ authenticationDetailsProvider }), compartmentId);
 * // [{ name: 'acme-mlops-oke-pool', type: 'managed', shape: 'VM.Standard.E4.Flex', ocpus: 2, memoryGb: 16, size: 2, nodeIds: [...] }]
 */
export async function listNodePools(client: NodePoolReader, compartmentId: string): Promise<NodePoolSize[]> {
  let summaries;
  try {
    summaries = await allPages((page) => client.listNodePools({ compartmentId, page }));
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    // OCI answers 404 NotAuthorizedOrNotFound (or 401/403) when the caller may not read the compartment's clusters.
    if (status === 401 || status === 403 || status === 404) throw new NodePoolsNotReadableError(`Container Engine refused ListNodePools in ${compartmentId}: ${status} ${(err as Error).message}`);
    throw err;
  }
  const pools: NodePoolSize[] = [];
  for (const s of summaries) {
    if (!s.id || GONE.has(String(s.lifecycleState))) continue;
    const { nodePool: p } = await client.getNodePool({ nodePoolId: s.id });
    const nodes = (p.nodes ?? []).filter((n) => n.id && !GONE.has(String(n.lifecycleState)));
    pools.push({
      name: p.name ?? s.id,
      type: 'managed',
      shape: p.nodeShape ?? '',
      ocpus: p.nodeShapeConfig?.ocpus,
      memoryGb: p.nodeShapeConfig?.memoryInGBs,
      size: p.nodeConfigDetails?.size ?? nodes.length,
      nodeIds: nodes.map((n) => n.id!),
    });
  }
  const virtual = await allPages((page) => client.listVirtualNodePools({ compartmentId, page }));
  for (const v of virtual) {
    if (GONE.has(String(v.lifecycleState))) continue;
    pools.push({ name: v.displayName, type: 'virtual', shape: v.podConfiguration?.shape ?? '', size: v.size, nodeIds: [] });
  }
  return pools;
}
