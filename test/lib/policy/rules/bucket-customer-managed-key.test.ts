import { ObjectstorageBucket } from '../../../../.gen/providers/oci/objectstorage-bucket';
import { bucketCustomerManagedKey } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, masterKey, newStack, ruleNotes } from '../support';

const BUCKET = { compartmentId: COMPARTMENT, name: 'datasets', namespace: 'tenancyns' };

describe('bucketCustomerManagedKey (OCI-CIS-4.1.2)', () => {
  test('passes a bucket encrypted with a Vault key referenced by id', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Datasets', { ...BUCKET, kmsKeyId: masterKey(stack).id });
    expect(bucketCustomerManagedKey(bucket)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.1.2')).toEqual([]);
  });

  test('fails a bucket on an Oracle-managed key, also with a blank kms_key_id', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Datasets', BUCKET);
    const blank = new ObjectstorageBucket(stack, 'Blank', { ...BUCKET, name: 'blank', kmsKeyId: ' ' });
    expect(bucketCustomerManagedKey(blank)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-4.1.2')).toEqual([expectedNote('OCI-CIS-4.1.2', bucket), expectedNote('OCI-CIS-4.1.2', blank)]);
  });
});
