import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { CoreNetworkSecurityGroupSecurityRule } from '../../../.gen/providers/oci/core-network-security-group-security-rule';
import { FeatureStoreConfigSchema } from '../../../lib/config/feature-store-schema';
import { GovernanceConfigSchema } from '../../../lib/config/governance-schema';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { PlatformNetwork } from '../../../lib/network/platform-network';
import { runPolicyChecks } from '../../../lib/policy';
import { TeamWorkspace } from '../../../lib/team-workspace';
import { addTeamFeatureStore } from '../../../stacks/feature-store';
import { addPlatformGovernance } from '../../../stacks/governance';
import { FeatureStore } from '../../../lib/feature-store/feature-store';
import { ModelGovernance } from '../../../lib/governance/governance';
import { HAS_TF_VALIDATE, NETWORK_WITHOUT_NSGS, ociStack, TF_VALIDATE_LABEL, tfValidate } from '../database/construct-fixtures';
import { GOVERNANCE_BASE } from '../governance/governance-fixtures';
import { FEATURE_STORE_BASE } from './feature-store-fixtures';
import { GOVERNANCE_YAML, SUBSCRIBED_PLATFORM } from '../governance/governance-fixtures';

/** featureStore: sections of the example teams, as the report proposes them. */
export const FRAUD_DETECTION_YAML = `
ingestionImage: fra.ocir.io/acmetenancy/mlops/feature-ingest:0.1.0
ingestionIntervalMinutes: 5
featureGroups:
  - name: card_velocity
    entityKeys: [card_id]
    eventTimeColumn: event_time
    ttlSec: 86400
    description: Card transaction velocity over sliding windows
    features:
      - {name: txn_count_1h, type: int64}
      - {name: txn_amount_1h, type: float64}
      - {name: distinct_merchants_24h, type: int64}
  - name: merchant_risk
    entityKeys: [merchant_id]
    eventTimeColumn: event_time
    ttlSec: 604800
    features:
      - {name: chargeback_rate_30d, type: float64}
      - {name: is_high_risk_mcc, type: bool}
database: {ecpuCount: 4, storageGb: 100, backupRetentionDays: 35}
`;
export const RECOMMENDATIONS_YAML = `
ingestionImage: fra.ocir.io/acmetenancy/mlops/feature-ingest:0.1.0
ingestionIntervalMinutes: 15
streamPartitions: 4
streamRetentionHours: 72
clientCidrs: [10.40.0.0/20]   # the team's own workloads subnet (its network has no platform NSGs)
featureGroups:
  - name: user_engagement
    entityKeys: [user_id]
    eventTimeColumn: event_time
    ttlSec: 2592000
    features:
      - {name: sessions_7d, type: int64}
      - {name: avg_dwell_sec_7d, type: float64}
      - {name: favourite_category, type: string}
  - name: item_popularity
    entityKeys: [item_id, region]
    eventTimeColumn: event_time
    features:
      - {name: views_24h, type: int64}
      - {name: add_to_cart_rate_24h, type: float64}
database: {ecpuCount: 4, storageGb: 512}
`;
export const FORECASTING_YAML = `
ingestionImage: fra.ocir.io/acmetenancy/mlops/feature-ingest:0.1.0
ingestionIntervalMinutes: 60
featureGroups:
  - name: store_daily_sales
    entityKeys: [store_id, sku]
    eventTimeColumn: sales_date
    features:
      - {name: units_sold, type: int64}
      - {name: revenue, type: float64}
      - {name: promo_active, type: bool}
`;

const TEAM_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaat2yb3ksfk7rj3nqv5hxlwp6mqg4d2ce5ozubn7ifaxe3lrvhm4sa';
const BYO_NETWORK = PlatformNetwork.fromExisting({
  vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.amaaaaaat2yb3ksfk7rj3nqv5hxlwp6mqg4d2ce5ozubn7ifaxe3lrvhm4sa',
  subnetIds: {
    workloads: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaab7kq2xw5ndvmeh3lrzty4gfsc6uoip2jm7xwa3bkqe5dnfh2lvsa',
    data: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaf3mzq8vkw2lxt5nhb7rjd4cyego6sp2uia9wmk3tqefbn5zhlxca',
    endpoints: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaw9rkp3mq2tzxv7hlc5bnd4jfyse8go6uia2wmk3tqefbn5zhlpqa',
  },
  nsgIds: {},
});

