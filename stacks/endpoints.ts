import { Construct } from 'constructs';
import { type EndpointConfig, type EndpointsConfig } from '../lib/config/endpoint-schema';
import { type EndpointSuites } from '../lib/config/load-endpoint-suites';
import { EndpointRoutes } from '../lib/endpoint/endpoint-routes';
import { ModelEndpoint, type ModelEndpointProps } from '../lib/endpoint/model-endpoint';
import { Governance } from '../lib/policy';
import { type TeamWorkspace } from '../lib/team-workspace';

/** What addTeamEndpoints defines. */
export interface TeamEndpoints {
  /** The team's API deployment on the platform gateway. */
  readonly routes: EndpointRoutes;
  /** The endpoints, in config order (addTeamReleases' input). */
  readonly endpoints: readonly ModelEndpoint[];
  /** The endpoints by endpoint name (addTeamMonitoring's input). */
  readonly byName: Readonly<Record<string, ModelEndpoint>>;
}

/**
 * Defines a team's model endpoints from its team file's `endpoints` section: one API deployment on
 * the platform gateway (`/<team>` unless set) and one ModelEndpoint per entry (their alarms come from
 * the `monitoring` section, addTeamMonitoring; their release pipelines from `releases`). Functions run in the platform's Functions application; oke endpoints on the
 * team's cluster when it has one, else on the platform's; model deployments in the team's Data
 * Science project. Everything sits under `<workspace>/Endpoints`.
 *
 * @param workspace - the team's workspace (compartment, network, log group, topics, platform)
 * @param config - the parsed `endpoints` section
 * @param suites - the data-quality suites the endpoints name (`dataQuality.suite`), by endpoint name, as loadTeamConfigs read them
 * @returns the deployment and the endpoints
 * @throws Error naming the endpoint when it asks for an OKE cluster that does not exist, or names a suite not in `suites`
 */
export function addTeamEndpoints(workspace: TeamWorkspace, config: EndpointsConfig, suites: EndpointSuites = {}): TeamEndpoints {
  const scope = new Construct(workspace, 'Endpoints');
  const platform = workspace.platform;
  const g = config.gateway;
  const routes = new EndpointRoutes(scope, 'Routes', {
    compartmentId: workspace.compartmentId,
    gatewayId: platform.serving.apiGatewayId,
    gatewayCompartmentId: platform.compartmentId,
    pathPrefix: g.pathPrefix ?? `/${workspace.team}`,
    displayName: `${platform.name}-${workspace.team}-models`,
    authentication: g.authentication.type === 'none' ? 'none' : g.authentication,
    rateLimitPerSecond: g.rateLimitPerSecond,
    rateLimitKey: g.rateLimitKey,
    corsAllowedOrigins: g.corsAllowedOrigins,
    executionLogLevel: g.executionLogLevel,
    logGroupId: workspace.logGroupId,
  });
  if (g.authentication.type === 'none') Governance.suppress(routes, [{ id: 'MLOPS-4', reason: g.authentication.reason }]);

  const endpoints = config.models.map((m) => new ModelEndpoint(scope, m.name, { ...commonProps(workspace, m), ...targetProps(workspace, m, config, suites), routes }));
  return { routes, endpoints, byName: Object.fromEntries(endpoints.map((e) => [e.endpointName, e])) };
}

function commonProps(workspace: TeamWorkspace, m: EndpointConfig): Omit<ModelEndpointProps, 'routes'> {
  return {
    compartmentId: workspace.compartmentId,
    endpointName: m.name,
    modelName: m.modelName,
    modelVersion: m.modelVersion,
    target: m.target,
    routePath: m.routePath,
    timeoutSec: m.timeoutSec,
    releaseStrategy: m.releaseStrategy,
    logGroupId: workspace.logGroupId,
  };
}

function targetProps(workspace: TeamWorkspace, m: EndpointConfig, config: EndpointsConfig, suites: EndpointSuites): Partial<ModelEndpointProps> {
  const platform = workspace.platform;
  if (m.target === 'datascience') {
    return {
      projectId: workspace.dataScience.projectId, modelCatalogId: m.modelCatalogId, subnetId: workspace.network.subnetIds.workloads,
      instanceShape: m.instanceShape, instanceOcpus: m.instanceOcpus, instanceMemoryGb: m.instanceMemoryGb,
      instanceCount: m.instanceCount, maxInstanceCount: m.maxInstanceCount, bandwidthMbps: m.bandwidthMbps, maxBodyBytes: m.maxBodyBytes, provisionedConcurrency: m.provisionedConcurrency,
      // The route's predict proxy runs in the platform's Functions application; its dynamic group is tenancy-level.
      functionsApplicationId: platform.serving.functionsApplicationId, predictProxyImage: config.predictProxyImage,
      tenancyId: platform.tenancyId, iamNamePrefix: `${platform.name}-${workspace.team}`,
    };
  }
  const runtime = {
    image: m.image, modelUri: m.artifact.uri, modelSha256: m.artifact.sha256, maxBatch: m.maxBatch, maxBodyBytes: m.maxBodyBytes, logFeatures: m.logFeatures, featureNames: m.featureNames, memoryMib: m.memoryMib,
    ...dataQualityProps(workspace, m, suites),
    // The telemetry policy's name, unique in the tenancy.
    iamNamePrefix: `${platform.name}-${workspace.team}`,
  };
  if (m.target === 'functions') {
    // The function lives in the platform's application, so oci_faas posts its metrics in the platform compartment.
    return { ...runtime, functionsApplicationId: platform.serving.functionsApplicationId, provisionedConcurrency: m.provisionedConcurrency, serviceMetricsCompartmentId: platform.compartmentId };
  }
  const which = m.cluster ?? (workspace.oke ? 'team' : 'platform');
  const cluster = which === 'team' ? workspace.oke : platform.oke;
  if (!cluster) {
    throw new Error(`${workspace.node.path}: endpoints.models "${m.name}": cluster "${which}" does not exist (${which === 'team' ? 'the team file has no oke section' : 'the platform config has no oke section'})`);
  }
  // The internal load balancer goes into the endpoints subnet of the cluster's network.
  const subnetId = which === 'team' ? workspace.network.subnetIds.endpoints : platform.network.subnetIds.endpoints;
  return {
    ...runtime, clusterId: cluster.clusterId, subnetId, serviceHostname: m.serviceHostname, servicePort: m.servicePort,
    minReplicas: m.minReplicas, maxReplicas: m.maxReplicas, cpuMillicores: m.cpuMillicores,
    targetCpuUtilizationPercent: m.targetCpuUtilizationPercent, targetRequestsPerSecondPerPod: m.targetRequestsPerSecondPerPod,
  };
}

/** The endpoint's suite (the ModelEndpoint checks it against featureNames and carries it as DATA_QUALITY_SUITE). */
function dataQualityProps(workspace: TeamWorkspace, m: Exclude<EndpointConfig, { target: 'datascience' }>, suites: EndpointSuites): Partial<ModelEndpointProps> {
  if (!m.dataQuality) return {};
  const suite = suites[m.name];
  if (!suite) {
    throw new Error(`${workspace.node.path}: endpoints.models "${m.name}": dataQuality.suite ${JSON.stringify(m.dataQuality.suite)} was not loaded: pass the suites loadTeamConfigs read from beside the team file (TeamConfigFile.dataQualitySuites)`);
  }
  return { dataQualitySuite: suite, dataQualityMode: m.dataQuality.mode };
}
