import { type ReleaseStrategy } from '../endpoint/model-endpoint-props';
import { type ModelReleaseProps } from './model-release-props';
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import { DevopsDeployArtifact } from '../../.gen/providers/oci/devops-deploy-artifact';
import { DevopsDeployEnvironment } from '../../.gen/providers/oci/devops-deploy-environment';
import { DevopsDeployPipeline } from '../../.gen/providers/oci/devops-deploy-pipeline';
import { DevopsDeployStage, type DevopsDeployStageConfig } from '../../.gen/providers/oci/devops-deploy-stage';
import { type CanaryThresholds } from '../../runtime/canary/canary-thresholds-schema';
import { type IModelEndpoint } from '../endpoint/model-endpoint-base';
import { runChecks } from '../private/checks';
import { DEFAULT_CANARY_STEPS, parseCanaryThresholds, releaseChecks } from './validate-release';

export type { ModelReleaseProps } from './model-release-props';



type StageConfig = Omit<DevopsDeployStageConfig, 'deployPipelineId' | 'deployStagePredecessorCollection'>;

/** The parameters every release pipeline declares; the build passes IMAGE_TAG. */
type ReleaseParameter = 'IMAGE_TAG' | 'MODEL_NAME' | 'MODEL_VERSION' | 'STABLE_VERSION' | 'CANARY_MODEL_ID' | 'STABLE_MODEL_ID' | 'COMPARTMENT_ID';

/**
 * Defines the release of a model endpoint on OCI DevOps: a deploy pipeline started by the model's
 * build pipeline, with deploy environments, deploy artifacts (image, inline Kubernetes manifests,
 * test and gate payloads) and the stages of the strategy; see docs/cicd.md for each flow.
 */
export class ModelRelease extends Construct {
  /** The deploy pipeline. */
  readonly resource: DevopsDeployPipeline;
  readonly deployPipelineId: string;
  readonly strategy: ReleaseStrategy;
  /** The canary gate thresholds after parsing (defaults filled in); canary only. */
  readonly canaryThresholds?: CanaryThresholds;
  /** The stages in pipeline order. */
  readonly stages: DevopsDeployStage[] = [];
  private readonly props: ModelReleaseProps;
  private readonly projectId: string;

  constructor(scope: Construct, id: string, props: ModelReleaseProps) {
    super(scope, id);
    const { thresholds, problems } = parseCanaryThresholds(props.canaryThresholds);
    runChecks(this.node.path, props, [...releaseChecks, ...problems.map((m) => ({ fails: () => true, message: () => m }))]);
    this.props = props;
    this.strategy = props.strategy ?? 'rolling';
    this.canaryThresholds = thresholds;
    this.projectId = props.pipeline.devopsProjectId;
    const e = props.endpoint;
    const defaults: Record<ReleaseParameter, string> = {
      IMAGE_TAG: 'latest', MODEL_NAME: e.modelName, MODEL_VERSION: e.modelVersion, STABLE_VERSION: e.modelVersion,
      CANARY_MODEL_ID: e.modelId, STABLE_MODEL_ID: e.modelId, COMPARTMENT_ID: e.compartmentId,
    };
    const extra: Record<string, string> = e.target === 'functions' && this.strategy === 'blue-green'
      ? { GATEWAY_DEPLOYMENT_ID: props.apiGatewayDeploymentId!, ROUTE_PATH: e.routePath, BLUE_FUNCTION_ID: e.functionId!, GREEN_FUNCTION_ID: props.greenFunctionId!, REGION: props.pipeline.region }
      : {};
    this.resource = new DevopsDeployPipeline(this, 'Resource', {
      projectId: this.projectId, displayName: `${e.endpointName}-release`,
      description: `${this.strategy} release of endpoint ${e.endpointName} (${e.target})`,
      deployPipelineParameters: { items: Object.entries({ ...defaults, ...extra }).map(([name, defaultValue]) => ({ name, defaultValue, description: describe(name) })) },
    });
    this.deployPipelineId = this.resource.id;
    props.pipeline.addDeployTrigger(id, this.deployPipelineId);

    if (e.target === 'functions') this.defineFunctionRelease();
    else this.defineOkeRelease();
  }

  private get endpoint(): IModelEndpoint {
    return this.props.endpoint;
  }

  /** Adds a stage after the previous one (the first follows the pipeline itself). */
  private stage(id: string, config: StageConfig): DevopsDeployStage {
    const previous = this.stages[this.stages.length - 1];
    const stage = new DevopsDeployStage(this, id, {
      ...config, deployPipelineId: this.resource.id,
      deployStagePredecessorCollection: { items: [{ id: previous ? previous.id : this.resource.id }] },
    });
    this.stages.push(stage);
    return stage;
  }

