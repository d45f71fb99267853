import { parse } from 'yaml';
import { ModelRelease, type ModelReleaseProps, switchCommandSpec } from '../../../lib/cicd/model-release';
import { runPolicyChecks } from '../../../lib/policy';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { DEPLOYMENT, FUNCTION_ENDPOINT, GATE_FN, GREEN_FN, MANIFESTS, OKE_ENDPOINT, SUBNET, THRESHOLDS, VALIDATOR_FN, pipelineIn } from './fixtures';

type Patch = Partial<ModelReleaseProps>;
const synth = (patch: Patch) => synthResources((s) => {
  new ModelRelease(s, 'Release', { endpoint: FUNCTION_ENDPOINT, pipeline: pipelineIn(s as never), ...patch } as ModelReleaseProps);
});
const make = (patch: Patch) => () => {
  const stack = freshStack();
  return new ModelRelease(stack, 'Release', { endpoint: FUNCTION_ENDPOINT, pipeline: pipelineIn(stack), ...patch } as ModelReleaseProps);
};
/** The deploy stages in pipeline order, following each stage's predecessor (synthesized JSON is sorted by logical id). */
function orderedStages(r: ReturnType<typeof synth>): Record<string, unknown>[] {
  const stages = Object.entries(r.oci_devops_deploy_stage ?? {});
  const predecessorOf = (s: Record<string, unknown>) => (s.deploy_stage_predecessor_collection as { items: { id: string }[] }).items[0]!.id;
  const ordered: Record<string, unknown>[] = [];
  let current = stages.find(([, s]) => predecessorOf(s).startsWith('${oci_devops_deploy_pipeline.'));
  while (current) {
    ordered.push(current[1]);
    const ref = `\${oci_devops_deploy_stage.${current[0]}.id}`;
    current = stages.find(([, s]) => predecessorOf(s) === ref);
  }
  expect(ordered).toHaveLength(stages.length);
  return ordered;
}
const stageTypes = (r: ReturnType<typeof synth>) => orderedStages(r).map((s) => `${s.deploy_stage_type}:${s.display_name}`);
const decoded = (r: ReturnType<typeof synth>, name: string) => Buffer.from((resourcesOf(r, 'oci_devops_deploy_artifact').find((a) => a.display_name === name)!.deploy_artifact_source as { base64encoded_content: string }).base64encoded_content, 'base64').toString();
/**
 * The content of an artifact holding references, which Terraform encodes (`${base64encode(join("", [...]))}`):
 * literal parts as written, each reference as `${<reference>}`.
 */
