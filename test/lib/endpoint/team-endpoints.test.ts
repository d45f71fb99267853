import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App } from 'cdktf';
import { parse } from 'yaml';
import { endpointsSectionSchema, type EndpointsConfig } from '../../../lib/config/endpoint-schema';
import { loadDataQualitySuite } from '../../../lib/config/load-data-quality-suite';
import { runPolicyChecks } from '../../../lib/policy';
import { type TeamEndpoints } from '../../../stacks/endpoints';
import { loadExampleConfig } from '../../../stacks/load-example-config';
import { PlatformStack } from '../../../stacks/platform-stack';
import { TeamStack } from '../../../stacks/team-stack';
import { tempDir } from '../../support/temp-dir';

const TEAMS = resolve(__dirname, '../../../stacks/teams');
const TF_VALIDATE = resolve(__dirname, '../../../../shared/tools/tf-validate/tf-validate');
const HAS_TF_VALIDATE = existsSync(TF_VALIDATE) && spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

/** The `endpoints` section of an example team file, parsed by the schema. */
function snippet(team: string): EndpointsConfig {
  return endpointsSectionSchema.parse(parse(readFileSync(join(TEAMS, `${team}.yaml`), 'utf8')).endpoints);
}

/** The example app, built from the real platform and team files (TeamStack wires each team's endpoints). */
function buildExample(): { app: App; teams: Record<string, TeamEndpoints>; stacks: Record<string, TeamStack> } {
  const config = loadExampleConfig({ teamsDir: TEAMS });
  const app = new App({ outdir: tempDir(), stackTraces: false });
  const platform = new PlatformStack(app, 'platform', config.platform);
  const teams: Record<string, TeamEndpoints> = {};
  const stacks: Record<string, TeamStack> = {};
  for (const { config: team, dataQualitySuites } of config.teams) {
    const stack = new TeamStack(app, `team-${team.team}`, team, platform, dataQualitySuites);
    stacks[team.team] = stack;
    teams[team.team] = stack.endpoints!;
  }
  return { app, teams, stacks };
}

