import { type IConstruct } from 'constructs';
import { CoreSubnet } from '../../../.gen/providers/oci/core-subnet';
import { resourceAt } from './stack-lookup';
import { isToken, resourceReferences } from './tokens';

/** Whether a subnet lets VNICs have public IPs, as far as the stack tells. */
export type SubnetExposure = 'private' | 'public' | 'unknown';

/**
 * Classifies a subnet defined in the same stack by its `prohibit_public_ip_on_vnic` /
 * `prohibit_internet_ingress` flags (OCI treats them as one setting; either set to true makes the
 * subnet private, both unset or false leave it public).
 *
 * @param subnet - an oci_core_subnet L1
 * @returns 'private', 'public', or 'unknown' when a flag is a token
 */
export function classifySubnet(subnet: CoreSubnet): SubnetExposure {
  const flags = [subnet.prohibitPublicIpOnVnicInput, subnet.prohibitInternetIngressInput];
  if (flags.some((f) => f === true)) return 'private';
  if (flags.some((f) => isToken(f))) return 'unknown';
  return 'public';
}

/**
 * Classifies the subnet a subnet ID points at, when it points at an oci_core_subnet of the same stack.
 *
 * @param scope - the construct that holds the subnet ID
 * @param subnetId - the configured subnet ID (a reference such as `subnet.id`, or a literal OCID)
 * @returns 'unknown' for literal OCIDs, other stacks' subnets and data sources
 */
export function subnetExposure(scope: IConstruct, subnetId: unknown): SubnetExposure {
  const ref = resourceReferences(scope, subnetId).find((r) => r.address.startsWith('oci_core_subnet.') && r.attribute === 'id');
  const subnet = ref && resourceAt(scope, CoreSubnet, ref.address);
  return subnet ? classifySubnet(subnet) : 'unknown';
}