function referencedContent(r: ReturnType<typeof synth>, name: string): string {
  const expr = (resourcesOf(r, 'oci_devops_deploy_artifact').find((a) => a.display_name === name)!.deploy_artifact_source as { base64encoded_content: string }).base64encoded_content;
  const inner = /^\$\{base64encode\(join\("", \[(.*)\]\)\)\}$/s.exec(expr)![1]!;
  return [...inner.matchAll(/"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w.]*)/g)]
    .map((m) => (m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string).replaceAll('$${', '${') : `\${${m[2]}}`)).join('');
}
const BLUE_GREEN_FN: Patch = { strategy: 'blue-green', greenFunctionId: GREEN_FN, apiGatewayDeploymentId: DEPLOYMENT, subnetId: SUBNET, validationPayload: '{"instances": [[0.1, 0.2]]}' };
const CANARY: Patch = { endpoint: OKE_ENDPOINT, strategy: 'canary', canaryThresholds: THRESHOLDS, canaryGateFunctionId: GATE_FN, subnetId: SUBNET };

describe('ModelRelease', () => {
  test('deploys a function in place, triggered by the build pipeline', () => {
    const r = synth({});
    expect(stageTypes(r)).toEqual(['DEPLOY_FUNCTION:deploy-function']);
    expect(resourcesOf(r, 'oci_devops_deploy_environment')[0]).toMatchObject({ deploy_environment_type: 'FUNCTION', function_id: FUNCTION_ENDPOINT.functionId });
    expect(resourcesOf(r, 'oci_devops_build_pipeline_stage').map((s) => s.build_pipeline_stage_type)).toEqual(['BUILD', 'DELIVER_ARTIFACT', 'TRIGGER_DEPLOYMENT_PIPELINE']);
    expect(resourcesOf(r, 'oci_devops_build_pipeline_stage')[2]).toMatchObject({ is_pass_all_parameters_enabled: true });
    const params = (resourcesOf(r, 'oci_devops_deploy_pipeline')[0]!.deploy_pipeline_parameters as { items: { name: string; default_value: string }[] }).items;
    expect(params.map((p) => p.name)).toEqual(['IMAGE_TAG', 'MODEL_NAME', 'MODEL_VERSION', 'STABLE_VERSION', 'CANARY_MODEL_ID', 'STABLE_MODEL_ID', 'COMPARTMENT_ID']);
  });

  test('puts a manual approval stage first when approvals are required', () => {
    const r = synth({ requiredApprovals: 2 });
    expect(stageTypes(r)).toEqual(['MANUAL_APPROVAL:approve-release', 'DEPLOY_FUNCTION:deploy-function']);
    expect(orderedStages(r)[0]).toMatchObject({ approval_policy: { approval_policy_type: 'COUNT_BASED_APPROVAL', number_of_approvals_required: 2 } });
  });

  test('releases a function blue-green: green, validation, route switch, rollback window, blue updated, switch back', () => {
    const r = synth({ ...BLUE_GREEN_FN, rollbackWindowMinutes: 45 });
    expect(stageTypes(r)).toEqual([
      'DEPLOY_FUNCTION:deploy-green', 'INVOKE_FUNCTION:validate-green', 'SHELL:switch-route-to-green', 'WAIT:keep-blue-for-rollback',
      'DEPLOY_FUNCTION:update-blue', 'SHELL:switch-route-back-to-blue',
    ]);
    const stages = orderedStages(r);
    expect(stages[1]).toMatchObject({ is_async: false, is_validation_enabled: true });
    expect(stages[3]).toMatchObject({ wait_criteria: { wait_type: 'ABSOLUTE_WAIT', wait_duration: 'PT45M' } });
    expect(stages[2]).toMatchObject({ container_config: { container_config_type: 'CONTAINER_INSTANCE_CONFIG', network_channel: { network_channel_type: 'SERVICE_VNIC_CHANNEL', subnet_id: SUBNET } } });
    expect(decoded(r, 'fraud-api-validation-request')).toBe('{"instances": [[0.1, 0.2]]}');
    const spec = parse(decoded(r, 'fraud-api-switch-to-green'));
    expect(spec).toMatchObject({ version: 0.1, component: 'command', shell: 'bash' });
    expect(spec.steps[0].command).toContain("target='${GREEN_FUNCTION_ID}'");
    const params = (resourcesOf(r, 'oci_devops_deploy_pipeline')[0]!.deploy_pipeline_parameters as { items: { name: string; default_value: string }[] }).items;
    expect(Object.fromEntries(params.map((p) => [p.name, p.default_value]))).toMatchObject({ GATEWAY_DEPLOYMENT_ID: DEPLOYMENT, ROUTE_PATH: '/fraud/v1/predict', GREEN_FUNCTION_ID: GREEN_FN, REGION: 'eu-frankfurt-1' });
  });

  test('switches the route by replacing the function of the route path only', () => {
    const command = parse(switchCommandSpec('BLUE_FUNCTION_ID', 'blue')).steps[0].command as string;
    expect(command).toContain('if .path == $path then .backend.functionId = $fn else . end');
    expect(command).toContain('--http-method PUT');
    expect(command).toMatch(/lifecycleState/);
  });

  test('deploys OKE manifests in place from an inline artifact', () => {
    const r = synth({ endpoint: OKE_ENDPOINT, subnetId: SUBNET });
    expect(stageTypes(r)).toEqual(['OKE_DEPLOYMENT:deploy-manifests']);
    expect(orderedStages(r)[0]).toMatchObject({ namespace: 'recs' });
    expect(decoded(r, 'ranker-manifests')).toBe(MANIFESTS);
    expect(resourcesOf(r, 'oci_devops_deploy_environment')[0]).toMatchObject({ deploy_environment_type: 'OKE_CLUSTER', network_channel: { network_channel_type: 'PRIVATE_ENDPOINT_CHANNEL', subnet_id: SUBNET } });
  });

  test('releases on OKE blue-green with the NGINX strategy, validation before the traffic shift', () => {
    const r = synth({ endpoint: OKE_ENDPOINT, strategy: 'blue-green', validationFunctionId: VALIDATOR_FN, validationPayload: '{}', requiredApprovals: 1 });
    expect(stageTypes(r)).toEqual(['MANUAL_APPROVAL:approve-release', 'OKE_BLUE_GREEN_DEPLOYMENT:deploy-green', 'INVOKE_FUNCTION:validate-green', 'OKE_BLUE_GREEN_TRAFFIC_SHIFT:switch-to-green', 'WAIT:keep-blue-for-rollback']);
    expect(orderedStages(r)[1]).toMatchObject({ blue_green_strategy: { strategy_type: 'NGINX_BLUE_GREEN_STRATEGY', namespace_a: 'recs-a', namespace_b: 'recs-b', ingress_name: 'ranker' } });
  });

  test('releases on OKE as a canary: shift, observe and gate per step, then production at 100%', () => {
    const r = synth({ ...CANARY, canarySteps: [5, 25, 100], requiredApprovals: 1 });
    expect(stageTypes(r)).toEqual([
      'OKE_CANARY_DEPLOYMENT:deploy-canary',
      'OKE_CANARY_TRAFFIC_SHIFT:shift-5-percent', 'WAIT:observe-5-percent', 'INVOKE_FUNCTION:canary-gate-5-percent',
      'OKE_CANARY_TRAFFIC_SHIFT:shift-25-percent', 'WAIT:observe-25-percent', 'INVOKE_FUNCTION:canary-gate-25-percent',
      'OKE_CANARY_APPROVAL:approve-production', 'OKE_DEPLOYMENT:deploy-production-100-percent',
    ]);
    const stages = orderedStages(r);
    expect(stages[0]).toMatchObject({ canary_strategy: { strategy_type: 'NGINX_CANARY_STRATEGY', namespace: 'recs-canary', ingress_name: 'ranker' } });
    expect(stages[4]).toMatchObject({ rollout_policy: { batch_count: 1, ramp_limit_percent: 25 } });
    expect(stages[2]).toMatchObject({ wait_criteria: { wait_duration: 'PT10M' } });
    const gate = JSON.parse(referencedContent(r, 'ranker-gate-25'));
    expect(gate).toEqual({
      modelName: '${MODEL_NAME}', step: '25%', canary: { version: '${MODEL_VERSION}', modelId: '${CANARY_MODEL_ID}' }, stable: { version: '${STABLE_VERSION}', modelId: '${STABLE_MODEL_ID}' },
      thresholds: { ...THRESHOLDS, minRequests: 100, windowMinutes: 10 }, compartmentId: '${COMPARTMENT_ID}',
      deployPipelineId: expect.stringMatching(/^\$\{oci_devops_deploy_pipeline\.\w+\.id\}$/),
    });
    expect(resourcesOf(r, 'oci_devops_deploy_environment').find((e) => e.function_id === GATE_FN)).toBeDefined();
  });

  test('asks the canary gate to require the governance record when the release says so', () => {
    expect(JSON.parse(referencedContent(synth({ ...CANARY, requireGovernanceRecord: true }), 'ranker-gate-10')).requireGovernanceRecord).toBe(true);
    expect(JSON.parse(referencedContent(synth(CANARY), 'ranker-gate-10'))).not.toHaveProperty('requireGovernanceRecord');
  });

  test('has no policy finding by default', () => {
    const stack = freshStack();
    new ModelRelease(stack, 'Release', { ...CANARY, pipeline: pipelineIn(stack) } as ModelReleaseProps);
    expect(runPolicyChecks(stack).filter((f) => f.suppressedReason === undefined)).toEqual([]);
  });

  test('fails on canary steps that do not increase', () => {
    expect(make({ ...CANARY, canarySteps: [10, 10, 100] })).toThrow(/canarySteps must be strictly increasing, got \[10,10,100\] \(10 after 10\)/);
  });

  test('fails on canary steps that do not end at 100', () => {
    expect(make({ ...CANARY, canarySteps: [10, 50] })).toThrow(/canarySteps must end at 100 \(all traffic on the new version\), got \[10,50\]/);
  });

  test('fails on a canary step outside 1-100', () => {
    expect(make({ ...CANARY, canarySteps: [0, 100] })).toThrow(/canarySteps must be whole percentages 1-100, got \[0,100\] \(0\)/);
  });

  test('fails on gate thresholds out of range, naming each', () => {
    expect(make({ ...CANARY, canaryThresholds: { ...THRESHOLDS, maxErrorRate: 1.5, windowMinutes: 90 } })).toThrow(/canaryThresholds\.maxErrorRate must be within 0\.\.1, got 1\.5; canaryThresholds\.windowMinutes must be 1-60 minutes, got 90/);
  });

  test('fails on a gate with no metric', () => {
    expect(make({ ...CANARY, canaryThresholds: { minRequests: 50 } as never })).toThrow(/canaryThresholds must set maxErrorRate, maxP95LatencyMs and maxDriftScore \(a gate with no metric cannot decide\), got \{"minRequests":50\}/);
  });

  test('fails on a canary of a functions endpoint', () => {
    expect(make({ strategy: 'canary', canaryThresholds: THRESHOLDS, canaryGateFunctionId: GATE_FN })).toThrow(/strategy "canary" needs target "oke" .*got target "functions" for endpoint fraud-api/);
  });

  test('fails on a canary without the gate function', () => {
    expect(make({ ...CANARY, canaryGateFunctionId: undefined })).toThrow(/canaryGateFunctionId must be set for strategy "canary"/);
  });

  test('fails on a functions blue-green release without its green function, gateway deployment and payload', () => {
    expect(make({ strategy: 'blue-green' })).toThrow(/validationPayload must be set.*greenFunctionId must be set.*apiGatewayDeploymentId must be set.*subnetId must be set/);
  });

  test('fails on a Data Science endpoint', () => {
    expect(make({ endpoint: { ...FUNCTION_ENDPOINT, target: 'datascience' } })).toThrow(/endpoint\.target must be "functions" or "oke" .*got "datascience"/);
  });

  test('fails on approvals above 5', () => {
    expect(make({ requiredApprovals: 9 })).toThrow(/requiredApprovals must be a whole number 0-5 \(0: no approval stage\), got 9/);
  });

  test('fails on an OKE canary whose manifests have no Ingress of that name', () => {
    expect(make({ ...CANARY, ingressName: 'other' })).toThrow(/endpoint\.kubernetesManifests must hold an Ingress named "other" \(ingress-nginx\) for strategy canary or blue-green on OKE.*got Deployment ranker, Ingress ranker/);
  });
});
