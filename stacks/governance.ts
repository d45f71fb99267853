import { type AutonomousDatabaseConfig, type GovernanceConfig } from '../lib/config/governance-schema';
import { ModelGovernance } from '../lib/governance/governance';
import { type MlopsPlatform } from '../lib/mlops-platform';
import { PlatformNetwork } from '../lib/network/platform-network';

/**
 * Defines the platform's model governance from the `governance:` section of stacks/platform.yaml,
 * inside the platform (construct id `ModelGovernance`): it uses the platform's compartment, network,
 * vault, functions application and gateway, and log group.
 *
 * @param platform - the MlopsPlatform of the platform stack
 * @param config - the parsed `governance:` section (GovernanceConfigSchema)
 * @returns the ModelGovernance construct
 * @throws Error from the construct when a value is outside OCI's limits
 */
export function addPlatformGovernance(platform: MlopsPlatform, config: GovernanceConfig): ModelGovernance {
  const c = config;
  return new ModelGovernance(platform, 'ModelGovernance', {
    compartmentId: platform.compartmentId,
    tenancyId: platform.tenancyId,
    namePrefix: platform.name,
    network: platform.network,
    vault: platform.vault,
    servingBase: platform.servingBase,
    logGroupId: platform.logGroupId,
    image: c.image,
    authentication: c.authentication,
    actorContextKey: c.actorContextKey,
    groupsContextKey: c.groupsContextKey,
    pathPrefix: c.pathPrefix,
    rateLimitPerSecond: c.rateLimitPerSecond,
    rateLimitKey: c.rateLimitKey,
    approvalPolicy: { approverGroups: c.approverGroups, requiredApprovals: c.requiredApprovals, operatorGroup: c.operatorGroup, adminGroup: c.adminGroup },
    subscriptions: c.subscriptions,
    enableCatalogUpdates: c.catalogUpdates,
    anchorRetentionDays: c.anchorRetentionDays,
    anchorRetentionLockTime: c.anchorRetentionLockTime,
    ...databaseProps(c.database),
    // The maintenance job's VNIC has no NSG: the database accepts the workloads subnet by CIDR.
    databaseClientCidrs: platform.network instanceof PlatformNetwork ? [platform.network.subnets.workloads.cidrBlock] : undefined,
    dataScienceProjectId: platform.dataScience.projectId,
    canaryGateFunctionId: platform.canaryGateFunctionId,
    maintenanceIntervalHours: c.maintenance.intervalHours,
    maintenanceShape: c.maintenance.shape,
    maintenanceOcpus: c.maintenance.ocpus,
    maintenanceMemoryGb: c.maintenance.memoryGb,
    maintenanceMaxRuntimeMinutes: c.maintenance.maxRuntimeMinutes,
    defineIam: platform.iam !== undefined,
  });
}

/**
 * The database props of ModelGovernance and FeatureStore from a parsed `database:` section.
 *
 * @param db - the parsed section (autonomousDatabaseConfigSchema)
 * @returns the `database*` props both constructs take
 */
export function databaseProps(db: AutonomousDatabaseConfig) {
  return {
    databaseEcpuCount: db.ecpuCount,
    databaseStorageGb: db.storageGb,
    databaseBackupRetentionDays: db.backupRetentionDays,
    databaseVersion: db.version,
    databaseUser: db.user,
    databasePasswordSecretId: db.passwordSecretId,
    allowDatabaseTlsWithoutWallet: db.allowTlsWithoutWallet,
  };
}
