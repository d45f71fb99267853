import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectstorageBucket } from '../../.gen/providers/oci/objectstorage-bucket';
import { ObjectstorageObjectLifecyclePolicy } from '../../.gen/providers/oci/objectstorage-object-lifecycle-policy';
import { mismatches, outside, runChecks } from '../private/checks';
import { objectStorageNamespace } from './object-storage-namespace';

/** One lifecycle rule: move objects to Archive, then delete them, after so many days. */
export interface BucketLifecycleRule {
  /** Rule name, unique in the bucket. */
  readonly name: string;
  /**
   * Only objects whose names start with one of these prefixes.
   * @default - every object
   */
  readonly prefixes?: readonly string[];
  /**
   * Days after which objects move to the Archive tier.
   * @default - never archived
   */
  readonly archiveAfterDays?: number;
  /**
   * Days after which objects are deleted (must be later than archiveAfterDays, Archive bills 90 days at least).
   * @default - never deleted
   */
  readonly deleteAfterDays?: number;
}

export interface SecureBucketProps {
  /** Compartment of the bucket. */
  readonly compartmentId: string;
  /** Bucket name, unique in the tenancy's namespace: 1-256 letters, digits, "-", "_" and ".". */
  readonly bucketName: string;
  /**
   * Customer-managed key (OCID) that encrypts the objects.
   * @default - an Oracle-managed key; the policy rule pack flags it
   */
  readonly kmsKeyId?: string;
  /**
   * Keep earlier versions of overwritten and deleted objects.
   * @default - true, false when retentionDays is set (OCI allows one or the other)
   */
  readonly enableVersioning?: boolean;
  /**
   * Emit Object Storage events (object create, update, delete) for Events rules.
   * @default true
   */
  readonly enableObjectEvents?: boolean;
  /**
   * Lifecycle rules (archive, then delete).
   * @default - none
   */
  readonly lifecycleRules?: readonly BucketLifecycleRule[];
  /**
   * Days every object is retained and cannot be changed or deleted (a locked retention rule makes
   * a bucket WORM; used for audit anchors).
   * @default - no retention rule
   */
  readonly retentionDays?: number;
  /**
   * Object Storage namespace.
   * @default - read from the tenancy once per stack
   */
  readonly namespace?: string;
}

/**
 * Defines an Object Storage bucket that is private (no public access, and no prop to change that),
 * encrypted with a customer-managed key, versioned and emitting object events by default.
 */
export class SecureBucket extends Construct {
  readonly resource: ObjectstorageBucket;
  readonly bucketName: string;
  readonly namespace: string;
  readonly lifecyclePolicy?: ObjectstorageObjectLifecyclePolicy;

  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    runChecks(this.node.path, props, [
      {
        fails: (p) => mismatches(p.bucketName, /^[A-Za-z0-9._-]{1,256}$/),
        message: (p) => `bucketName must be 1-256 letters, digits, "-", "_" or ".", got ${JSON.stringify(p.bucketName)}`,
      },
      { fails: (p) => outside(p.retentionDays, 1, 36500), message: (p) => `retentionDays must be an integer from 1 to 36500, got ${p.retentionDays}` },
      {
        fails: (p) => p.retentionDays !== undefined && p.enableVersioning === true,
        message: () => 'retentionDays cannot be combined with enableVersioning: true (OCI refuses retention rules on versioned buckets); drop one',
      },
      ...(props.lifecycleRules ?? []).flatMap((r, i) => [
        { fails: () => outside(r.archiveAfterDays, 1, 36500), message: () => `lifecycleRules[${i}].archiveAfterDays must be an integer from 1 to 36500, got ${r.archiveAfterDays}` },
        { fails: () => outside(r.deleteAfterDays, 1, 36500), message: () => `lifecycleRules[${i}].deleteAfterDays must be an integer from 1 to 36500, got ${r.deleteAfterDays}` },
        {
          fails: () => r.archiveAfterDays !== undefined && r.deleteAfterDays !== undefined && !Token.isUnresolved(r.deleteAfterDays) && r.deleteAfterDays <= r.archiveAfterDays,
          message: () => `lifecycleRules[${i}].deleteAfterDays (${r.deleteAfterDays}) must be later than archiveAfterDays (${r.archiveAfterDays})`,
        },
        { fails: () => r.archiveAfterDays === undefined && r.deleteAfterDays === undefined, message: () => `lifecycleRules[${i}] (${r.name}) needs archiveAfterDays or deleteAfterDays` },
      ]),
    ]);
    this.namespace = props.namespace ?? objectStorageNamespace(this, props.compartmentId);
    this.resource = new ObjectstorageBucket(this, 'Resource', {
      compartmentId: props.compartmentId,
      name: props.bucketName,
      namespace: this.namespace,
      accessType: 'NoPublicAccess',
      kmsKeyId: props.kmsKeyId,
      // Retention rules and versioning exclude each other; a retained bucket keeps every object anyway.
      versioning: (props.enableVersioning ?? props.retentionDays === undefined) ? 'Enabled' : 'Disabled',
      objectEventsEnabled: props.enableObjectEvents ?? true,
      retentionRules: props.retentionDays === undefined ? undefined : [{
        displayName: 'retain-all-objects',
        duration: { timeAmount: String(props.retentionDays), timeUnit: 'DAYS' },
      }],
    });
    this.bucketName = this.resource.name;
    const rules = (props.lifecycleRules ?? []).flatMap((r) => {
      const filter = r.prefixes?.length ? { inclusionPrefixes: [...r.prefixes] } : undefined;
      const actions: [string, number | undefined][] = [['ARCHIVE', r.archiveAfterDays], ['DELETE', r.deleteAfterDays]];
      return actions
        .filter((a): a is [string, number] => a[1] !== undefined)
        .map(([action, days]) => ({
          name: `${r.name}-${action.toLowerCase()}`, action, isEnabled: true, target: 'objects',
          timeAmount: String(days), timeUnit: 'DAYS', objectNameFilter: filter,
        }));
    });
    if (rules.length) {
      this.lifecyclePolicy = new ObjectstorageObjectLifecyclePolicy(this, 'Lifecycle', { bucket: this.resource.name, namespace: this.namespace, rules });
    }
  }
}
