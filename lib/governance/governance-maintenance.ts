import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { DatascienceJob } from '../../.gen/providers/oci/datascience-job';
import { DatascienceSchedule } from '../../.gen/providers/oci/datascience-schedule';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { LoggingLog } from '../../.gen/providers/oci/logging-log';
import { autonomousDatabaseWalletStatement } from '../database/secure-autonomous-database';
import { cronEvery, jobScheduleStatements } from '../datascience/job-schedule';
import { validateShape } from '../datascience/shapes';
import { MatchingRule, ocirPullStatement, PolicyCondition, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { outside, runChecks } from '../private/checks';

/** The maintenance options ModelGovernance takes (flat, `maintenance` prefix). */
export interface GovernanceMaintenanceOptions {
  /**
   * Data Science project of the scheduled maintenance job (anchoring the audit chain head, sending
   * deliveries left pending). The platform's project is the usual choice.
   * @default - no maintenance job: the chain head is anchored only when someone calls `POST /audit/anchor` (a warning says so)
   */
  readonly dataScienceProjectId?: string;
  /**
   * Hours between maintenance runs: 1, 2, 3, 4, 6, 8, 12 or 24 (runs at minute 0, UTC, evenly spaced over the day).
   * @default 1
   */
  readonly maintenanceIntervalHours?: number;
  /** Flexible shape of the maintenance job. @default 'VM.Standard.E4.Flex' */
  readonly maintenanceShape?: string;
  /** OCPUs of the maintenance job. @default 1 */
  readonly maintenanceOcpus?: number;
  /** Memory of the maintenance job in GB. @default 4 */
  readonly maintenanceMemoryGb?: number;
  /** Minutes after which a maintenance run is stopped, 5-180. @default 30 */
  readonly maintenanceMaxRuntimeMinutes?: number;
}

export interface GovernanceMaintenanceProps extends GovernanceMaintenanceOptions {
  /** Compartment of the job, its schedule, its runs and the governance resources it reaches. */
  readonly compartmentId: string;
  /** Tenancy OCID: the dynamic groups live there. */
  readonly tenancyId: string;
  readonly namePrefix: string;
  /** Data Science project of the job and the schedule. */
  readonly dataScienceProjectId: string;
  /** The governance function's image (functions/governance/Dockerfile holds both entries). */
  readonly image: string;
  /** Private subnet of the job runs (the workloads subnet, which the database accepts by CIDR). */
  readonly subnetId: string;
  /** Log group of the job runs' log. */
  readonly logGroupId: string;
  /** The governance function's configuration (`OCI_MLOPS_GOVERNANCE_*`): the job reads the same store, bucket and topic. */
  readonly environment: Readonly<Record<string, string>>;
  /** Anchor bucket the job writes to. */
  readonly anchorBucketName: string;
  /** Vault secret of the database password. */
  readonly passwordSecretId: string;
  /**
   * The database whose mTLS wallet the runtime fetches (GenerateAutonomousDatabaseWallet; grants `read autonomous-databases` on it).
   * @default - no wallet fetched (one-way TLS or a wallet directory in the environment)
   */
  readonly walletDatabaseId?: string;
  /**
   * CIDR blocks the database accepts besides NSGs: a job run's VNIC belongs to no NSG, so the
   * workloads subnet's CIDR must be among them.
   * @default - none (a warning says the job cannot reach the database)
   */
  readonly databaseClientCidrs?: readonly string[];
  /** Whether deliveries update the model catalog (grants `use data-science-models`). */
  readonly enableCatalogUpdates: boolean;
  /** Define the dynamic groups and policies of the job runs and the schedule. */
  readonly defineIam: boolean;
}

/** Command of the job: the maintenance entry of the governance image instead of the function's. */
export const MAINTENANCE_ENTRYPOINT = ['node', 'functions/governance/maintain.js'] as const;

const INTERVAL_HOURS = [1, 2, 3, 4, 6, 8, 12, 24];

/**
 * Defines the scheduled maintenance of model governance: a Data Science job that runs the governance
 * image's maintenance entry (`functions/governance/maintain.js`: check the newest audit anchor, anchor
 * the chain head, send deliveries left pending) with the function's configuration, in the private
 * workloads subnet, logging to a custom log; a Data Science schedule (CRON trigger) that starts a
 * run every `maintenanceIntervalHours`; and least-privilege IAM for the job runs and the schedule.
 */
export class GovernanceMaintenance extends Construct {
  readonly job: DatascienceJob;
  readonly schedule: DatascienceSchedule;
  readonly log: LoggingLog;
  readonly dynamicGroups: Record<string, IdentityDynamicGroup> = {};
  readonly policies: Record<string, IdentityPolicy> = {};

  constructor(scope: Construct, id: string, props: GovernanceMaintenanceProps) {
    super(scope, id);
    const shape = { shape: props.maintenanceShape ?? 'VM.Standard.E4.Flex', ocpus: props.maintenanceOcpus ?? 1, memoryGb: props.maintenanceMemoryGb ?? 4 };
    const hours = props.maintenanceIntervalHours ?? 1;
    const shapeProblems = validateShape('maintenanceShape', shape, false);
    runChecks(scope.node.path, props, [
      { fails: () => !INTERVAL_HOURS.includes(hours), message: () => `maintenanceIntervalHours must be one of ${INTERVAL_HOURS.join(', ')} (dividing a day, so runs are evenly spaced), got ${hours}` },
      { fails: (p) => outside(p.maintenanceMaxRuntimeMinutes, 5, 180), message: (p) => `maintenanceMaxRuntimeMinutes must be an integer from 5 to 180, got ${p.maintenanceMaxRuntimeMinutes}` },
      ...shapeProblems.map((m) => ({ fails: () => true, message: () => m.replace(/^maintenanceShape\.(ocpus|memoryGb)/, (_, k: string) => (k === 'ocpus' ? 'maintenanceOcpus' : 'maintenanceMemoryGb')) })),
    ]);
    const { compartmentId, namePrefix: prefix } = props;
    const name = `${prefix}-governance-maintenance`;

    this.log = new LoggingLog(this, 'Log', { logGroupId: props.logGroupId, displayName: name, logType: 'CUSTOM', isEnabled: true, retentionDuration: 90 });
    this.job = new DatascienceJob(this, 'Job', {
      compartmentId, projectId: props.dataScienceProjectId, displayName: name, deleteRelatedJobRuns: false,
      description: 'Anchors the governance audit chain head in the anchor bucket and sends deliveries left pending',
      jobConfigurationDetails: { jobType: 'DEFAULT', maximumRuntimeInMinutes: String(props.maintenanceMaxRuntimeMinutes ?? 30), environmentVariables: { ...props.environment } },
      jobEnvironmentConfigurationDetails: { jobEnvironmentType: 'OCIR_CONTAINER', image: props.image, entrypoint: [...MAINTENANCE_ENTRYPOINT] },
      jobInfrastructureConfigurationDetails: {
        jobInfrastructureType: 'STANDALONE', shapeName: shape.shape, subnetId: props.subnetId, blockStorageSizeInGbs: 50,
        jobShapeConfigDetails: { ocpus: shape.ocpus, memoryInGbs: shape.memoryGb },
      },
      jobLogConfigurationDetails: { enableLogging: true, enableAutoLogCreation: false, logGroupId: props.logGroupId, logId: this.log.id },
    });
    this.schedule = new DatascienceSchedule(this, 'Schedule', {
      compartmentId, projectId: props.dataScienceProjectId, displayName: name, description: 'Runs the governance maintenance job',
      trigger: { triggerType: 'CRON', cronExpression: cronEvery(hours * 60) },
      action: {
        actionType: 'HTTP',
        actionDetails: { httpActionType: 'CREATE_JOB_RUN', createJobRunDetails: { compartmentId, projectId: props.dataScienceProjectId, jobId: this.job.id, displayName: name } },
      },
    });
    if (!props.databaseClientCidrs?.length) {
      Annotations.of(this).addWarning('databaseClientCidrs is empty: the maintenance job (a Data Science job, whose VNIC has no NSG) cannot reach the database; pass the workloads subnet CIDR');
    }
    if (props.defineIam) this.defineIam(props, name);
  }

  private defineIam(props: GovernanceMaintenanceProps, name: string): void {
    const location = PolicyLocation.compartmentId(props.compartmentId);
    const define = (key: 'job' | 'schedule', description: string, rule: MatchingRule, statements: PolicyStatement[]) => {
      const groupName = `${name}-${key}`;
      this.dynamicGroups[key] = new IdentityDynamicGroup(this, `DynamicGroup-${key}`, { compartmentId: props.tenancyId, name: groupName, description, matchingRule: rule.toString() });
      this.policies[key] = new IdentityPolicy(this, `Policy-${key}`, {
        compartmentId: props.compartmentId, name: groupName, description, statements: statements.map(String), dependsOn: [this.dynamicGroups[key]],
      });
    };
    // A dynamic group cannot name the runs of one job: every job run of the compartment matches.
    const runs = PolicySubject.dynamicGroup(`${name}-job`);
    const bucket = PolicyCondition.eq('target.bucket.name', props.anchorBucketName);
    const jobStatements = [
      // The database password, from its one secret (GetSecretBundle).
      new PolicyStatement({ subject: runs, verb: 'read', resource: 'secret-bundles', location, where: PolicyCondition.eq('target.secret.id', props.passwordSecretId) }),
      // Write anchors (PutObject with If-None-Match) and read the newest (ListObjects, GetObject); never delete or overwrite.
      new PolicyStatement({
        subject: runs, verb: 'manage', resource: 'objects', location,
        where: PolicyCondition.all(bucket, PolicyCondition.any(...['OBJECT_CREATE', 'OBJECT_INSPECT', 'OBJECT_READ'].map((p) => PolicyCondition.eq('request.permission', p)))),
      }),
      // Pending Notifications deliveries (PublishMessage).
      new PolicyStatement({ subject: runs, verb: 'use', resource: 'ons-topics', location }),
      // The run's stdout to its custom log (PutLogs).
      new PolicyStatement({ subject: runs, verb: 'use', resource: 'log-content', location }),
      // Pull the governance image, and nothing else from OCIR.
      ocirPullStatement(runs, location),
    ];
    // The mTLS wallet of this database only (GenerateAutonomousDatabaseWallet).
    if (props.walletDatabaseId !== undefined) {
      jobStatements.push(autonomousDatabaseWalletStatement(runs, location, props.walletDatabaseId));
    }
    // Pending model catalog deliveries (GetModel, UpdateModel).
    if (props.enableCatalogUpdates) jobStatements.push(new PolicyStatement({ subject: runs, verb: 'use', resource: 'data-science-models', location }));
    define('job', 'Governance maintenance job runs: audit anchors, pending deliveries, database password',
      MatchingRule.all(MatchingRule.resourceType('datasciencejobrun'), MatchingRule.resourceCompartmentId(props.compartmentId)), jobStatements);
    const schedule = PolicySubject.dynamicGroup(`${name}-schedule`);
    define('schedule', 'Governance maintenance schedule: start runs of the maintenance job', MatchingRule.resourceId(this.schedule.id), jobScheduleStatements(schedule, location));
  }
}

/**
 * Defines the scheduled maintenance of a ModelGovernance when it names a Data Science project, else
 * warns that the audit chain head is anchored only on request.
 *
 * @param scope - the ModelGovernance construct
 * @param props - the maintenance options and what the job reaches
 * @returns the maintenance construct (id `Maintenance`), or undefined without a project
 */
export function governanceMaintenance(scope: Construct, props: Omit<GovernanceMaintenanceProps, 'dataScienceProjectId'> & GovernanceMaintenanceOptions): GovernanceMaintenance | undefined {
  if (props.dataScienceProjectId === undefined) {
    Annotations.of(scope).addWarning('dataScienceProjectId is not set: no maintenance job, so the audit chain head is anchored only when someone calls POST /audit/anchor');
    return undefined;
  }
  return new GovernanceMaintenance(scope, 'Maintenance', { ...props, dataScienceProjectId: props.dataScienceProjectId });
}
