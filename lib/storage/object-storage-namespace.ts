import { TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';
import { DataOciObjectstorageNamespace } from '../../.gen/providers/oci/data-oci-objectstorage-namespace';

/**
 * The tenancy's Object Storage namespace, read once per stack (a data source shared by every
 * bucket of the stack).
 */
export function objectStorageNamespace(scope: IConstruct, compartmentId: string): string {
  const stack = TerraformStack.of(scope);
  const id = 'ObjectStorageNamespace';
  const existing = stack.node.tryFindChild(id) as DataOciObjectstorageNamespace | undefined;
  return (existing ?? new DataOciObjectstorageNamespace(stack, id, { compartmentId })).namespace;
}