  private artifact(id: string, type: string, displayName: string, content: string, substitute = true): DevopsDeployArtifact {
    return new DevopsDeployArtifact(this, id, {
      projectId: this.projectId, displayName, deployArtifactType: type,
      argumentSubstitutionMode: substitute ? 'SUBSTITUTE_PLACEHOLDERS' : 'NONE',
      // Literal content is encoded here; content holding references is encoded by Terraform.
      deployArtifactSource: { deployArtifactSourceType: 'INLINE', base64EncodedContent: Token.isUnresolved(content) ? base64WithReferences(content) : Buffer.from(content).toString('base64') },
    });
  }

  private functionEnvironment(id: string, functionId: string, name: string): DevopsDeployEnvironment {
    return new DevopsDeployEnvironment(this, id, { projectId: this.projectId, deployEnvironmentType: 'FUNCTION', functionId, displayName: name });
  }

  private approval(id: string): void {
    const count = this.props.requiredApprovals ?? 0;
    if (count > 0) this.stage(id, { deployStageType: 'MANUAL_APPROVAL', displayName: 'approve-release', approvalPolicy: { approvalPolicyType: 'COUNT_BASED_APPROVAL', numberOfApprovalsRequired: count } });
  }

  private waitStage(id: string, minutes: number, name: string): void {
    this.stage(id, { deployStageType: 'WAIT', displayName: name, waitCriteria: { waitType: 'ABSOLUTE_WAIT', waitDuration: `PT${minutes}M` } });
  }

  private invoke(id: string, environmentId: string, payloadArtifactId: string, name: string): void {
    this.stage(id, { deployStageType: 'INVOKE_FUNCTION', displayName: name, functionDeployEnvironmentId: environmentId, deployArtifactId: payloadArtifactId, isAsync: false, isValidationEnabled: true });
  }

  private defineFunctionRelease(): void {
    const e = this.endpoint;
    const image = this.props.pipeline.imageArtifactId;
    const blue = this.functionEnvironment('BlueEnvironment', e.functionId!, `${e.endpointName}-blue`);
    this.approval('Approval');
    if (this.strategy === 'rolling') {
      this.stage('Deploy', { deployStageType: 'DEPLOY_FUNCTION', displayName: 'deploy-function', functionDeployEnvironmentId: blue.id, dockerImageDeployArtifactId: image });
      return;
    }
    const green = this.functionEnvironment('GreenEnvironment', this.props.greenFunctionId!, `${e.endpointName}-green`);
    const payload = this.artifact('ValidationPayload', 'GENERIC_FILE', `${e.endpointName}-validation-request`, this.props.validationPayload!, false);
    const toGreen = this.artifact('SwitchToGreenSpec', 'COMMAND_SPEC', `${e.endpointName}-switch-to-green`, switchCommandSpec('GREEN_FUNCTION_ID', 'green'));
    const toBlue = this.artifact('SwitchToBlueSpec', 'COMMAND_SPEC', `${e.endpointName}-switch-to-blue`, switchCommandSpec('BLUE_FUNCTION_ID', 'blue'));
    const shell = (id: string, spec: DevopsDeployArtifact, name: string) => this.stage(id, {
      deployStageType: 'SHELL', displayName: name, commandSpecDeployArtifactId: spec.id, timeoutInSeconds: 900,
      containerConfig: {
        containerConfigType: 'CONTAINER_INSTANCE_CONFIG', shapeName: 'CI.Standard.E4.Flex', shapeConfig: { ocpus: 1, memoryInGbs: 4 },
        networkChannel: { networkChannelType: 'SERVICE_VNIC_CHANNEL', subnetId: this.props.subnetId! },
      },
    });
    this.stage('DeployGreen', { deployStageType: 'DEPLOY_FUNCTION', displayName: 'deploy-green', functionDeployEnvironmentId: green.id, dockerImageDeployArtifactId: image });
    this.invoke('ValidateGreen', green.id, payload.id, 'validate-green');
    shell('SwitchToGreen', toGreen, 'switch-route-to-green');
    this.waitStage('RollbackWindow', this.props.rollbackWindowMinutes ?? 30, 'keep-blue-for-rollback');
    this.stage('PromoteBlue', { deployStageType: 'DEPLOY_FUNCTION', displayName: 'update-blue', functionDeployEnvironmentId: blue.id, dockerImageDeployArtifactId: image });
    shell('SwitchToBlue', toBlue, 'switch-route-back-to-blue');
  }

