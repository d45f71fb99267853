import { Testing, TerraformStack } from 'cdktf';
import { type Construct } from 'constructs';

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** The `resource` section of a stack holding what `define` defines. */
export function synthResources(define: (scope: Construct) => void): Resources {
  return JSON.parse(Testing.synthScope(define)).resource ?? {};
}

/** The values of one resource type, in definition order. */
export function resourcesOf(resources: Resources, type: string): Record<string, unknown>[] {
  return Object.values(resources[type] ?? {});
}

/** A fresh stack to construct into, for constructor errors. */
export function freshStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'T');
}
