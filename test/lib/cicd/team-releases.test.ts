import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, Testing } from 'cdktf';
import { parse } from 'yaml';
import { writeBuildSpecs } from '../../../lib/cicd/write-build-specs';
import { type ReleasesConfigInput, releasesSchema } from '../../../lib/config/release-schema';
import { EndpointRoutes } from '../../../lib/endpoint/endpoint-routes';
import { ModelEndpoint } from '../../../lib/endpoint/model-endpoint';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { runPolicyChecks } from '../../../lib/policy';
import { TeamWorkspace } from '../../../lib/team-workspace';
import { OciStack } from '../../../stacks/oci-stack';
import { addTeamReleases } from '../../../stacks/releases';
import { PLATFORM_PROPS } from '../../support/platform-fixtures';
import { tempDir } from '../../support/temp-dir';
import { COMPARTMENT, GATE_FN, GREEN_FN, THRESHOLDS, VALIDATOR_FN } from './fixtures';

const TF_VALIDATE = resolve(__dirname, '../../../../shared/tools/tf-validate/tf-validate');
const HAS_TF_VALIDATE = existsSync(TF_VALIDATE) && spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
const IMAGE = 'eu-frankfurt-1.ocir.io/axaxnpcrorw5/fraud-detection/fraud-scorer:1.0.0';
const SHA = 'b'.repeat(64);

const RELEASES: ReleasesConfigInput = {
  ocirNamespace: 'axaxnpcrorw5',
  canaryGateFunctionId: GATE_FN,
  models: [
    { model: 'fraud-scorer', build: { modelPath: 'models/fraud.onnx', holdoutPath: 'data/holdout.csv', label: 'is_fraud', thresholds: { minAuc: 0.9 } } },
    { model: 'fraud-ranker', repository: { type: 'github', url: 'https://github.com/acme/ranker', accessTokenSecretId: 'ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaagithubtokenaaaaaaaaaaa' }, build: { modelPath: 'm.onnx', holdoutPath: 'h.csv', label: 'y', task: 'regression', thresholds: { maxRmse: 3 } } },
  ],
  endpoints: [
    { endpoint: 'fraud-api', model: 'fraud-scorer', strategy: 'blue-green', validationRequest: { instances: [[0.1, 0.2]] }, requiredApprovals: 1 },
    { endpoint: 'ranker', model: 'fraud-ranker', strategy: 'canary', canarySteps: [10, 50, 100], gate: THRESHOLDS },
    { endpoint: 'ranker-bg', model: 'fraud-ranker', strategy: 'blue-green', validationRequest: {}, validationFunctionId: VALIDATOR_FN },
  ],
};

/** A platform stack and a team stack with real endpoints and the team's releases, as the example app would build them. */
function build(config: ReleasesConfigInput = RELEASES) {
  const app = new App({ outdir: tempDir(), stackTraces: false });
  const platform = new MlopsPlatform(new OciStack(app, 'platform', { region: 'eu-frankfurt-1' }), 'Platform', { ...PLATFORM_PROPS, oke: {} });
  const stack = new OciStack(app, 'team-fraud-detection', { region: 'eu-frankfurt-1' });
  const workspace = new TeamWorkspace(stack, 'Team', { team: 'fraud-detection', compartmentId: COMPARTMENT, platform });
  const routes = new EndpointRoutes(workspace, 'Routes', {
    compartmentId: COMPARTMENT, gatewayId: platform.serving.apiGatewayId, pathPrefix: '/fraud-detection', displayName: 'fraud-detection-models', logGroupId: workspace.logGroupId,
    authentication: { type: 'jwt', issuers: ['https://identity.oraclecloud.com/'], audiences: ['fraud-api'], jwksUri: 'https://idcs-acme.identity.oraclecloud.com/admin/v1/SigningCert/jwk' },
  });
  const common = { compartmentId: COMPARTMENT, logGroupId: workspace.logGroupId, routes, image: IMAGE, modelSha256: SHA };
  const endpoints = [
    new ModelEndpoint(workspace, 'FraudApi', { ...common, endpointName: 'fraud-api', modelName: 'fraud-scorer', modelVersion: '7', target: 'functions', modelUri: 'oci://models@axaxnpcrorw5/fraud-scorer/7/model.onnx', functionsApplicationId: platform.serving.functionsApplicationId }),
    ...['ranker', 'ranker-bg'].map((name, i) => new ModelEndpoint(workspace, `Ranker${i}`, {
      ...common, endpointName: name, modelName: 'fraud-ranker', modelVersion: '2', target: 'oke', modelUri: 'oci://models@axaxnpcrorw5/fraud-ranker/2/model.onnx',
      clusterId: platform.oke!.clusterId, subnetId: workspace.network.subnetIds.endpoints, serviceHostname: `${name}.mlops.internal`, releaseStrategy: i === 0 ? 'canary' : 'blue-green',
    })),
  ];
  const result = addTeamReleases(workspace, releasesSchema.parse(config), { region: 'eu-frankfurt-1', endpoints, functionSlots: { 'fraud-api': { greenFunctionId: GREEN_FN } } });
  return { app, stack, workspace, endpoints, ...result };
}

