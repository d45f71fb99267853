import { TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';
import { DataOciIdentityAvailabilityDomains } from '../../.gen/providers/oci/data-oci-identity-availability-domains';

/** The name of the region's first availability domain, read once per stack. */
export function firstAvailabilityDomain(scope: IConstruct, compartmentId: string): string {
  const stack = TerraformStack.of(scope);
  const id = 'AvailabilityDomains';
  const existing = stack.node.tryFindChild(id) as DataOciIdentityAvailabilityDomains | undefined;
  return (existing ?? new DataOciIdentityAvailabilityDomains(stack, id, { compartmentId })).availabilityDomains.get(0).name;
}
