import { SecureBucket, type SecureBucketProps } from '../../../lib/storage/secure-bucket';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const BASE: SecureBucketProps = { compartmentId: 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla', bucketName: 'models', kmsKeyId: 'ocid1.key.oc1.eu-frankfurt-1.aaaa' };

describe('SecureBucket', () => {
  test('defines a private, versioned, CMK-encrypted bucket with object events', () => {
    const r = synthResources((s) => { new SecureBucket(s, 'B', BASE); });
    expect(resourcesOf(r, 'oci_objectstorage_bucket')).toEqual([expect.objectContaining({
      name: 'models', access_type: 'NoPublicAccess', versioning: 'Enabled', object_events_enabled: true, kms_key_id: BASE.kmsKeyId,
    })]);
  });

  test('defines archive then delete lifecycle rules', () => {
    const r = synthResources((s) => { new SecureBucket(s, 'B', { ...BASE, lifecycleRules: [{ name: 'logs', prefixes: ['predictions/'], archiveAfterDays: 30, deleteAfterDays: 365 }] }); });
    expect(resourcesOf(r, 'oci_objectstorage_object_lifecycle_policy')[0]!.rules).toEqual([
      expect.objectContaining({ name: 'logs-archive', action: 'ARCHIVE', time_amount: '30', time_unit: 'DAYS', object_name_filter: { inclusion_prefixes: ['predictions/'] } }),
      expect.objectContaining({ name: 'logs-delete', action: 'DELETE', time_amount: '365' }),
    ]);
  });

  test('turns versioning off for a retained (WORM) bucket, as OCI requires', () => {
    const r = synthResources((s) => { new SecureBucket(s, 'B', { ...BASE, retentionDays: 400 }); });
    expect(resourcesOf(r, 'oci_objectstorage_bucket')[0]).toMatchObject({ versioning: 'Disabled', retention_rules: [{ duration: { time_amount: '400', time_unit: 'DAYS' } }] });
  });

  test('fails on a bucket name OCI refuses', () => {
    expect(() => new SecureBucket(freshStack(), 'B', { ...BASE, bucketName: 'my bucket' })).toThrow(/bucketName must be 1-256 letters, digits, "-", "_" or ".", got "my bucket"/);
  });

  test('fails when delete comes before archive', () => {
    expect(() => new SecureBucket(freshStack(), 'B', { ...BASE, lifecycleRules: [{ name: 'x', archiveAfterDays: 90, deleteAfterDays: 30 }] }))
      .toThrow(/lifecycleRules\[0\].deleteAfterDays \(30\) must be later than archiveAfterDays \(90\)/);
  });

  test('fails on a lifecycle rule with no action', () => {
    expect(() => new SecureBucket(freshStack(), 'B', { ...BASE, lifecycleRules: [{ name: 'x' }] })).toThrow(/lifecycleRules\[0\] \(x\) needs archiveAfterDays or deleteAfterDays/);
  });

  test('fails on retention combined with versioning', () => {
    expect(() => new SecureBucket(freshStack(), 'B', { ...BASE, retentionDays: 30, enableVersioning: true })).toThrow(/retentionDays cannot be combined with enableVersioning: true/);
  });
});
