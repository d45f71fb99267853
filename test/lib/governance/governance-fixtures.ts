/** Fixtures of the governance section tests, shared with the feature store's example-app test. */
import { type ModelGovernanceProps } from '../../../lib/governance/governance';
import { type MlopsPlatformProps } from '../../../lib/mlops-platform';
import { PLATFORM_PROPS } from '../../support/platform-fixtures';
import { COMPARTMENT, NETWORK, TENANCY, VAULT } from '../database/construct-fixtures';

/** The platform fixture with its topics subscribed, as stacks/platform.yaml has them (the topic rule checks the whole stack). */
export const SUBSCRIBED_PLATFORM: MlopsPlatformProps = {
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
    customHttpsUrl: https://chatops.example.com/hooks/model-governance
anchorRetentionDays: 2555
anchorRetentionLockTime: "2027-01-15T00:00:00Z"
database: {ecpuCount: 2, storageGb: 20, backupRetentionDays: 30}
`;

export const AUTHORIZER = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaauthorizerexampleexample';
export const GOVERNANCE_BASE: ModelGovernanceProps = {
  compartmentId: COMPARTMENT, tenancyId: TENANCY, namePrefix: 'acme-mlops', network: NETWORK, vault: VAULT,
  servingBase: { functionsApplicationId: 'ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaappexample', apiGatewayId: 'ocid1.apigateway.oc1.eu-frankfurt-1.aaaaaaaagwexample', apiGatewayHostname: 'gw.example.com' },
  logGroupId: 'ocid1.loggroup.oc1.eu-frankfurt-1.aaaaaaaalgexample',
  image: 'fra.ocir.io/acme/mlops/governance:1.0.0',
  authentication: { type: 'function', functionId: AUTHORIZER },
  subscriptions: [{ name: 'model-risk', email: 'model-risk@example.com' }],
  anchorRetentionLockTime: '2027-01-15T00:00:00Z',
};
