import { StreamingStream } from '../../../../.gen/providers/oci/streaming-stream';
import { StreamingStreamPool } from '../../../../.gen/providers/oci/streaming-stream-pool';
import { streamingCustomerManagedKey } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, masterKey, newStack, ruleNotes } from '../support';

describe('streamingCustomerManagedKey (MLOPS-7)', () => {
  test('passes a pool with a Vault key and a stream in it', () => {
    const stack = newStack();
    const pool = new StreamingStreamPool(stack, 'Pool', { compartmentId: COMPARTMENT, name: 'predictions', customEncryptionKey: { kmsKeyId: masterKey(stack).id } });
    const stream = new StreamingStream(stack, 'Predictions', { name: 'predictions', partitions: 1, streamPoolId: pool.id });
    expect([pool, stream].map(streamingCustomerManagedKey)).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect(ruleNotes(stack, 'MLOPS-7')).toEqual([]);
  });

  test('fails a pool without a key and a stream in the default pool', () => {
    const stack = newStack();
    const pool = new StreamingStreamPool(stack, 'Pool', { compartmentId: COMPARTMENT, name: 'predictions' });
    const stream = new StreamingStream(stack, 'Loose', { name: 'loose', partitions: 1, compartmentId: COMPARTMENT });
    expect(streamingCustomerManagedKey(stream)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-7')).toEqual([expectedNote('MLOPS-7', pool), expectedNote('MLOPS-7', stream)]);
  });
});