describe('addTeamReleases', () => {
  test('defines one pipeline per model in the platform project and one release per endpoint, switching the gateway deployment of the endpoint', () => {
    const { pipelines, releases, stack } = build();
    expect(pipelines.map((p) => p.buildSpecFileName)).toEqual(['fraud-detection-fraud-scorer.yaml', 'fraud-detection-fraud-ranker.yaml']);
    expect(releases.map((r) => r.strategy)).toEqual(['blue-green', 'canary', 'blue-green']);
    expect(runPolicyChecks(stack).filter((f) => f.suppressedReason === undefined && /oci_(devops|artifacts)_/.test(f.address))).toEqual([]);
  });

  test('writes each build spec to build-specs/<team>-<model>.yaml after synthesis', () => {
    const { app } = build();
    app.synth();
    const files = writeBuildSpecs(app, app.outdir);
    expect(files.map((f) => f.slice(app.outdir.length + 1))).toEqual(['build-specs/fraud-detection-fraud-ranker.yaml', 'build-specs/fraud-detection-fraud-scorer.yaml']);
    expect(readdirSync(join(app.outdir, 'build-specs'))).toHaveLength(2);
    const spec = parse(readFileSync(files[0]!, 'utf8'));
    expect(spec.steps.find((s: { name: string }) => s.name === 'Validate model').command).toMatch(/--task regression --max-rmse 3/);
  });

  test('fails on a release of an unknown endpoint, naming the entry', () => {
    expect(() => build({ ...RELEASES, endpoints: [{ endpoint: 'nope', model: 'fraud-scorer' }] })).toThrow(/releases\.endpoints\[0\]\.endpoint must name an endpoint of the team \(fraud-api, ranker, ranker-bg\), got "nope"/);
  });

  test('passes a team\'s requirement of the governance record into the canary gate requests', () => {
    const { stack } = build({ ...RELEASES, endpoints: [{ endpoint: 'ranker', model: 'fraud-ranker', strategy: 'canary', gate: THRESHOLDS, requireGovernanceRecord: true }] });
    const artifacts = (JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, { display_name: string; deploy_artifact_source: { base64encoded_content: string } }>> }).resource.oci_devops_deploy_artifact!;
    const gate = Object.values(artifacts).find((a) => a.display_name === 'ranker-gate-10')!.deploy_artifact_source.base64encoded_content;
    expect(gate).toContain('\\"requireGovernanceRecord\\": true');
  });

  test('fails on a canary step list in the team file that does not end at 100', () => {
    expect(() => build({ ...RELEASES, endpoints: [{ endpoint: 'ranker', model: 'fraud-ranker', strategy: 'canary', canarySteps: [10, 50], gate: THRESHOLDS }] })).toThrow(/canarySteps must end at 100/);
  });

  test('fails in the schema on gate thresholds out of range', () => {
    const parsed = releasesSchema.safeParse({ ...RELEASES, endpoints: [{ endpoint: 'ranker', model: 'fraud-ranker', gate: { ...THRESHOLDS, maxDriftScore: 2 } }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['endpoints', 0, 'gate', 'maxDriftScore'], message: 'must be within 0..1' });
  });

  (HAS_TF_VALIDATE ? test : test.skip)(`passes terraform validate against the provider schema and validators (${HAS_TF_VALIDATE ? 'tf-validate' : 'skipped: terraform or ../shared/tools/tf-validate missing'})`, () => {
    const { app, releases } = build();
    // Negative control in the same run: proves the run validates the release's attributes at all.
    releases[0]!.resource.addOverride('no_such_attribute', 'x');
    app.synth();
    // Only the team stack (the platform stack is checked by its own tests): half the run time.
    const dir = tempDir();
    mkdirSync(join(dir, 'stacks', 'team-fraud-detection'), { recursive: true });
    copyFileSync(join(app.outdir, 'stacks', 'team-fraud-detection', 'cdk.tf.json'), join(dir, 'stacks', 'team-fraud-detection', 'cdk.tf.json'));
    const run = spawnSync(TF_VALIDATE, [dir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/oci_devops_deploy_pipeline\.Team_Release-fraud-api_\w+[^\n]*\n\s*No argument or block type is named "no_such_attribute"/);
    expect(output).toMatch(/\b1 errors? in 1 stacks?/);
  });
});