  private defineOkeRelease(): void {
    const e = this.endpoint;
    const environment = new DevopsDeployEnvironment(this, 'ClusterEnvironment', {
      projectId: this.projectId, deployEnvironmentType: 'OKE_CLUSTER', clusterId: e.clusterId, displayName: `${e.endpointName}-cluster`,
      networkChannel: this.props.subnetId ? { networkChannelType: 'PRIVATE_ENDPOINT_CHANNEL', subnetId: this.props.subnetId } : undefined,
    });
    const manifests = this.artifact('Manifests', 'KUBERNETES_MANIFEST', `${e.endpointName}-manifests`, e.kubernetesManifests!);
    const namespace = e.kubernetesNamespace!;
    const ingressName = this.props.ingressName ?? e.endpointName;
    const deploy = (id: string, name: string) => this.stage(id, {
      deployStageType: 'OKE_DEPLOYMENT', displayName: name, okeClusterDeployEnvironmentId: environment.id, kubernetesManifestDeployArtifactIds: [manifests.id], namespace,
    });
    if (this.strategy === 'rolling') {
      this.approval('Approval');
      deploy('Deploy', 'deploy-manifests');
      return;
    }
    if (this.strategy === 'blue-green') {
      this.approval('Approval');
      const payload = this.artifact('ValidationPayload', 'GENERIC_FILE', `${e.endpointName}-validation-request`, this.props.validationPayload!, false);
      const validator = this.functionEnvironment('ValidationEnvironment', this.props.validationFunctionId!, `${e.endpointName}-validator`);
      const bg = this.stage('DeployGreen', {
        deployStageType: 'OKE_BLUE_GREEN_DEPLOYMENT', displayName: 'deploy-green', okeClusterDeployEnvironmentId: environment.id,
        kubernetesManifestDeployArtifactIds: [manifests.id],
        blueGreenStrategy: { strategyType: 'NGINX_BLUE_GREEN_STRATEGY', namespaceA: `${namespace}-a`, namespaceB: `${namespace}-b`, ingressName },
      });
      this.invoke('ValidateGreen', validator.id, payload.id, 'validate-green');
      this.stage('SwitchToGreen', { deployStageType: 'OKE_BLUE_GREEN_TRAFFIC_SHIFT', displayName: 'switch-to-green', okeBlueGreenDeployStageId: bg.id });
      this.waitStage('RollbackWindow', this.props.rollbackWindowMinutes ?? 30, 'keep-blue-for-rollback');
      return;
    }
    const gate = this.functionEnvironment('GateEnvironment', this.props.canaryGateFunctionId!, `${e.endpointName}-canary-gate`);
    const canary = this.stage('CanaryDeploy', {
      deployStageType: 'OKE_CANARY_DEPLOYMENT', displayName: 'deploy-canary', okeClusterDeployEnvironmentId: environment.id,
      kubernetesManifestDeployArtifactIds: [manifests.id],
      canaryStrategy: { strategyType: 'NGINX_CANARY_STRATEGY', namespace: `${namespace}-canary`, ingressName },
    });
    const steps = this.props.canarySteps ?? DEFAULT_CANARY_STEPS;
    const thresholds = this.canaryThresholds!;
    let lastShift: DevopsDeployStage | undefined;
    for (const percent of steps.filter((s) => s < 100)) {
      lastShift = this.stage(`Shift${percent}`, {
        deployStageType: 'OKE_CANARY_TRAFFIC_SHIFT', displayName: `shift-${percent}-percent`, okeCanaryDeployStageId: canary.id,
        rolloutPolicy: { batchCount: 1, batchDelayInSeconds: 60, rampLimitPercent: percent },
      });
      this.waitStage(`Observe${percent}`, thresholds.windowMinutes, `observe-${percent}-percent`);
      const body = gateRequest(`${percent}%`, thresholds, this.deployPipelineId, this.props.requireGovernanceRecord);
      this.invoke(`Gate${percent}`, gate.id, this.artifact(`Gate${percent}Request`, 'GENERIC_FILE', `${e.endpointName}-gate-${percent}`, body).id, `canary-gate-${percent}-percent`);
    }
    const approvals = this.props.requiredApprovals ?? 0;
    if (approvals > 0 && lastShift) {
      this.stage('Approval', {
        deployStageType: 'OKE_CANARY_APPROVAL', displayName: 'approve-production', okeCanaryTrafficShiftDeployStageId: lastShift.id,
        approvalPolicy: { approvalPolicyType: 'COUNT_BASED_APPROVAL', numberOfApprovalsRequired: approvals },
      });
    } else {
      this.approval('Approval');
    }
    deploy('Production', 'deploy-production-100-percent');
  }
}

