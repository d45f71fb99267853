import { parse } from 'yaml';
import { GovernanceConfigSchema } from '../../../lib/config/governance-schema';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { runPolicyChecks } from '../../../lib/policy';
import { addPlatformGovernance } from '../../../stacks/governance';
import { PLATFORM_PROPS } from '../../support/platform-fixtures';
import { resourcesOf, synthResources } from '../../support/synth';
import { ociStack } from '../database/construct-fixtures';

/** The platform fixture with its topics subscribed, as stacks/platform.yaml has them (the topic rule checks the whole stack). */
export const SUBSCRIBED_PLATFORM = {
  ...PLATFORM_PROPS,
  subscriptions: (['critical', 'warning', 'info'] as const).map((severity) => ({ name: `oncall-${severity}`, severity, email: `oncall-${severity}@example.com` })),
};

/** The `governance:` section of stacks/platform.yaml, as the report proposes it. */
export const GOVERNANCE_YAML = `
image: fra.ocir.io/acmetenancy/mlops/governance:0.1.0
authentication:
  type: function
  functionId: ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaa6zq3kx7lmv2pfzhd5rjt6ngc4sbe3yqau7oi2hlkf5xtcm4dnpz
actorContextKey: sub
groupsContextKey: groups
approverGroups: {technical: ml-reviewers, risk: model-risk-officers, business: business-owners}
requiredApprovals: {low: [technical], medium: [technical, business], high: [technical, risk, business]}
operatorGroup: mlops-operators
adminGroup: governance-admins
subscriptions:
  - name: model-risk
    email: model-risk@example.com
  - name: release-bot
    httpsUrl: https://chatops.example.com/hooks/model-governance
anchorRetentionDays: 2555
anchorRetentionLockTime: "2027-01-15T00:00:00Z"
database: {ecpuCount: 2, storageGb: 20, backupRetentionDays: 30}
`;

describe('addPlatformGovernance', () => {
  test('parses the governance section with its defaults', () => {
    const c = GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML));
    expect(c).toMatchObject({ pathPrefix: '/governance', catalogUpdates: true, database: { version: '23ai', user: 'ADMIN', allowTlsWithoutWallet: false } });
    expect(GovernanceConfigSchema.parse({ image: c.image, authentication: c.authentication })).toMatchObject({ approverGroups: {}, subscriptions: [], anchorRetentionDays: 2555 });
  });

  test.each([
    [{ image: 'docker.io/acme/governance:1' }, ['image']],
    [{ requiredApprovals: { high: ['legal'] } }, ['requiredApprovals', 'high', 0]],
    [{ anchorRetentionLockTime: '2027-01-15' }, ['anchorRetentionLockTime']],
    [{ subscriptions: [{ name: 'both', email: 'a@example.com', httpsUrl: 'https://x.example.com' }] }, ['subscriptions', 0]],
    [{ database: { version: '21c' } }, ['database', 'version']],
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
    expect(governance.node.path).toBe('stack/Platform/Governance');
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test('wires the platform parts into the governance resources', () => {
    const r = synthResources((s) => addPlatformGovernance(new MlopsPlatform(s, 'Platform', PLATFORM_PROPS), GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML))));
    const fn = resourcesOf(r, 'oci_functions_function').find((f) => f.display_name === 'acme-mlops-governance')!;
    expect(fn.application_id).toMatch(/^\$\{oci_functions_application\.Platform_Serving_FunctionsApplication_\w+\.id\}$/);
    const db = resourcesOf(r, 'oci_database_autonomous_database')[0]!;
    expect(db.subnet_id).toMatch(/^\$\{oci_core_subnet\.Platform_Network_DataSubnet_\w+\.id\}$/);
    expect(db.kms_key_id).toMatch(/^\$\{oci_kms_key\.Platform_Vault_Key_\w+\.id\}$/);
    expect(JSON.parse((fn.config as Record<string, string>).OCI_MLOPS_GOVERNANCE_POLICY!)).toMatchObject({ approver_groups: { risk: 'model-risk-officers' } });
  });
});
