import { KmsKey } from '../../../../.gen/providers/oci/kms-key';
import { kmsKeyAutoRotation } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, masterKey, newStack, ruleNotes } from '../support';

const KEY = {
  compartmentId: COMPARTMENT, displayName: 'k', managementEndpoint: 'https://example-management.kms.eu-frankfurt-1.oraclecloud.com',
  keyShape: { algorithm: 'AES', length: 32 },
};

describe('kmsKeyAutoRotation (OCI-CIS-3.16)', () => {
  test('passes a key rotated every 90 days and one rotated at the service default interval', () => {
    const stack = newStack();
    expect(kmsKeyAutoRotation(masterKey(stack))).toBe('COMPLIANT');
    expect(kmsKeyAutoRotation(new KmsKey(stack, 'ServiceDefault', { ...KEY, isAutoRotationEnabled: true }))).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.16')).toEqual([]);
  });

  test('fails a key without auto-rotation and one rotated less than yearly', () => {
    const stack = newStack();
    const manual = new KmsKey(stack, 'Manual', KEY);
    const slow = new KmsKey(stack, 'Slow', { ...KEY, isAutoRotationEnabled: true, autoKeyRotationDetails: { rotationIntervalInDays: 400 } });
    expect(kmsKeyAutoRotation(slow)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.16')).toEqual([expectedNote('OCI-CIS-3.16', manual), expectedNote('OCI-CIS-3.16', slow)]);
  });

  test('is not applicable to an external key', () => {
    const stack = newStack();
    expect(kmsKeyAutoRotation(new KmsKey(stack, 'External', { ...KEY, externalKeyReference: { externalKeyId: 'ext-1' } }))).toBe('NOT_APPLICABLE');
  });
});
