import { z } from 'zod';

/**
 * An OCID of one of `resourceTypes`: `ocid1.<resource type>.<realm>.[region][.future use].<unique id>`
 * (https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm).
 */
export function ocidPattern(resourceTypes: readonly string[]): RegExp {
  return new RegExp(`^ocid1\\.(${resourceTypes.join('|')})\\.[a-z0-9]+\\.[a-z0-9-]*(\\.[a-z0-9-]*)?\\.[a-z0-9]{20,}$`);
}

/** True when `value` is a well-formed OCID of one of the given resource types. */
export function isOcid(value: string, resourceTypes: readonly string[]): boolean {
  return ocidPattern(resourceTypes).test(value);
}

/** A zod string that must be an OCID of one of `resourceTypes` (say `compartment`, `tenancy`). */
export function ocid(...resourceTypes: string[]) {
  return z.string().regex(
    ocidPattern(resourceTypes),
    `must be an OCID of a ${resourceTypes.join(' or ')}: ocid1.${resourceTypes[0]}.<realm>.[region].<unique id>`,
  );
}
