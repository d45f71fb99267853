import { type FeatureStoreConfig } from '../lib/config/feature-store-schema';
import { FeatureStore } from '../lib/feature-store/feature-store';
import { PlatformNetwork } from '../lib/network/platform-network';
import { type TeamWorkspace } from '../lib/team-workspace';
import { databaseProps } from './governance';

/**
 * Defines a team's feature store from the `featureStore:` section of its team file, inside the
 * team's workspace (construct id `FeatureStore`): the team's compartment, network, Data Science
 * project and log group, the platform's vault and key.
 *
 * @param workspace - the TeamWorkspace of the team stack
 * @param config - the parsed `featureStore:` section (FeatureStoreConfigSchema)
 * @returns the FeatureStore construct
 * @throws Error from the construct when a value is outside OCI's limits
 */
export function addTeamFeatureStore(workspace: TeamWorkspace, config: FeatureStoreConfig): FeatureStore {
  const c = config;
  const platform = workspace.platform;
  return new FeatureStore(workspace, 'FeatureStore', {
    compartmentId: workspace.compartmentId,
    tenancyId: platform.tenancyId,
    namePrefix: `${platform.name}-${workspace.team}`,
    network: workspace.network,
    vault: platform.vault,
    vaultCompartmentId: platform.compartmentId,
    dataScienceProjectId: workspace.dataScience.projectId,
    logGroupId: workspace.logGroupId,
    ingestionImage: c.ingestionImage,
    ingestionImageCompartmentId: c.ingestionImageCompartmentId ?? platform.compartmentId,
    featureGroups: c.featureGroups,
    ingestionIntervalMinutes: c.ingestionIntervalMinutes,
    ingestionMaxRuntimeMinutes: c.ingestionMaxRuntimeMinutes,
    ingestionShape: c.ingestionShape,
    ingestionOcpus: c.ingestionOcpus,
    ingestionMemoryGb: c.ingestionMemoryGb,
    streamPartitions: c.streamPartitions,
    streamRetentionHours: c.streamRetentionHours,
    // The job's VNIC has no NSG: open the endpoints to the workloads subnet, known when the platform defined the network.
    clientCidrs: c.clientCidrs.length ? c.clientCidrs : workspace.network instanceof PlatformNetwork ? [workspace.network.subnets.workloads.cidrBlock] : undefined,
    ...databaseProps(c.database),
  });
}
