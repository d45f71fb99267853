import { parse } from 'yaml';
import { GovernanceConfigSchema } from '../../../lib/config/governance-schema';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { runPolicyChecks } from '../../../lib/policy';
import { addPlatformGovernance } from '../../../stacks/governance';
import { resourcesOf, synthResources } from '../../support/synth';
import { ociStack } from '../database/construct-fixtures';
import { GOVERNANCE_YAML, SUBSCRIBED_PLATFORM } from './governance-fixtures';

describe('addPlatformGovernance', () => {
  test('parses the governance section with its defaults', () => {
    const c = GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML));
    expect(c).toMatchObject({ pathPrefix: '/governance', rateLimitPerSecond: 100, rateLimitKey: 'CLIENT_IP', catalogUpdates: true, database: { version: '23ai', user: 'ADMIN', allowTlsWithoutWallet: false } });
    expect(GovernanceConfigSchema.parse({ image: c.image, authentication: c.authentication })).toMatchObject({ approverGroups: {}, subscriptions: [], anchorRetentionDays: 2555 });
  });

  test.each([
    [{ image: 'docker.io/acme/governance:1' }, ['image']],
    [{ requiredApprovals: { high: ['legal'] } }, ['requiredApprovals', 'high', 0]],
    [{ anchorRetentionLockTime: '2027-01-15' }, ['anchorRetentionLockTime']],
    [{ subscriptions: [{ name: 'both', email: 'a@example.com', customHttpsUrl: 'https://x.example.com' }] }, ['subscriptions', 0]],
    [{ subscriptions: [{ name: 'sms', smsNumber: '+14255550100' }] }, ['subscriptions', 0]],
    [{ subscriptions: [{ name: 'old', httpsUrl: 'https://x.example.com' }] }, ['subscriptions', 0]],
    [{ database: { version: '21c' } }, ['database', 'version']],
    [{ rateLimitPerSecond: 0 }, ['rateLimitPerSecond']],
    [{ extra: true }, []],
  ])('fails the schema on %j', (override, path) => {
    const result = GovernanceConfigSchema.safeParse({ ...parse(GOVERNANCE_YAML), ...override });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });

  test('defines governance inside the platform, on its network, vault, gateway and log group, without policy findings', () => {
    const stack = ociStack();
    const platform = new MlopsPlatform(stack, 'Platform', SUBSCRIBED_PLATFORM);
    const governance = addPlatformGovernance(platform, GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML)));
    expect(governance.node.path).toBe('stack/Platform/ModelGovernance');
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test('wires the platform parts into the governance resources', () => {
    const r = synthResources((s) => addPlatformGovernance(new MlopsPlatform(s, 'Platform', SUBSCRIBED_PLATFORM), GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML))));
    const fn = resourcesOf(r, 'oci_functions_function').find((f) => f.display_name === 'acme-mlops-governance')!;
    expect(fn.application_id).toMatch(/^\$\{oci_functions_application\.Platform_Serving_FunctionsApplication_\w+\.id\}$/);
    const db = resourcesOf(r, 'oci_database_autonomous_database')[0]!;
    expect(db.subnet_id).toMatch(/^\$\{oci_core_subnet\.Platform_Network_DataSubnet_\w+\.id\}$/);
    expect(db.kms_key_id).toMatch(/^\$\{oci_kms_key\.Platform_Vault_Key_\w+\.id\}$/);
    expect(JSON.parse((fn.config as Record<string, string>).OCI_MLOPS_GOVERNANCE_POLICY!)).toMatchObject({ approver_groups: { risk: 'model-risk-officers' } });
  });
});