/** The example app's shape: the platform stack with governance, and three team stacks with feature stores. */
function exampleApp() {
  const app = Testing.app();
  const platformStack = ociStack(app, 'platform');
  const platform = new MlopsPlatform(platformStack, 'Platform', SUBSCRIBED_PLATFORM);
  addPlatformGovernance(platform, GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML)));
  const teams = [['fraud-detection', FRAUD_DETECTION_YAML, undefined], ['recommendations', RECOMMENDATIONS_YAML, BYO_NETWORK], ['forecasting', FORECASTING_YAML, undefined]] as const;
  const stores = teams.map(([team, yaml, network]) => {
    const stack = ociStack(app, `team-${team}`);
    const subscriptions = [{ name: `${team}-oncall`, severity: 'critical' as const, email: `${team}@example.com` }, { name: `${team}-warning`, severity: 'warning' as const, email: `${team}@example.com` }, { name: `${team}-info`, severity: 'info' as const, email: `${team}@example.com` }];
    const workspace = new TeamWorkspace(stack, 'Team', { team, compartmentId: TEAM_COMPARTMENT, platform, existingNetwork: network, subscriptions });
    return addTeamFeatureStore(workspace, FeatureStoreConfigSchema.parse(parse(yaml)));
  });
  return { app, platform, stacks: [platformStack, ...stores.map((s) => s.node.scope!.node.scope!)], stores };
}

describe('addTeamFeatureStore', () => {
  test('parses the feature store sections of the three example teams with their defaults', () => {
    const c = FeatureStoreConfigSchema.parse(parse(FORECASTING_YAML));
    expect(c).toMatchObject({ streamPartitions: 1, streamRetentionHours: 24, clientCidrs: [], database: { ecpuCount: 2, version: '23ai', user: 'ADMIN' } });
    expect(FeatureStoreConfigSchema.parse(parse(RECOMMENDATIONS_YAML)).featureGroups.map((g) => g.name)).toEqual(['user_engagement', 'item_popularity']);
  });

  test.each([
    [{ featureGroups: [] }, ['featureGroups']],
    [{ featureGroups: [{ name: 'Bad-Name', entityKeys: ['id'], eventTimeColumn: 'ts', features: [{ name: 'x', type: 'int64' }] }] }, ['featureGroups', 0, 'name']],
    [{ featureGroups: [{ name: 'g', entityKeys: ['id'], eventTimeColumn: 'ts', features: [{ name: 'x', type: 'decimal' }] }] }, ['featureGroups', 0, 'features', 0, 'type']],
    [{ clientCidrs: ['10.0.0.0'] }, ['clientCidrs', 0]],
    [{ ingestionImage: 'ghcr.io/acme/ingest:1' }, ['ingestionImage']],
    [{ ingestionImageCompartmentId: 'ocid1.vcn.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla' }, ['ingestionImageCompartmentId']],
    [{ unknown: 1 }, []],
  ])('fails the schema on %j', (override, path) => {
    const result = FeatureStoreConfigSchema.safeParse({ ...parse(FORECASTING_YAML), ...override });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });

  const example = exampleApp();

  test('defines each team\'s store in its workspace, on the team network or the platform network', () => {
    expect(example.stores.map((s) => s.node.path)).toEqual(['team-fraud-detection/Team/FeatureStore', 'team-recommendations/Team/FeatureStore', 'team-forecasting/Team/FeatureStore']);
    expect(example.stores[1]!.featureGroupNames).toEqual(['user_engagement', 'item_popularity']);
    // On the platform network the job's subnet CIDR is opened; a team's own network names it in clientCidrs.
    const cidrSources = (i: number) => example.stores[i]!.database.node.findAll().filter((n) => n instanceof CoreNetworkSecurityGroupSecurityRule).map((n) => (n as CoreNetworkSecurityGroupSecurityRule).sourceInput);
    expect(cidrSources(0)).toHaveLength(2);
    expect(cidrSources(1)).toEqual(['10.40.0.0/20']);
    // The shared ingestion image lives with the platform: its pull grant is a tenancy policy on that compartment.
    const pull = example.stores[0]!.policies['feature-image-pull']!;
    expect(pull.compartmentIdInput).toBe(example.platform.tenancyId);
    expect(pull.statementsInput![0]).toContain(`to read repos in compartment id ${example.platform.compartmentId} where any`);
    // The key lives in the platform compartment: the database's key grant is written there.
    expect(example.stores[0]!.database.keyAccess!.policy.compartmentIdInput).toBe(example.platform.compartmentId);
  });

  test('has no policy findings in the platform and team stacks', () => {
    expect(example.stacks.flatMap((s) => runPolicyChecks(s))).toEqual([]);
  });

  (HAS_TF_VALIDATE ? test : test.skip)(`passes terraform validate against the provider schema and validators (${TF_VALIDATE_LABEL})`, () => {
    // One small stack with every resource type the three constructs define (a stack costs a terraform init).
    const app = Testing.app();
    const stack = ociStack(app, 'constructs');
    new ModelGovernance(stack, 'ModelGovernance', GOVERNANCE_BASE);
    new FeatureStore(stack, 'Features', FEATURE_STORE_BASE);
    new FeatureStore(stack, 'ByoFeatures', { ...FEATURE_STORE_BASE, namePrefix: 'acme-byo', network: NETWORK_WITHOUT_NSGS, clientCidrs: ['10.40.0.0/20'], defineIam: false });
    const { status, output } = tfValidate(app);
    expect(output).toMatch(/\b0 errors in 1 stack/);
    expect(status).toBe(0);
  }, 120_000);
});
