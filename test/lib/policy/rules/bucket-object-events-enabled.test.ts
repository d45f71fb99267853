import { ObjectstorageBucket } from '../../../../.gen/providers/oci/objectstorage-bucket';
import { bucketObjectEventsEnabled } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

const BUCKET = { compartmentId: COMPARTMENT, name: 'models', namespace: 'tenancyns' };

describe('bucketObjectEventsEnabled (MLOPS-1)', () => {
  test('passes a bucket that emits object events', () => {
    const stack = newStack();
    expect(bucketObjectEventsEnabled(new ObjectstorageBucket(stack, 'Models', { ...BUCKET, objectEventsEnabled: true }))).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-1')).toEqual([]);
  });

  test('fails a bucket that leaves object events off', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Models', BUCKET);
    expect(bucketObjectEventsEnabled(bucket)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-1')).toEqual([expectedNote('MLOPS-1', bucket)]);
  });
});
