import { TerraformResource, TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';

/**
 * The Terraform address of an L1 resource (`oci_objectstorage_bucket.Models_1A2B3C4D`), or '' for
 * any other construct.
 *
 * Reads the logical ID without caching it: `friendlyUniqueId` memoizes on first read, so reading it
 * here before synthesis would make a later `overrideLogicalId` silently ineffective.
 *
 * @param node - any construct
 * @returns the address, or '' when the construct is not a Terraform resource
 */
export function terraformAddress(node: IConstruct): string {
  if (!(node instanceof TerraformResource)) return '';
  const cached: unknown = Reflect.get(node, '_friendlyUniqueId');
  const override: unknown = Reflect.get(node, '_logicalIdOverride');
  const logicalId =
    typeof cached === 'string' ? cached
      : typeof override === 'string' ? override
        : TerraformStack.of(node).getLogicalId(node);
  return `${node.terraformResourceType}.${logicalId}`;
}
