import { TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';
import { terraformAddress } from './terraform-address';

// Abstract-friendly constructor type: matches generated L1 classes.
type Class<T> = abstract new (...args: never[]) => T;

/**
 * Every construct of one class in the stack that holds `node` (cross-resource rules look here only).
 *
 * @param node - any construct inside a TerraformStack
 * @param cls - the L1 class to look for
 * @returns the matching constructs, in construction order
 */
export function constructsInStack<T extends IConstruct>(node: IConstruct, cls: Class<T>): T[] {
  return TerraformStack.of(node).node.findAll().filter((c): c is T => c instanceof cls);
}

/**
 * The resource of one class with a given Terraform address in the stack that holds `node`.
 *
 * @param node - any construct inside a TerraformStack
 * @param cls - the L1 class to look for
 * @param address - `<type>.<logical id>`
 * @returns the resource, or undefined when the stack holds none
 */
export function resourceAt<T extends IConstruct>(node: IConstruct, cls: Class<T>, address: string): T | undefined {
  return constructsInStack(node, cls).find((c) => terraformAddress(c) === address);
}
