import { ObjectstorageBucket } from '../../../../.gen/providers/oci/objectstorage-bucket';
import { bucketVersioningEnabled } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

const BUCKET = { compartmentId: COMPARTMENT, name: 'models', namespace: 'tenancyns' };

describe('bucketVersioningEnabled (OCI-CIS-4.1.3)', () => {
  test('passes a versioned bucket and a bucket with a retention rule', () => {
    const stack = newStack();
    const versioned = new ObjectstorageBucket(stack, 'Models', { ...BUCKET, versioning: 'Enabled' });
    const retained = new ObjectstorageBucket(stack, 'Audit', {
      ...BUCKET, name: 'audit', retentionRules: [{ displayName: 'keep', duration: { timeAmount: '365', timeUnit: 'DAYS' } }],
    });
    expect(bucketVersioningEnabled(versioned)).toBe('COMPLIANT');
    expect(bucketVersioningEnabled(retained)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.1.3')).toEqual([]);
  });

  test('fails an unversioned bucket and a bucket whose versioning is suspended', () => {
    const stack = newStack();
    const plain = new ObjectstorageBucket(stack, 'Models', BUCKET);
    const suspended = new ObjectstorageBucket(stack, 'Old', { ...BUCKET, name: 'old', versioning: 'Suspended' });
    expect(bucketVersioningEnabled(suspended)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.1.3')).toEqual([expectedNote('OCI-CIS-4.1.3', plain), expectedNote('OCI-CIS-4.1.3', suspended)]);
  });

  test('is not applicable when versioning is a token', () => {
    const stack = newStack();
    expect(bucketVersioningEnabled(new ObjectstorageBucket(stack, 'Models', { ...BUCKET, versioning: tokenString(stack) }))).toBe('NOT_APPLICABLE');
  });
});
