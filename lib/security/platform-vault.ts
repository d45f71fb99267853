import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { KmsKey } from '../../.gen/providers/oci/kms-key';
import { KmsVault } from '../../.gen/providers/oci/kms-vault';
import { outside, runChecks } from '../private/checks';

/** A vault and the master encryption key the platform encrypts with. */
export interface IPlatformVault {
  readonly vaultId: string;
  /** Customer-managed AES-256 key used by buckets, databases, streams and secrets. */
  readonly keyId: string;
}

export interface PlatformVaultProps {
  /** Compartment of the vault and key. */
  readonly compartmentId: string;
  /**
   * Name prefix of the vault and key.
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /**
   * Vault type. OCI rotates keys automatically only in a virtual private vault; with `DEFAULT`
   * (shared partition, cheaper) rotation must be run by hand or a scheduled job.
   * @default 'VIRTUAL_PRIVATE'
   */
  readonly vaultType?: 'VIRTUAL_PRIVATE' | 'DEFAULT';
  /**
   * Days between automatic key rotations, 60-365 (virtual private vaults only).
   * @default 90
   */
  readonly rotationIntervalDays?: number;
  /**
   * Where the key material lives: `HSM` (FIPS 140-2 level 3) or `SOFTWARE`.
   * @default 'HSM'
   */
  readonly protectionMode?: 'HSM' | 'SOFTWARE';
}

/**
 * Defines a vault with a customer-managed AES-256 master encryption key, rotated automatically.
 */
export class PlatformVault extends Construct implements IPlatformVault {
  /** Wraps an existing vault and key (bring your own); nothing is defined. */
  static fromExisting(props: IPlatformVault): IPlatformVault {
    return props;
  }

  readonly vault: KmsVault;
  readonly key: KmsKey;
  readonly vaultId: string;
  readonly keyId: string;

  constructor(scope: Construct, id: string, props: PlatformVaultProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    const vaultType = props.vaultType ?? 'VIRTUAL_PRIVATE';
    const rotation = props.rotationIntervalDays ?? 90;
    runChecks(this.node.path, props, [
      { fails: () => outside(rotation, 60, 365), message: () => `rotationIntervalDays must be an integer from 60 to 365, got ${rotation}` },
      {
        fails: (p) => vaultType === 'DEFAULT' && p.rotationIntervalDays !== undefined,
        message: () => 'rotationIntervalDays needs vaultType VIRTUAL_PRIVATE: OCI rotates keys automatically only in virtual private vaults',
      },
    ]);
    this.vault = new KmsVault(this, 'Vault', { compartmentId: props.compartmentId, displayName: `${prefix}-vault`, vaultType });
    const autoRotate = vaultType === 'VIRTUAL_PRIVATE';
    this.key = new KmsKey(this, 'Key', {
      compartmentId: props.compartmentId,
      displayName: `${prefix}-master-key`,
      managementEndpoint: this.vault.managementEndpoint,
      keyShape: { algorithm: 'AES', length: 32 },
      protectionMode: props.protectionMode ?? 'HSM',
      isAutoRotationEnabled: autoRotate,
      autoKeyRotationDetails: autoRotate ? { rotationIntervalInDays: rotation } : undefined,
    });
    if (!autoRotate) {
      Annotations.of(this).addWarning('vaultType DEFAULT: OCI does not rotate keys automatically in a shared vault; schedule rotation (oci kms management key rotate) yourself');
    }
    this.vaultId = this.vault.id;
    this.keyId = this.key.id;
  }
}
