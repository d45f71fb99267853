import { PlatformVault } from '../../../lib/security/platform-vault';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';

describe('PlatformVault', () => {
  test('defines a virtual private vault with an HSM AES-256 key rotated every 90 days', () => {
    const r = synthResources((s) => { new PlatformVault(s, 'Vault', { compartmentId: COMPARTMENT }); });
    expect(resourcesOf(r, 'oci_kms_vault')).toEqual([expect.objectContaining({ vault_type: 'VIRTUAL_PRIVATE' })]);
    expect(resourcesOf(r, 'oci_kms_key')).toEqual([expect.objectContaining({
      protection_mode: 'HSM', key_shape: { algorithm: 'AES', length: 32 }, is_auto_rotation_enabled: true, auto_key_rotation_details: { rotation_interval_in_days: 90 },
    })]);
  });

  test('turns automatic rotation off in a shared vault, where OCI does not offer it', () => {
    const r = synthResources((s) => { new PlatformVault(s, 'Vault', { compartmentId: COMPARTMENT, vaultType: 'DEFAULT' }); });
    expect(resourcesOf(r, 'oci_kms_key')[0]).toMatchObject({ is_auto_rotation_enabled: false });
  });

  test('fails on a rotation interval outside 60-365 days', () => {
    expect(() => new PlatformVault(freshStack(), 'V', { compartmentId: COMPARTMENT, rotationIntervalDays: 30 })).toThrow(/rotationIntervalDays must be an integer from 60 to 365, got 30/);
  });

  test('fails on a rotation interval with a shared vault', () => {
    expect(() => new PlatformVault(freshStack(), 'V', { compartmentId: COMPARTMENT, vaultType: 'DEFAULT', rotationIntervalDays: 90 })).toThrow(/rotationIntervalDays needs vaultType VIRTUAL_PRIVATE/);
  });
});
