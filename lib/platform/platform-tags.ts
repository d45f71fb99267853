import { Construct } from 'constructs';
import { IdentityTag } from '../../.gen/providers/oci/identity-tag';
import { IdentityTagNamespace } from '../../.gen/providers/oci/identity-tag-namespace';
import { mismatches, runChecks } from '../private/checks';

/** The cost-tracking keys every platform resource carries. */
export const PLATFORM_TAG_KEYS = ['cost-center', 'team', 'environment'] as const;
export type PlatformTagKey = (typeof PLATFORM_TAG_KEYS)[number];

export interface PlatformTagsProps {
  /** Compartment that owns the tag namespace (tag namespaces are usually kept in the tenancy). */
  readonly compartmentId: string;
  /**
   * Name of the tag namespace.
   * @default 'mlops'
   */
  readonly namespace?: string;
  /**
   * Allowed values of the `environment` key (an enum validator on the tag).
   * @default ['dev', 'test', 'staging', 'prod']
   */
  readonly environments?: readonly string[];
}

/**
 * Defines a tag namespace with the `cost-center`, `team` and `environment` keys, all cost-tracking,
 * so budgets and cost reports can be cut by team and environment.
 */
export class PlatformTags extends Construct {
  readonly namespace: IdentityTagNamespace;
  readonly namespaceName: string;
  readonly keys: Record<PlatformTagKey, IdentityTag>;

  constructor(scope: Construct, id: string, props: PlatformTagsProps) {
    super(scope, id);
    this.namespaceName = props.namespace ?? 'mlops';
    runChecks(this.node.path, props, [
      {
        fails: () => mismatches(this.namespaceName, /^[A-Za-z][A-Za-z0-9_-]{0,99}$/),
        message: () => `namespace must be 1-100 letters, digits, "_" or "-" starting with a letter, got ${JSON.stringify(this.namespaceName)}`,
      },
    ]);
    this.namespace = new IdentityTagNamespace(this, 'Namespace', {
      compartmentId: props.compartmentId,
      name: this.namespaceName,
      description: 'oci-mlops cost tracking: cost center, team and environment of every platform resource',
    });
    const environments = props.environments ?? ['dev', 'test', 'staging', 'prod'];
    const key = (name: PlatformTagKey, description: string, values?: readonly string[]) =>
      new IdentityTag(this, name, {
        tagNamespaceId: this.namespace.id,
        name,
        description,
        isCostTracking: true,
        validator: values ? { validatorType: 'ENUM', values: [...values] } : undefined,
      });
    this.keys = {
      'cost-center': key('cost-center', 'Cost center charged for the resource'),
      team: key('team', 'Team that owns the resource'),
      environment: key('environment', 'Deployment environment', environments),
    };
  }

  /** Defined tags (`<namespace>.<key>`: value) for the given key values, ready for `definedTags`. */
  definedTags(values: Partial<Record<PlatformTagKey, string>>): Record<string, string> {
    return platformDefinedTags(this.namespaceName, values);
  }
}

/**
 * Defined tags (`<namespace>.<key>`: value) of the platform keys that have a value; keys without
 * one (undefined or empty) are left out rather than tagged empty.
 */
export function platformDefinedTags(namespace: string, values: Partial<Record<PlatformTagKey, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v).map(([k, v]) => [`${namespace}.${k}`, v!]));
}
