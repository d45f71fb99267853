import { type ReleasesConfig } from '../lib/config/release-schema';
import { ModelPipeline } from '../lib/cicd/model-pipeline';
import { ModelRelease } from '../lib/cicd/model-release';
import { type IModelEndpoint } from '../lib/endpoint/model-endpoint-base';
import { ModelEndpoint } from '../lib/endpoint/model-endpoint';
import { type TeamWorkspace } from '../lib/team-workspace';

/** The blue-green slots of a function endpoint: its standby function and the gateway deployment of its route. */
export interface FunctionReleaseSlots {
  readonly greenFunctionId: string;
  readonly apiGatewayDeploymentId: string;
}

export interface TeamReleaseInputs {
  /** Region of the team stack (the OCIR registry's region). */
  readonly region: string;
  /** The team's endpoints, by which `releases.endpoints[].endpoint` names them. */
  readonly endpoints: readonly IModelEndpoint[];
  /**
   * Blue-green slots of function endpoints, by endpoint name (blue-green on functions only).
   * @default - no green function; the gateway deployment of a ModelEndpoint is its routes' deployment
   */
  readonly functionSlots?: Readonly<Record<string, Partial<FunctionReleaseSlots>>>;
  /**
   * The canary-gate function, when the team file names none.
   * @default - the team file's `releases.canaryGateFunctionId`
   */
  readonly canaryGateFunctionId?: string;
}

/** What addTeamReleases defined. */
export interface TeamReleases {
  readonly pipelines: ModelPipeline[];
  readonly releases: ModelRelease[];
}

/**
 * Defines a team's model pipelines (one per `releases.models` entry, in the platform's DevOps
 * project) and releases (one deploy pipeline per `releases.endpoints` entry) from its team file.
 *
 * @param workspace - the team's workspace (compartment, network, platform)
 * @param config - the parsed `releases` section
 * @param inputs - region and the team's endpoints (from addTeamEndpoints)
 * @returns the pipelines and releases
 * @throws Error naming the team file entry when it refers to an unknown model or endpoint
 */
export function addTeamReleases(workspace: TeamWorkspace, config: ReleasesConfig, inputs: TeamReleaseInputs): TeamReleases {
  const where = `${workspace.node.path}: releases`;
  const pipelines = new Map<string, ModelPipeline>();
  for (const m of config.models) {
    if (pipelines.has(m.model)) throw new Error(`${where}.models: model ${JSON.stringify(m.model)} is listed twice; one pipeline per model`);
    pipelines.set(m.model, new ModelPipeline(workspace, `Pipeline-${m.model}`, {
      compartmentId: workspace.compartmentId, team: workspace.team, modelName: m.model, region: inputs.region, ocirNamespace: config.ocirNamespace,
      devopsProjectId: workspace.platform.devopsProject.id,
      sourceType: m.repository.type, sourceRepositoryUrl: m.repository.url, sourceAccessTokenSecretId: m.repository.accessTokenSecretId, branch: m.repository.branch,
      build: m.build, imageRetentionDays: m.imageRetentionDays,
    }));
  }
  const releases = config.endpoints.map((r, i) => {
    const endpoint = inputs.endpoints.find((e) => e.endpointName === r.endpoint);
    if (!endpoint) throw new Error(`${where}.endpoints[${i}].endpoint must name an endpoint of the team (${inputs.endpoints.map((e) => e.endpointName).join(', ') || 'none defined'}), got ${JSON.stringify(r.endpoint)}`);
    const pipeline = pipelines.get(r.model);
    if (!pipeline) throw new Error(`${where}.endpoints[${i}].model must name a model of releases.models (${[...pipelines.keys()].join(', ') || 'none'}), got ${JSON.stringify(r.model)}`);
    const slots = inputs.functionSlots?.[r.endpoint];
    return new ModelRelease(workspace, `Release-${r.endpoint}`, {
      endpoint, pipeline, strategy: r.strategy, requiredApprovals: r.requiredApprovals, canarySteps: r.canarySteps,
      canaryThresholds: r.gate, canaryGateFunctionId: config.canaryGateFunctionId ?? inputs.canaryGateFunctionId, requireGovernanceRecord: r.requireGovernanceRecord,
      validationPayload: r.validationRequest ? JSON.stringify(r.validationRequest) : undefined, validationFunctionId: r.validationFunctionId,
      greenFunctionId: slots?.greenFunctionId,
      apiGatewayDeploymentId: slots?.apiGatewayDeploymentId ?? (endpoint instanceof ModelEndpoint ? endpoint.routes.deploymentId : undefined),
      rollbackWindowMinutes: r.rollbackWindowMinutes, ingressName: r.ingressName, subnetId: workspace.network.subnetIds.workloads,
    });
  });
  return { pipelines: [...pipelines.values()], releases };
}
