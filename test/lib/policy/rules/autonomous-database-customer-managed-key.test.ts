import { DatabaseAutonomousDatabase } from '../../../../.gen/providers/oci/database-autonomous-database';
import { autonomousDatabaseCustomerManagedKey } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, masterKey, newStack, ruleNotes } from '../support';

describe('autonomousDatabaseCustomerManagedKey (MLOPS-8)', () => {
  test('passes a database with kms_key_id and one with encryption_key.kms_key_id', () => {
    const stack = newStack();
    const key = masterKey(stack);
    const a = new DatabaseAutonomousDatabase(stack, 'Features', { compartmentId: COMPARTMENT, dbName: 'features', kmsKeyId: key.id, vaultId: 'ocid1.vault.oc1..v' });
    const b = new DatabaseAutonomousDatabase(stack, 'Governance', { compartmentId: COMPARTMENT, dbName: 'gov', encryptionKey: { kmsKeyId: key.id, vaultId: 'ocid1.vault.oc1..v' } });
    expect([a, b].map(autonomousDatabaseCustomerManagedKey)).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect(ruleNotes(stack, 'MLOPS-8')).toEqual([]);
  });

  test('fails a database on an Oracle-managed key', () => {
    const stack = newStack();
    const db = new DatabaseAutonomousDatabase(stack, 'Features', { compartmentId: COMPARTMENT, dbName: 'features' });
    expect(autonomousDatabaseCustomerManagedKey(db)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-8')).toEqual([expectedNote('MLOPS-8', db)]);
  });
});
