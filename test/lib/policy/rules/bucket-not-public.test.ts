import { ObjectstorageBucket } from '../../../../.gen/providers/oci/objectstorage-bucket';
import { bucketNotPublic } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

const BUCKET = { compartmentId: COMPARTMENT, name: 'models', namespace: 'tenancyns' };

describe('bucketNotPublic (OCI-CIS-4.1.1)', () => {
  test('passes a bucket that keeps the default NoPublicAccess', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Models', BUCKET);
    expect(bucketNotPublic(bucket)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.1.1')).toEqual([]);
  });

  test('fails a bucket with public object read access', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Models', { ...BUCKET, accessType: 'ObjectRead' });
    expect(bucketNotPublic(bucket)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.1.1')).toEqual([expectedNote('OCI-CIS-4.1.1', bucket)]);
  });

  test('is not applicable when the access type is a token or the construct is no bucket', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Models', { ...BUCKET, accessType: tokenString(stack) });
    expect(bucketNotPublic(bucket)).toBe('NOT_APPLICABLE');
    expect(bucketNotPublic(stack)).toBe('NOT_APPLICABLE');
  });
});
