import { Annotations, Token } from 'cdktf';
import { Construct } from 'constructs';
import { CoreNetworkSecurityGroup } from '../../.gen/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../.gen/providers/oci/core-network-security-group-security-rule';
import { DatabaseAutonomousDatabase } from '../../.gen/providers/oci/database-autonomous-database';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { VaultSecret } from '../../.gen/providers/oci/vault-secret';
import { MatchingRule, PolicyCondition, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { mismatches, outside, runChecks } from '../private/checks';
import { databasePasswordGeneration } from '../security/database-password-generation';
import { type IPlatformVault } from '../security/platform-vault';

/** Workload types of Autonomous Database Serverless (`db_workload`). */
export const AUTONOMOUS_DATABASE_WORKLOADS = ['OLTP', 'DW', 'AJD', 'APEX'] as const;
export type AutonomousDatabaseWorkload = (typeof AUTONOMOUS_DATABASE_WORKLOADS)[number];

/** Database versions Autonomous Database Serverless offers with the ECPU compute model. */
export const AUTONOMOUS_DATABASE_VERSIONS = ['19c', '23ai'] as const;
export type AutonomousDatabaseVersion = (typeof AUTONOMOUS_DATABASE_VERSIONS)[number];

/** Database services (consumer groups) of an Autonomous Database; `tp`/`tpurgent` exist for OLTP only. */
export type AutonomousDatabaseService = 'low' | 'medium' | 'high' | 'tp' | 'tpurgent';

/** Port of Autonomous Database's TLS/mTLS listener. */
export const AUTONOMOUS_DATABASE_PORT = 1522;

export interface SecureAutonomousDatabaseProps {
  /** Compartment of the database, its NSG, secret and key policy. */
  readonly compartmentId: string;
  /** Database name: 1-30 letters and digits, starting with a letter, unique in the tenancy and region. */
  readonly dbName: string;
  /**
   * Display name.
   * @default - the dbName
   */
  readonly displayName?: string;
  /** VCN of the data subnet: the database's NSG is defined in it. */
  readonly vcnId: string;
  /** Private subnet of the database's private endpoint (the data tier; no internet route). */
  readonly subnetId: string;
  /**
   * NSGs whose members may connect on port 1522 (for example the functions' or jobs' NSG).
   * @default - none
   */
  readonly clientNsgIds?: readonly string[];
  /**
   * CIDR blocks that may connect on port 1522 (for example a workloads subnet without an NSG).
   * @default - none; clientNsgIds or clientCidrs must name at least one client
   */
  readonly clientCidrs?: readonly string[];
  /**
   * Further NSGs of the private endpoint (for example the platform's data-tier NSG).
   * @default - only the NSG this construct defines
   */
  readonly nsgIds?: readonly string[];
  /** Vault and customer-managed key: the key encrypts the database (TDE master key) and the admin password secret. */
  readonly vault: IPlatformVault;
  /**
   * Compartment of the vault and key: the key grant is written there (OCI matches a policy's
   * location against the key's compartment).
   * @default - compartmentId
   */
  readonly vaultCompartmentId?: string;
  /**
   * Tenancy OCID: defines the dynamic group of the database and the policy that lets it use the
   * key (Autonomous Database needs both before it can be created with a customer-managed key).
   * @default - no dynamic group or policy: grant the database the key yourself (a warning says so)
   */
  readonly tenancyId?: string;
  /**
   * Workload type: `OLTP` (Transaction Processing), `DW`, `AJD` (JSON) or `APEX`.
   * @default 'OLTP'
   */
  readonly workload?: AutonomousDatabaseWorkload;
  /**
   * Database version.
   * @default '23ai'
   */
  readonly dbVersion?: AutonomousDatabaseVersion;
  /**
   * ECPUs, 2-512.
   * @default 2
   */
  readonly ecpuCount?: number;
  /**
   * Storage in GB, 20-393216.
   * @default 20
   */
  readonly storageGb?: number;
  /**
   * Let the database use up to three times its ECPUs under load.
   * @default true
   */
  readonly enableComputeAutoScaling?: boolean;
  /**
   * Let storage grow beyond storageGb when it fills up.
   * @default true
   */
  readonly enableStorageAutoScaling?: boolean;
  /**
   * Days of automatic backups, 1-60.
   * @default 30
   */
  readonly backupRetentionDays?: number;
  /**
   * Accept one-way TLS as well as mutual TLS (clients then need no wallet; the private endpoint and
   * its NSG still limit who can connect).
   * @default false
   */
  readonly allowTlsWithoutWallet?: boolean;
  /**
   * Licence model.
   * @default 'LICENSE_INCLUDED'
   */
  readonly licenseModel?: 'LICENSE_INCLUDED' | 'BRING_YOUR_OWN_LICENSE';
  /**
   * Host name prefix of the private endpoint (letters and digits, 1-63).
   * @default - chosen by OCI
   */
  readonly privateEndpointLabel?: string;
}

/**
 * Defines an Autonomous Database Serverless that is reachable only through a private endpoint in the
 * data subnet, with an NSG that opens port 1522 to the named clients, mutual TLS required,
 * encrypted with the customer-managed key, automatic backups kept for a set number of days, and the
 * ADMIN password generated inside Vault: the database reads it from the secret (`secret_id`), so the
 * password appears neither in the configuration nor in the Terraform state.
 */
export class SecureAutonomousDatabase extends Construct {
  readonly resource: DatabaseAutonomousDatabase;
  readonly autonomousDatabaseId: string;
  /** Vault secret holding the ADMIN password (Vault generated it). */
  readonly adminPasswordSecret: VaultSecret;
  readonly adminPasswordSecretId: string;
  /** NSG of the private endpoint: port 1522 from the clients only. */
  readonly nsg: CoreNetworkSecurityGroup;
  /** Private IP of the endpoint. */
  readonly privateEndpointIp: string;
  /** Dynamic group and policy that let the database use the key, when tenancyId was given. */
  readonly keyAccess?: { readonly dynamicGroup: IdentityDynamicGroup; readonly policy: IdentityPolicy };
  /** True when clients must present a wallet (mutual TLS). */
  readonly mtlsRequired: boolean;
  private ruleCount = 0;

  constructor(scope: Construct, id: string, props: SecureAutonomousDatabaseProps) {
    super(scope, id);
    const clients = (props.clientNsgIds?.length ?? 0) + (props.clientCidrs?.length ?? 0);
    const badCidr = (props.clientCidrs ?? []).find((c) => mismatches(c, /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/));
    runChecks(this.node.path, props, [
      { fails: (p) => mismatches(p.dbName, /^[A-Za-z][A-Za-z0-9]{0,29}$/), message: (p) => `dbName must be 1-30 letters and digits starting with a letter, got ${JSON.stringify(p.dbName)}` },
      { fails: (p) => p.workload !== undefined && !(AUTONOMOUS_DATABASE_WORKLOADS as readonly string[]).includes(p.workload), message: (p) => `workload must be one of ${AUTONOMOUS_DATABASE_WORKLOADS.join(', ')}, got ${JSON.stringify(p.workload)}` },
      { fails: (p) => p.dbVersion !== undefined && !(AUTONOMOUS_DATABASE_VERSIONS as readonly string[]).includes(p.dbVersion), message: (p) => `dbVersion must be one of ${AUTONOMOUS_DATABASE_VERSIONS.join(', ')}, got ${JSON.stringify(p.dbVersion)}` },
      { fails: (p) => outside(p.ecpuCount, 2, 512), message: (p) => `ecpuCount must be an integer from 2 to 512, got ${p.ecpuCount}` },
      { fails: (p) => outside(p.storageGb, 20, 393216), message: (p) => `storageGb must be an integer from 20 to 393216, got ${p.storageGb}` },
      { fails: (p) => outside(p.backupRetentionDays, 1, 60), message: (p) => `backupRetentionDays must be an integer from 1 to 60, got ${p.backupRetentionDays}` },
      { fails: () => clients === 0, message: () => 'clientNsgIds or clientCidrs must name at least one client that may connect (the private endpoint is closed otherwise)' },
      { fails: () => badCidr !== undefined, message: () => `clientCidrs must hold IPv4 CIDR blocks a.b.c.d/n, got ${JSON.stringify(badCidr)}` },
      { fails: (p) => mismatches(p.privateEndpointLabel, /^[A-Za-z][A-Za-z0-9]{0,62}$/), message: (p) => `privateEndpointLabel must be 1-63 letters and digits starting with a letter, got ${JSON.stringify(p.privateEndpointLabel)}` },
    ]);
    const compartmentId = props.compartmentId;
    const displayName = props.displayName ?? props.dbName;

    this.nsg = new CoreNetworkSecurityGroup(this, 'Nsg', { compartmentId, vcnId: props.vcnId, displayName: `${displayName}-adb-nsg` });
    for (const nsgId of props.clientNsgIds ?? []) this.allowIngress(nsgId, 'NETWORK_SECURITY_GROUP');
    for (const cidr of props.clientCidrs ?? []) this.allowIngress(cidr, 'CIDR_BLOCK');

    // Vault generates it with its database password template, 30 characters: ADB's longest (12-30,
    // upper and lower case letters and a digit, no `"`).
    this.adminPasswordSecret = new VaultSecret(this, 'AdminPassword', {
      compartmentId, vaultId: props.vault.vaultId, keyId: props.vault.keyId, secretName: `${displayName}-adb-admin-password`,
      description: `ADMIN password of the Autonomous Database ${displayName}, generated by Vault`,
      enableAutoGeneration: true,
      secretGenerationContext: databasePasswordGeneration('autonomous-database'),
    });
    this.adminPasswordSecretId = this.adminPasswordSecret.id;

    if (props.tenancyId !== undefined) {
      this.keyAccess = this.defineKeyAccess(props.tenancyId, compartmentId, props.vaultCompartmentId ?? compartmentId, displayName, props.vault);
    } else {
      Annotations.of(this).addWarning('tenancyId is not set: no dynamic group lets this Autonomous Database use the customer-managed key; grant it (use keys, read vaults) before deploying');
    }

    this.mtlsRequired = !(props.allowTlsWithoutWallet ?? false);
    this.resource = new DatabaseAutonomousDatabase(this, 'Resource', {
      compartmentId,
      dbName: props.dbName,
      displayName,
      dbWorkload: props.workload ?? 'OLTP',
      dbVersion: props.dbVersion ?? '23ai',
      computeModel: 'ECPU',
      computeCount: props.ecpuCount ?? 2,
      dataStorageSizeInGb: props.storageGb ?? 20,
      isAutoScalingEnabled: props.enableComputeAutoScaling ?? true,
      isAutoScalingForStorageEnabled: props.enableStorageAutoScaling ?? true,
      backupRetentionPeriodInDays: props.backupRetentionDays ?? 30,
      licenseModel: props.licenseModel ?? 'LICENSE_INCLUDED',
      isMtlsConnectionRequired: this.mtlsRequired,
      subnetId: props.subnetId,
      nsgIds: [this.nsg.id, ...(props.nsgIds ?? [])],
      privateEndpointLabel: props.privateEndpointLabel,
      secretId: this.adminPasswordSecret.id,
      secretVersionNumber: 1,
      kmsKeyId: props.vault.keyId,
      vaultId: props.vault.vaultId,
      dependsOn: this.keyAccess ? [this.keyAccess.policy] : undefined,
    });
    this.autonomousDatabaseId = this.resource.id;
    this.privateEndpointIp = this.resource.privateEndpointIp;
  }

  /**
   * The connection string of one database service (`connection_strings[0].all_connection_strings`),
   * for `OCI_MLOPS_*_ADB_CONNECT_STRING`.
   *
   * @param service - `tp` for short transactions (OLTP only), `low`, `medium`, `high`, `tpurgent`
   * @returns a Terraform expression resolved at apply time
   */
  public connectString(service: AutonomousDatabaseService = 'tp'): string {
    return this.resource.connectionStrings.get(0).allConnectionStrings.lookup(service.toUpperCase());
  }

  /**
   * Opens port 1522 of the private endpoint to another NSG or CIDR block.
   *
   * @param source - an NSG OCID or an IPv4 CIDR block
   * @param sourceType - `NETWORK_SECURITY_GROUP` or `CIDR_BLOCK`
   * @returns the NSG rule
   */
  public allowIngress(source: string, sourceType: 'NETWORK_SECURITY_GROUP' | 'CIDR_BLOCK'): CoreNetworkSecurityGroupSecurityRule {
    return new CoreNetworkSecurityGroupSecurityRule(this, `NsgRule${++this.ruleCount}`, {
      networkSecurityGroupId: this.nsg.id,
      direction: 'INGRESS',
      protocol: '6',
      source,
      sourceType,
      stateless: false,
      description: 'Autonomous Database (TLS/mTLS) from a client',
      tcpOptions: { destinationPortRange: { min: AUTONOMOUS_DATABASE_PORT, max: AUTONOMOUS_DATABASE_PORT } },
    });
  }

  private defineKeyAccess(tenancyId: string, compartmentId: string, vaultCompartmentId: string, displayName: string, vault: IPlatformVault) {
    const rule = MatchingRule.all(MatchingRule.resourceType('autonomousdatabase'), MatchingRule.resourceCompartmentId(compartmentId));
    const name = `${displayName}-adb`;
    const dynamicGroup = new IdentityDynamicGroup(this, 'KeyAccessDynamicGroup', {
      compartmentId: tenancyId, name, description: `Autonomous Databases of ${displayName}: encryption with the customer-managed key`, matchingRule: rule.toString(),
    });
    const subject = PolicySubject.dynamicGroup(Token.isUnresolved(dynamicGroup.name) ? name : dynamicGroup.name);
    const location = PolicyLocation.compartmentId(vaultCompartmentId);
    const statements = [
      // The database looks up the vault of its key (GetVault).
      new PolicyStatement({ subject, verb: 'read', resource: 'vaults', location, where: PolicyCondition.eq('target.vault.id', vault.vaultId) }),
      // Wrap and unwrap the TDE master key with the customer-managed key, that key only.
      new PolicyStatement({ subject, verb: 'use', resource: 'keys', location, where: PolicyCondition.eq('target.key.id', vault.keyId) }),
    ];
    const policy = new IdentityPolicy(this, 'KeyAccessPolicy', {
      compartmentId: vaultCompartmentId, name, description: `Autonomous Databases of ${displayName} use the customer-managed key`,
      statements: statements.map(String), dependsOn: [dynamicGroup],
    });
    return { dynamicGroup, policy };
  }
}

/**
 * The policy statement that lets `subject` fetch the mTLS wallet of one Autonomous Database
 * (GenerateAutonomousDatabaseWallet, which needs AUTONOMOUS_DATABASE_CONTENT_READ: `read` on
 * `autonomous-databases` is `inspect` plus that permission), limited to that database.
 *
 * @param subject - who fetches the wallet (a function's or job's dynamic group)
 * @param location - the database's compartment
 * @param autonomousDatabaseId - the database OCID (a token is fine)
 * @returns `Allow <subject> to read autonomous-databases in <location> where target.autonomous-database.id = '<id>'`
 */
export function autonomousDatabaseWalletStatement(subject: PolicySubject, location: PolicyLocation, autonomousDatabaseId: string): PolicyStatement {
  return new PolicyStatement({ subject, verb: 'read', resource: 'autonomous-databases', location, where: PolicyCondition.eq('target.autonomous-database.id', autonomousDatabaseId) });
}

/** An Autonomous Database name from a prefix: letters and digits only, at most 30, starting with a letter. */
export function autonomousDatabaseName(prefix: string, suffix: string): string {
  const name = `${prefix}${suffix}`.replace(/[^A-Za-z0-9]/g, '');
  return (/^[A-Za-z]/.test(name) ? name : `db${name}`).slice(0, 30);
}
