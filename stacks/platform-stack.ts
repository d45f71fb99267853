import { type Construct } from 'constructs';
import { type PlatformConfig } from '../lib/config';
import { MlopsPlatform } from '../lib/mlops-platform';
import { addPlatformGovernance } from './governance';
import { OciStack } from './oci-stack';

/** The shared stack: one MlopsPlatform built from stacks/platform.yaml. */
export class PlatformStack extends OciStack {
  readonly platform: MlopsPlatform;

  constructor(scope: Construct, id: string, readonly config: PlatformConfig) {
    super(scope, id, { region: config.region });
    const c = config;
    this.platform = new MlopsPlatform(this, 'Platform', {
      tenancyId: c.tenancyId,
      parentCompartmentId: c.parentCompartmentId,
      region: c.region,
      existingCompartmentId: c.existingCompartmentId,
      name: c.name,
      tagNamespace: c.tagNamespace,
      tagValues: { costCenter: c.costCenter, team: 'platform', environment: 'prod' },
      ...c.network,
      vaultType: c.vault.type,
      keyRotationIntervalDays: c.vault.keyRotationIntervalDays,
      predictionLogArchiveAfterDays: c.predictionLogs.archiveAfterDays,
      predictionLogDeleteAfterDays: c.predictionLogs.deleteAfterDays,
      experimentTracking: c.experimentTracking ?? false,
      oke: c.oke,
      modelNames: c.modelNames,
      subscriptions: c.notifications,
      auditRetentionDays: c.auditRetentionDays,
      budget: c.budget,
      canaryGateImage: c.canaryGate?.image,
      // With governance, the gate records its decisions with the governance function (ModelGovernance's display name).
      canaryGateGovernanceFunctionName: c.canaryGate && c.governance ? `${c.name}-governance` : undefined,
      canaryGateRequireGovernanceRecord: c.canaryGate?.requireGovernanceRecord,
    });
    if (c.governance) addPlatformGovernance(this.platform, c.governance);
  }
}