describe('addTeamEndpoints on the example teams', () => {
  const { app, teams, stacks } = buildExample();
  app.synth();
  const resources = (stack: string) => JSON.parse(readFileSync(join(app.outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')).resource as Record<string, Record<string, Record<string, unknown>>>;

  test('defines at least one endpoint of each target across the team files', () => {
    const targets = Object.values(teams).flatMap((t) => t.endpoints.map((e) => e.target));
    expect(new Set(targets)).toEqual(new Set(['functions', 'oke', 'datascience']));
  });

  test("runs recommendations' pods on its own cluster and forecasting's on the platform's virtual nodes", () => {
    const [ranker] = teams.recommendations!.endpoints;
    const [forecast] = teams.forecasting!.endpoints;
    expect(ranker!.clusterId).toBe(stacks.recommendations!.workspace.oke!.clusterId);
    expect(forecast!.clusterId).toBe(stacks.forecasting!.workspace.platform.oke!.clusterId);
    expect(stacks.forecasting!.workspace.oke).toBeUndefined();
    expect(ranker!.releaseStrategy).toBe('canary');
    // The canary release serves through the team cluster's NGINX Ingress; the rolling one through an internal load balancer.
    expect(ranker!.manifests!.ingress!.spec.rules[0]!.host).toBe('product-ranker.recsys.internal');
    expect(forecast!.manifests!.ingress).toBeUndefined();
    expect(forecast!.manifests!.service.metadata.annotations!['service.beta.kubernetes.io/oci-load-balancer-subnet1']).toBe(stacks.forecasting!.workspace.platform.network.subnetIds.endpoints);
  });

  test('puts each team deployment on the platform gateway under /<team>, the function in the platform application', () => {
    const fraud = resources('team-fraud-detection');
    const deployment = Object.values(fraud.oci_apigateway_deployment!)[0]!;
    expect(deployment.path_prefix).toBe('/fraud-detection');
    expect(JSON.stringify(deployment.gateway_id)).toContain('cross-stack-reference-input-platform');
    const fn = Object.values(fraud.oci_functions_function!).find((f) => f.display_name === 'fraud-scorer')!;
    expect(JSON.stringify(fn.application_id)).toContain('cross-stack-reference-input-platform');
    expect(fn.provisioned_concurrency_config).toEqual({ strategy: 'CONSTANT', count: 2 });
    expect(Object.keys(fraud.oci_datascience_model_deployment!)).toHaveLength(1);
  });

  test("reaches fraud-detection's model deployment through its predict proxy, in the platform application, with its own identity", () => {
    const fraud = resources('team-fraud-detection');
    const explainer = teams['fraud-detection']!.byName['fraud-explainer']!;
    const proxy = Object.entries(fraud.oci_functions_function!).find(([, f]) => f.display_name === 'fraud-explainer-predict-proxy')!;
    expect(JSON.stringify(proxy[1].application_id)).toContain('cross-stack-reference-input-platform');
    expect(proxy[1]).toMatchObject({ image: expect.stringMatching(/\/predict-proxy@sha256:[0-9a-f]{64}$/), image_digest: expect.stringMatching(/^sha256:/), timeout_in_seconds: 65 });
    const route = (Object.values(fraud.oci_apigateway_deployment!)[0]!.specification as { routes: { path: string; backend: Record<string, unknown> }[] }).routes
      .find((r) => r.path === explainer.routePath)!;
    expect(route.backend).toEqual({ type: 'ORACLE_FUNCTIONS_BACKEND', function_id: `\${oci_functions_function.${proxy[0]}.id}` });
    const group = Object.values(fraud.oci_identity_dynamic_group!).find((g) => g.name === 'acme-mlops-fraud-detection-fraud-explainer-predict-proxy')!;
    expect(group.matching_rule).toBe(`ALL {resource.type = 'fnfunc', resource.id = '\${oci_functions_function.${proxy[0]}.id}'}`);
    const policy = Object.values(fraud.oci_identity_policy!).find((p) => p.name === 'acme-mlops-fraud-detection-fraud-explainer-predict-proxy')!;
    expect(policy.statements).toEqual([`Allow dynamic-group acme-mlops-fraud-detection-fraud-explainer-predict-proxy to {DATA_SCIENCE_MODEL_DEPLOYMENT_PREDICT} in compartment id ${stacks['fraud-detection']!.config.compartmentId}`]);
  });

  test("carries fraud-scorer's team-file suite and mode into both its functions' configuration, as the construct props do", () => {
    const fraud = resources('team-fraud-detection');
    const suite = loadDataQualitySuite(join(TEAMS, 'data-quality/fraud-scorer.yaml')).suite;
    const scorers = Object.values(fraud.oci_functions_function!).filter((f) => String(f.display_name).startsWith('fraud-scorer'));
    // Blue-green: the live function and its standby carry the same configuration.
    expect(scorers).toHaveLength(2);
    for (const fn of scorers) {
      const config = fn.config as Record<string, string>;
      expect([fn.display_name, JSON.parse(config.DATA_QUALITY_SUITE!), config.DATA_QUALITY_MODE]).toEqual([fn.display_name, suite, 'reject']);
    }
    expect(suite.columns.hour_of_day).toEqual({ type: 'integer', min: 0, max: 23 });
  });

  test('refuses an endpoint whose team-file suite was not loaded, naming the endpoint and the field', () => {
    const app2 = new App({ outdir: tempDir(), stackTraces: false });
    const config = loadExampleConfig({ teamsDir: TEAMS });
    const platform = new PlatformStack(app2, 'platform', config.platform);
    const fraud = config.teams.find((t) => t.config.team === 'fraud-detection')!;
    expect(() => new TeamStack(app2, 'team-fraud-detection', fraud.config, platform)).toThrow(
      'team-fraud-detection/Team: endpoints.models "fraud-scorer": dataQuality.suite "data-quality/fraud-scorer.yaml" was not loaded: pass the suites loadTeamConfigs read from beside the team file (TeamConfigFile.dataQualitySuites)',
    );
  });

  test('returns the endpoints in order and by name, for the monitoring and releases sections', () => {
    const fraud = teams['fraud-detection']!;
    expect(fraud.endpoints.map((e) => `${e.endpointName}:${e.target}`)).toEqual(['fraud-scorer:functions', 'fraud-explainer:datascience']);
    expect(fraud.byName['fraud-explainer']).toBe(fraud.endpoints[1]);
    expect(fraud.byName['fraud-explainer']!.modelId).toBe('fraud-explainer-1');
  });

  test('adds no policy finding', () => {
    const findings = runPolicyChecks(app).filter((f) => f.constructPath.includes('/Endpoints/'));
    expect(findings).toEqual([]);
  });

  (HAS_TF_VALIDATE ? test : test.skip)(`passes terraform validate against the provider schema (${HAS_TF_VALIDATE ? 'tf-validate' : 'skipped: terraform or ../shared/tools/tf-validate missing'})`, () => {
    // Two team stacks that hold all three targets, routes, logs and alarms: each stack costs seconds of terraform init.
    const dir = tempDir();
    for (const stack of readdirSync(join(app.outdir, 'stacks')).filter((s) => ['team-fraud-detection', 'team-recommendations'].includes(s))) cpSync(join(app.outdir, 'stacks', stack), join(dir, 'stacks', stack), { recursive: true });
    const run = spawnSync(TF_VALIDATE, ['-j', '2', dir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    expect(`${run.stdout}${run.stderr}`).toMatch(/\b0 errors in 2 stacks\b/);
    expect(run.status).toBe(0);
  }, 120_000);
});

describe('endpointsSectionSchema', () => {
  const base = parse(readFileSync(join(TEAMS, 'fraud-detection.yaml'), 'utf8')).endpoints;
  const issues = (section: unknown) => {
    const r = endpointsSectionSchema.safeParse(section);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  test('accepts the three snippets and reads a YAML number as a version string', () => {
    expect(snippet('fraud-detection').models[0]!.modelVersion).toBe('3');
    expect(snippet('recommendations').models[0]!.target).toBe('oke');
    expect(snippet('forecasting').models[0]!.modelVersion).toBe('2024.11.1');
  });

  test('fails for two endpoints with one name', () => {
    expect(issues({ ...base, models: [base.models[0], base.models[0]] })).toEqual(['models.1.name: duplicates the name of models[0]: "fraud-scorer"']);
  });

  test('fails for an unknown target', () => {
    expect(issues({ ...base, models: [{ ...base.models[0], target: 'lambda' }] })[0]).toMatch(/^models\.0\.target: /);
  });

  test('fails for anonymous routes without a reason of 20 characters', () => {
    expect(issues({ ...base, gateway: { authentication: { type: 'none', reason: 'demo' } } })).toContain('gateway.authentication.reason: must say in at least 20 characters why the routes may be anonymous');
  });

  test('fails for a datascience model without the predict proxy image', () => {
    const { predictProxyImage: _image, ...rest } = base;
    expect(issues(rest)).toEqual(['predictProxyImage: is required because models[1] ("fraud-explainer") has target datascience: its route goes through the predict proxy']);
  });

  test('fails for a bad digest and an image outside OCIR', () => {
    const m = { ...base.models[0], image: 'docker.io/acme/inference:1', artifact: { uri: base.models[0].artifact.uri, sha256: 'xyz' } };
    const found = issues({ ...base, models: [m] });
    expect(found).toContain('models.0.artifact.sha256: must be 64 lowercase hex digits');
    expect(found.some((i) => i.startsWith('models.0.image: must be an OCIR image'))).toBe(true);
  });
});
