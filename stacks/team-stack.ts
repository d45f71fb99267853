import { type Construct } from 'constructs';
import { type TeamConfig } from '../lib/config';
import { PlatformNetwork } from '../lib/network/platform-network';
import { TeamWorkspace } from '../lib/team-workspace';
import { OciStack } from './oci-stack';
import { type PlatformStack } from './platform-stack';

/** One team's stack, built from its team file on top of the shared platform stack. */
export class TeamStack extends OciStack {
  readonly workspace: TeamWorkspace;

  constructor(scope: Construct, id: string, readonly config: TeamConfig, readonly platformStack: PlatformStack) {
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
  }
}
