import { SecureAutonomousDatabase, type SecureAutonomousDatabaseProps, autonomousDatabaseName } from '../../../lib/database/secure-autonomous-database';
import { runPolicyChecks } from '../../../lib/policy';
import { DATABASE_PASSWORD_RULES, PASSPHRASE_GENERATION_TEMPLATES } from '../../../lib/security/database-password-generation';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { COMPARTMENT, NETWORK, ociStack, TENANCY, VAULT } from './construct-fixtures';

const BASE: SecureAutonomousDatabaseProps = {
  compartmentId: COMPARTMENT, tenancyId: TENANCY, dbName: 'acmegov', displayName: 'acme-governance',
  vcnId: NETWORK.vcnId, subnetId: NETWORK.subnetIds.data, clientNsgIds: [NETWORK.nsgIds.workloads!], vault: VAULT,
};

describe('SecureAutonomousDatabase', () => {
  const r = synthResources((s) => { new SecureAutonomousDatabase(s, 'Db', BASE); });
  const db = resourcesOf(r, 'oci_database_autonomous_database')[0]!;

  test('defines an OLTP ECPU database with auto-scaling, backups and the customer-managed key', () => {
    expect(db).toMatchObject({
      db_name: 'acmegov', db_workload: 'OLTP', db_version: '23ai', compute_model: 'ECPU', compute_count: 2, data_storage_size_in_gb: 20,
      is_auto_scaling_enabled: true, is_auto_scaling_for_storage_enabled: true, backup_retention_period_in_days: 30,
      license_model: 'LICENSE_INCLUDED', kms_key_id: VAULT.keyId, vault_id: VAULT.vaultId,
    });
  });

  test('reaches the database only through a private endpoint in the data subnet with mTLS required', () => {
    expect(db).toMatchObject({ subnet_id: NETWORK.subnetIds.data, is_mtls_connection_required: true });
    expect(db.nsg_ids).toEqual([expect.stringMatching(/^\$\{oci_core_network_security_group\.Db_Nsg_\w+\.id\}$/)]);
    expect(db.whitelisted_ips).toBeUndefined();
    expect(resourcesOf(r, 'oci_core_network_security_group_security_rule')).toEqual([expect.objectContaining({
      direction: 'INGRESS', protocol: '6', source: NETWORK.nsgIds.workloads, source_type: 'NETWORK_SECURITY_GROUP',
      tcp_options: { destination_port_range: { min: 1522, max: 1522 } },
    })]);
  });

  test('takes the ADMIN password from a secret Vault generated, so no password is in the configuration', () => {
    expect(db.admin_password).toBeUndefined();
    expect(db).toMatchObject({ secret_id: expect.stringMatching(/^\$\{oci_vault_secret\.Db_AdminPassword_\w+\.id\}$/), secret_version_number: 1 });
    const secret = resourcesOf(r, 'oci_vault_secret')[0]!;
    expect(secret).toMatchObject({ enable_auto_generation: true, key_id: VAULT.keyId, secret_generation_context: { generation_type: 'PASSPHRASE' } });
    expect(secret.secret_content).toBeUndefined();
  });

  test('generates the ADMIN password with a passphrase template the Vault API knows, at a length ADB accepts', () => {
    const context = resourcesOf(r, 'oci_vault_secret')[0]!.secret_generation_context as { generation_template: string; passphrase_length: number };
    expect(PASSPHRASE_GENERATION_TEMPLATES).toContain(context.generation_template);
    expect(context.generation_template).toBe('DBAAS_DEFAULT_PASSWORD');
    const { minLength, maxLength } = DATABASE_PASSWORD_RULES['autonomous-database'];
    expect(context.passphrase_length).toBeGreaterThanOrEqual(minLength);
    expect(context.passphrase_length).toBeLessThanOrEqual(maxLength);
  });

  test('lets the databases of the compartment use the key, and creates the database after that grant', () => {
    expect(resourcesOf(r, 'oci_identity_dynamic_group')[0]).toMatchObject({
      compartment_id: TENANCY, matching_rule: `ALL {resource.type = 'autonomousdatabase', resource.compartment.id = '${COMPARTMENT}'}`,
    });
    expect(resourcesOf(r, 'oci_identity_policy')[0]!.statements).toEqual([
      `Allow dynamic-group acme-governance-adb to read vaults in compartment id ${COMPARTMENT} where target.vault.id = '${VAULT.vaultId}'`,
      `Allow dynamic-group acme-governance-adb to use keys in compartment id ${COMPARTMENT} where target.key.id = '${VAULT.keyId}'`,
    ]);
    expect(db.depends_on).toEqual([expect.stringMatching(/^oci_identity_policy\.Db_KeyAccessPolicy_\w+$/)]);
  });

  test('opens the endpoint to CIDR blocks, accepts TLS without a wallet and sizes the database when asked', () => {
    const out = synthResources((s) => {
      const d = new SecureAutonomousDatabase(s, 'Db', { ...BASE, clientNsgIds: undefined, clientCidrs: ['10.1.0.0/20'], allowTlsWithoutWallet: true, ecpuCount: 4, storageGb: 1024, backupRetentionDays: 60, workload: 'DW', dbVersion: '19c', enableComputeAutoScaling: false });
      expect(d.connectString('high')).toMatch(/TfToken|\$\{/);
    });
    expect(resourcesOf(out, 'oci_database_autonomous_database')[0]).toMatchObject({ is_mtls_connection_required: false, compute_count: 4, data_storage_size_in_gb: 1024, backup_retention_period_in_days: 60, db_workload: 'DW', db_version: '19c', is_auto_scaling_enabled: false });
    expect(resourcesOf(out, 'oci_core_network_security_group_security_rule')[0]).toMatchObject({ source: '10.1.0.0/20', source_type: 'CIDR_BLOCK' });
  });

  test('writes the key grant in the vault\'s compartment when the key lives elsewhere', () => {
    const platform = 'ocid1.compartment.oc1..aaaaaaaaplatformcompartmentexample';
    const out = synthResources((s) => { new SecureAutonomousDatabase(s, 'Db', { ...BASE, vaultCompartmentId: platform }); });
    const policy = resourcesOf(out, 'oci_identity_policy')[0]!;
    expect(policy.compartment_id).toBe(platform);
    expect(policy.statements).toEqual([expect.stringContaining(`in compartment id ${platform} where target.vault.id`), expect.stringContaining(`in compartment id ${platform} where target.key.id`)]);
    expect(resourcesOf(out, 'oci_identity_dynamic_group')[0]!.matching_rule).toContain(`resource.compartment.id = '${COMPARTMENT}'`);
  });

  test('warns when no tenancy is given for the key grant', () => {
    const stack = freshStack();
    const d = new SecureAutonomousDatabase(stack, 'Db', { ...BASE, tenancyId: undefined });
    expect(d.keyAccess).toBeUndefined();
    expect(d.node.metadata.map((m) => String(m.data))).toEqual([expect.stringContaining('tenancyId is not set')]);
  });

  test('derives valid database names from resource prefixes', () => {
    expect(autonomousDatabaseName('acme-mlops-fraud-detection', 'fs')).toBe('acmemlopsfrauddetectionfs');
    expect(autonomousDatabaseName('1x', 'gov')).toBe('db1xgov');
    expect(autonomousDatabaseName('a'.repeat(40), 'gov')).toHaveLength(30);
  });

  test('has no policy findings', () => {
    const stack = ociStack();
    new SecureAutonomousDatabase(stack, 'Db', BASE);
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test.each([
    [{ dbName: 'my-db' }, 'dbName must be 1-30 letters and digits starting with a letter, got "my-db"'],
    [{ workload: 'OLAP' }, 'workload must be one of OLTP, DW, AJD, APEX, got "OLAP"'],
    [{ dbVersion: '21c' }, 'dbVersion must be one of 19c, 23ai, got "21c"'],
    [{ ecpuCount: 1 }, 'ecpuCount must be an integer from 2 to 512, got 1'],
    [{ storageGb: 10 }, 'storageGb must be an integer from 20 to 393216, got 10'],
    [{ backupRetentionDays: 61 }, 'backupRetentionDays must be an integer from 1 to 60, got 61'],
    [{ clientNsgIds: [] }, 'clientNsgIds or clientCidrs must name at least one client'],
    [{ clientCidrs: ['10.0.0.0'] }, 'clientCidrs must hold IPv4 CIDR blocks a.b.c.d/n, got "10.0.0.0"'],
    [{ privateEndpointLabel: 'my-db' }, 'privateEndpointLabel must be 1-63 letters and digits starting with a letter, got "my-db"'],
  ])('fails on %j', (override, message) => {
    expect(() => new SecureAutonomousDatabase(freshStack(), 'Db', { ...BASE, ...override } as SecureAutonomousDatabaseProps)).toThrow(`T/Db: ${message}`);
  });
});