/**
 * Base64 of a text holding references (manifests naming a subnet OCID, say), computed by Terraform:
 * the literal parts are passed raw (quotes, `${` of DevOps placeholders escaped by cdktf), the
 * references as they are.
 */
function base64WithReferences(content: string): string {
  const parts = content.split(/(\$\{TfToken\[[^\]]+\]\})/).filter((p) => p !== '');
  return Fn.base64encode(Fn.join('', parts.map((p) => (Token.isUnresolved(p) ? p : Fn.rawString(p)))));
}

function describe(name: string): string {
  return ({
    IMAGE_TAG: 'Image tag, passed by the build (exported variable)',
    MODEL_NAME: 'model_name dimension of the inference metrics',
    MODEL_VERSION: 'Version being released (model_version dimension)',
    STABLE_VERSION: 'Version serving now (model_version dimension)',
    CANARY_MODEL_ID: 'model_id of the released version (drift score)',
    STABLE_MODEL_ID: 'model_id of the serving version (drift score)',
    COMPARTMENT_ID: 'Compartment of the custom metrics',
    GATEWAY_DEPLOYMENT_ID: 'API Gateway deployment holding the route',
    ROUTE_PATH: 'Route switched between blue and green',
    BLUE_FUNCTION_ID: 'Blue (serving) function',
    GREEN_FUNCTION_ID: 'Green (standby) function',
    REGION: 'Region of the API Gateway',
  } as Record<string, string>)[name] ?? name;
}

/**
 * The canary gate's request (functions/canary-gate input), pipeline parameters as placeholders; the
 * deploy pipeline's OCID goes with the decision into the governance audit trail.
 */
function gateRequest(step: string, thresholds: CanaryThresholds, deployPipelineId: string, requireGovernanceRecord: boolean | undefined): string {
  return `${JSON.stringify({
    modelName: '${MODEL_NAME}', step,
    canary: { version: '${MODEL_VERSION}', modelId: '${CANARY_MODEL_ID}' },
    stable: { version: '${STABLE_VERSION}', modelId: '${STABLE_MODEL_ID}' },
    thresholds, compartmentId: '${COMPARTMENT_ID}', deployPipelineId,
    ...(requireGovernanceRecord !== undefined ? { requireGovernanceRecord } : {}),
  }, null, 2)}\n`;
}

/**
 * The shell stage's command spec that points the endpoint's API Gateway route at one function:
 * reads the deployment (REST, camelCase JSON), replaces the route's `functionId`, writes it back
 * and waits until the deployment is ACTIVE again. Pipeline parameters arrive as placeholders.
 */
export function switchCommandSpec(targetParameter: 'GREEN_FUNCTION_ID' | 'BLUE_FUNCTION_ID', color: string): string {
  const api = 'https://apigateway.${REGION}.oci.oraclecloud.com/20190501/deployments/${GATEWAY_DEPLOYMENT_ID}';
  const command = [
    'set -euo pipefail',
    `target='\${${targetParameter}}'`,
    `oci raw-request --http-method GET --target-uri "${api}" > current.json`,
    `jq --arg path '\${ROUTE_PATH}' --arg fn "$target" '{specification: (.data.specification | .routes |= map(if .path == $path then .backend.functionId = $fn else . end))}' current.json > update.json`,
    `jq -e --arg path '\${ROUTE_PATH}' '[.specification.routes[] | select(.path == $path)] | length == 1' update.json > /dev/null || { echo "route \${ROUTE_PATH} not found in the deployment"; exit 1; }`,
    `oci raw-request --http-method PUT --target-uri "${api}" --request-body "$(cat update.json)" > /dev/null`,
    'for i in $(seq 1 60); do',
    `  state=$(oci raw-request --http-method GET --target-uri "${api}" | jq -r '.data.lifecycleState')`,
    `  if [ "$state" = ACTIVE ]; then echo "route \${ROUTE_PATH} now served by ${color} ($target)"; exit 0; fi`,
    '  if [ "$state" = FAILED ]; then echo "deployment update failed"; exit 1; fi',
    '  sleep 5',
    'done',
    'echo "deployment not ACTIVE after 5 minutes"; exit 1',
  ].join('\n');
  return stringify({ version: 0.1, component: 'command', timeoutInSeconds: 600, shell: 'bash', steps: [{ type: 'Command', name: `Switch route to ${color}`, command }] }, { lineWidth: 0 });
}
