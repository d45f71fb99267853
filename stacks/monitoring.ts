import { type MonitoringConfig } from '../lib/config/monitoring-schema';
import { type IModelEndpoint } from '../lib/endpoint/model-endpoint-base';
import { EndpointAlarms } from '../lib/monitoring/endpoint-alarms';
import { PredictionLogPipeline } from '../lib/monitoring/prediction-log-pipeline';
import { type TeamWorkspace } from '../lib/team-workspace';

/** What addTeamMonitoring defined. */
export interface TeamMonitoring {
  /** Undefined when the team file lists no monitored endpoint. */
  readonly pipeline?: PredictionLogPipeline;
  /** Alarms per endpoint name. */
  readonly alarms: Readonly<Record<string, EndpointAlarms>>;
}

/**
 * Defines a team's monitoring from its team file's `monitoring` section: one prediction-log pipeline
 * (the endpoints' logs -> stream -> drift monitor, and an archive under `<team>/` in the platform's
 * prediction-log bucket) and each endpoint's alarms, notifying the team's topics by severity.
 *
 * @param workspace - the team's workspace (compartment, network, topics, log group, platform)
 * @param config - the parsed `monitoring` section
 * @param endpoints - the team's endpoints by endpoint name (addTeamEndpoints' result)
 * @returns the pipeline and the alarms
 * @throws Error naming the endpoint when the section names an endpoint that is not defined
 */
export function addTeamMonitoring(workspace: TeamWorkspace, config: MonitoringConfig, endpoints: Readonly<Record<string, IModelEndpoint>>): TeamMonitoring {
  const alarms: Record<string, EndpointAlarms> = {};
  if (config.endpoints.length === 0) return { alarms };
  const platform = workspace.platform;
  const missing = config.endpoints.map((e) => e.endpoint).filter((name) => !(name in endpoints));
  if (missing.length) {
    throw new Error(`${workspace.node.path}: monitoring.endpoints names ${missing.map((m) => JSON.stringify(m)).join(', ')}, not among the team's endpoints (${Object.keys(endpoints).join(', ') || 'none'})`);
  }
  const nsg = workspace.network.nsgIds.endpoints;
  const pipeline = new PredictionLogPipeline(workspace, 'PredictionLogPipeline', {
    compartmentId: workspace.compartmentId,
    namePrefix: `${platform.name}-${workspace.team}`,
    kmsKeyId: platform.vault.keyId,
    logGroupId: workspace.logGroupId,
    functionsApplicationId: platform.serving.functionsApplicationId,
    functionsCompartmentId: platform.compartmentId,
    monitorImage: config.monitorImage,
    monitorMemoryMib: config.monitorMemoryMib,
    streamSubnetId: workspace.network.subnetIds.endpoints,
    streamNsgIds: nsg ? [nsg] : undefined,
    streamPartitions: config.streamPartitions,
    streamRetentionHours: config.streamRetentionHours,
    archiveBucketName: platform.buckets.predictionLogs.bucketName,
    archiveBucketNamespace: platform.buckets.predictionLogs.namespace,
    archiveBucketCompartmentId: platform.compartmentId,
    archiveObjectPrefix: workspace.team,
    tenancyId: platform.tenancyId,
    defineIam: platform.iam !== undefined,
  });
  const topics = {
    critical: workspace.topics[config.destinations.critical],
    warning: workspace.topics[config.destinations.warning],
    info: workspace.topics[config.destinations.info],
  };
  for (const m of config.endpoints) {
    const endpoint = endpoints[m.endpoint];
    pipeline.addEndpoint(endpoint, { driftSettings: m.drift });
    alarms[m.endpoint] = new EndpointAlarms(workspace, `Alarms-${m.endpoint}`, {
      endpoint, topics, ...m.alarms, suppressionWindows: m.suppressionWindows,
    });
  }
  return { pipeline, alarms };
}
