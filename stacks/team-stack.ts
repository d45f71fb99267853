import { type Construct } from 'constructs';
import { type EndpointSuites, type TeamConfig } from '../lib/config';
import { PlatformNetwork } from '../lib/network/platform-network';
import { TeamWorkspace } from '../lib/team-workspace';
import { addTeamEndpoints, type TeamEndpoints } from './endpoints';
import { addTeamFeatureStore } from './feature-store';
import { addTeamMonitoring } from './monitoring';
import { OciStack } from './oci-stack';
import { type PlatformStack } from './platform-stack';
import { addTeamReleases } from './releases';

/**
 * One team's stack, built from its team file on top of the shared platform stack. `dataQualitySuites`
 * are the suites its endpoints name, as loadTeamConfigs read them (TeamConfigFile.dataQualitySuites).
 */
export class TeamStack extends OciStack {
  readonly workspace: TeamWorkspace;
  readonly endpoints?: TeamEndpoints;

  constructor(scope: Construct, id: string, readonly config: TeamConfig, readonly platformStack: PlatformStack, dataQualitySuites: EndpointSuites = {}) {
    super(scope, id, { region: config.region });
    const c = config;
    this.workspace = new TeamWorkspace(this, 'Team', {
      team: c.team,
      compartmentId: c.compartmentId,
      platform: platformStack.platform,
      existingNetwork: c.network
        ? PlatformNetwork.fromExisting({
            vcnId: c.network.vcnId,
            subnetIds: { workloads: c.network.workloadsSubnetId, data: c.network.dataSubnetId, endpoints: c.network.endpointsSubnetId },
            nsgIds: {},
          })
        : undefined,
      tagValues: { costCenter: c.costCenter, environment: c.environment },
      freeformTags: c.tags.freeform,
      definedTags: c.tags.defined,
      budget: c.budget,
      subscriptions: c.notifications,
      notebookSessions: c.dataScience.notebooks,
      allowGpuShapes: c.dataScience.allowGpuShapes,
      modelNames: c.dataScience.modelNames,
      oke: c.oke,
    });
    if (c.endpoints) this.endpoints = addTeamEndpoints(this.workspace, c.endpoints, dataQualitySuites);
    const byName = this.endpoints?.byName ?? {};
    if (c.monitoring) addTeamMonitoring(this.workspace, c.monitoring, byName);
    if (c.releases) {
      const endpoints = Object.values(byName);
      addTeamReleases(this.workspace, c.releases, {
        region: c.region,
        endpoints,
        canaryGateFunctionId: platformStack.platform.canaryGateFunctionId,
        // Blue-green on functions deploys to the endpoint's standby function, then switches the route.
        functionSlots: Object.fromEntries(endpoints.filter((e) => e.standbyFunctionId).map((e) => [e.endpointName, { greenFunctionId: e.standbyFunctionId }])),
      });
    }
    if (c.featureStore) addTeamFeatureStore(this.workspace, c.featureStore);
  }
}
