import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { CoreNetworkSecurityGroup } from '../../.gen/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../.gen/providers/oci/core-network-security-group-security-rule';
import { DatascienceJob } from '../../.gen/providers/oci/datascience-job';
import { DatascienceSchedule } from '../../.gen/providers/oci/datascience-schedule';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { StreamingStream } from '../../.gen/providers/oci/streaming-stream';
import { StreamingStreamPool } from '../../.gen/providers/oci/streaming-stream-pool';
import { type FeatureGroupDefinition } from '../../runtime/feature-store/feature-group-schema';
import { cronEvery, jobScheduleStatements } from '../datascience/job-schedule';
import { autonomousDatabaseName, autonomousDatabaseWalletStatement, SecureAutonomousDatabase, type AutonomousDatabaseVersion } from '../database/secure-autonomous-database';
import { MatchingRule, ocirPullStatement, PolicyCondition, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { type IPlatformNetwork } from '../network/platform-network';
import { mismatches, outside, runChecks } from '../private/checks';
import { ocidShape } from '../../runtime/contract/ocid-shape';
import { ocirImageProblem } from '../private/ocir';
import { type IPlatformVault } from '../security/platform-vault';
import { SecureBucket } from '../storage/secure-bucket';

export interface FeatureStoreProps {
  /** Compartment of every feature store resource. */
  readonly compartmentId: string;
  /**
   * Tenancy OCID: the dynamic groups of the ingestion job, its schedule and the database live there.
   * Required when defineIam is on.
   * @default - no IAM is defined (defineIam must then be false)
   */
  readonly tenancyId?: string;
  /** Name prefix of every resource (`<platform>-<team>`): bucket `<namePrefix>-features`, streams `<namePrefix>-fg-<group>`. */
  readonly namePrefix: string;
  /** Network: database and stream pool endpoints go in its data subnet, the job in its workloads subnet. */
  readonly network: IPlatformNetwork;
  /** Vault and customer-managed key of the database, the bucket, the stream pool and the password secret. */
  readonly vault: IPlatformVault;
  /**
   * Compartment of the vault and key (the platform compartment when the team's resources live elsewhere).
   * @default - compartmentId
   */
  readonly vaultCompartmentId?: string;
  /** Data Science project of the ingestion job and its schedule. */
  readonly dataScienceProjectId: string;
  /** Log group of the job runs' logs. */
  readonly logGroupId: string;
  /**
   * OCIR image of the ingestion job, built from runtime/feature-store/jobs/Dockerfile: registers the
   * groups, drains each group's stream into the offline store and materialises the online store
   * incrementally (docs/feature-store-construct.md).
   */
  readonly ingestionImage: string;
  /**
   * Compartment of the OCIR repository holding `ingestionImage`: the job runs may pull from it (and
   * do nothing else in the registry). When it is not the feature store's compartment, that grant is
   * a policy of its own in the tenancy (a policy reaches only its compartment's subtree).
   * @default - compartmentId
   */
  readonly ingestionImageCompartmentId?: string;
  /** Feature group definitions (runtime/feature-store/feature-group-schema.ts); one stream each. */
  readonly featureGroups: readonly FeatureGroupDefinition[];
  /**
   * Minutes between ingestion job runs, 5-1440.
   * @default 15
   */
  readonly ingestionIntervalMinutes?: number;
  /**
   * Longest ingestion run in minutes, 1-1440 (a run past it is stopped).
   * @default 60
   */
  readonly ingestionMaxRuntimeMinutes?: number;
  /**
   * Flexible shape of the ingestion job.
   * @default 'VM.Standard.E4.Flex'
   */
  readonly ingestionShape?: string;
  /** OCPUs of the ingestion job, 1-64. @default 1 */
  readonly ingestionOcpus?: number;
  /** Memory of the ingestion job in GB, 1-1024. @default 16 */
  readonly ingestionMemoryGb?: number;
  /** Partitions of each group's stream, 1-50. @default 1 */
  readonly streamPartitions?: number;
  /** Hours a stream keeps messages, 24-168. @default 24 */
  readonly streamRetentionHours?: number;
  /**
   * CIDR blocks that may reach the database and the stream pool: the workloads subnet's CIDR. A Data
   * Science job's VNIC belongs to no NSG, so the ingestion job reaches the endpoints only through this.
   * @default - only the network's workloads NSG (functions, OKE pods); a warning says the job cannot connect
   */
  readonly clientCidrs?: readonly string[];
  /** ECPUs of the database, 2-512. @default 2 */
  readonly databaseEcpuCount?: number;
  /** Storage of the database in GB, 20-393216. @default 20 */
  readonly databaseStorageGb?: number;
  /** Days of automatic database backups, 1-60. @default 30 */
  readonly databaseBackupRetentionDays?: number;
  /** Database version. @default '23ai' */
  readonly databaseVersion?: AutonomousDatabaseVersion;
  /**
   * Database user of the feature store tables (create it and pass its password secret in
   * databasePasswordSecretId for least privilege).
   * @default 'ADMIN'
   */
  readonly databaseUser?: string;
  /** Vault secret of databaseUser's password. @default - the database's generated ADMIN password secret */
  readonly databasePasswordSecretId?: string;
  /**
   * Accept one-way TLS (no wallet) as well as mutual TLS on the database's private endpoint.
   * @default false
   */
  readonly allowDatabaseTlsWithoutWallet?: boolean;
  /**
   * Define the dynamic groups and policies of the ingestion job and its schedule.
   * @default true
   */
  readonly defineIam?: boolean;
}

/** Port of the stream pool's private endpoint (Streaming API over HTTPS). */
const STREAMING_PORT = 443;

/**
 * Defines a team's feature store: one Autonomous Database (OLTP) holding the registry, the offline
 * tables and the online tables (the runtime's Oracle store uses one connection for all three), a
 * bucket for offline groups kept as Parquet, a private stream pool encrypted with the
 * customer-managed key with one ingestion stream per feature group, a Data Science job that drains
 * the streams and materialises the online store, its schedule, and least-privilege IAM.
 */
export class FeatureStore extends Construct {
  readonly database: SecureAutonomousDatabase;
  readonly offlineBucket: SecureBucket;
  readonly streamPool: StreamingStreamPool;
  /** Ingestion stream per feature group name. */
  readonly streams: Readonly<Record<string, StreamingStream>>;
  readonly ingestionJob: DatascienceJob;
  readonly ingestionSchedule: DatascienceSchedule;
  readonly featureGroupNames: readonly string[];
  readonly dynamicGroups: Record<string, IdentityDynamicGroup> = {};
  readonly policies: Record<string, IdentityPolicy> = {};

  constructor(scope: Construct, id: string, props: FeatureStoreProps) {
    super(scope, id);
    const prefix = props.namePrefix;
    const names = props.featureGroups.map((g) => g.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    const image = ocirImageProblem('ingestionImage', props.ingestionImage);
    const defineIam = props.defineIam ?? true;
    runChecks(this.node.path, props, [
      { fails: (p) => mismatches(p.namePrefix, /^[a-z][a-z0-9-]{0,60}$/), message: (p) => `namePrefix must be 1-61 characters of a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(p.namePrefix)}` },
      { fails: () => image !== null, message: () => image! },
      { fails: (p) => p.featureGroups.length === 0, message: () => 'featureGroups must declare at least one feature group' },
      { fails: () => duplicate !== undefined, message: () => `featureGroups names must be unique, got ${JSON.stringify(duplicate)} twice` },
      { fails: (p) => outside(p.ingestionIntervalMinutes, 5, 1440), message: (p) => `ingestionIntervalMinutes must be an integer from 5 to 1440, got ${p.ingestionIntervalMinutes}` },
      {
        fails: (p) => p.ingestionIntervalMinutes !== undefined && (p.ingestionIntervalMinutes < 60 ? 60 : 1440) % p.ingestionIntervalMinutes !== 0,
        message: (p) => `ingestionIntervalMinutes must divide an hour (5, 6, 10, 12, 15, 20, 30) or a day (60, 120, 180, 240, 360, 480, 720, 1440) so runs are evenly spaced, got ${p.ingestionIntervalMinutes}`,
      },
      { fails: (p) => outside(p.ingestionMaxRuntimeMinutes, 1, 1440), message: (p) => `ingestionMaxRuntimeMinutes must be an integer from 1 to 1440, got ${p.ingestionMaxRuntimeMinutes}` },
      { fails: (p) => outside(p.ingestionOcpus, 1, 64), message: (p) => `ingestionOcpus must be an integer from 1 to 64, got ${p.ingestionOcpus}` },
      { fails: (p) => outside(p.ingestionMemoryGb, 1, 1024), message: (p) => `ingestionMemoryGb must be an integer from 1 to 1024, got ${p.ingestionMemoryGb}` },
      { fails: (p) => mismatches(p.ingestionShape, /^VM\.[A-Za-z0-9.]+\.Flex$/), message: (p) => `ingestionShape must be a flexible VM shape such as VM.Standard.E4.Flex, got ${JSON.stringify(p.ingestionShape)}` },
      { fails: (p) => outside(p.streamPartitions, 1, 50), message: (p) => `streamPartitions must be an integer from 1 to 50, got ${p.streamPartitions}` },
      { fails: (p) => outside(p.streamRetentionHours, 24, 168), message: (p) => `streamRetentionHours must be an integer from 24 to 168, got ${p.streamRetentionHours}` },
      { fails: (p) => mismatches(p.ingestionImageCompartmentId, ocidShape('compartment', 'tenancy')), message: (p) => `ingestionImageCompartmentId must be a compartment or tenancy OCID (ocid1.compartment... or ocid1.tenancy...), got ${JSON.stringify(p.ingestionImageCompartmentId)}` },
      { fails: (p) => defineIam && p.tenancyId === undefined, message: () => 'tenancyId is required when defineIam is on (dynamic groups live in the tenancy)' },
      { fails: (p) => p.databaseUser !== undefined && p.databaseUser.toUpperCase() !== 'ADMIN' && p.databasePasswordSecretId === undefined, message: (p) => `databaseUser ${JSON.stringify(p.databaseUser)} needs databasePasswordSecretId (the generated secret holds the ADMIN password)` },
    ]);
    const compartmentId = props.compartmentId;
    const workloadsNsg = props.network.nsgIds.workloads;
    if (!props.clientCidrs?.length) {
      Annotations.of(this).addWarning('clientCidrs is empty: the ingestion job (a Data Science job, whose VNIC has no NSG) cannot reach the database or the stream pool; pass the workloads subnet CIDR');
    }
    const clientNsgIds = workloadsNsg ? [workloadsNsg] : undefined;
    this.featureGroupNames = names;

    this.database = new SecureAutonomousDatabase(this, 'Database', {
      compartmentId, tenancyId: defineIam ? props.tenancyId : undefined, dbName: autonomousDatabaseName(prefix, 'fs'), displayName: `${prefix}-features`,
      vcnId: props.network.vcnId, subnetId: props.network.subnetIds.data, clientNsgIds, clientCidrs: props.clientCidrs,
      nsgIds: props.network.nsgIds.data ? [props.network.nsgIds.data] : undefined,
      vault: props.vault, vaultCompartmentId: props.vaultCompartmentId, workload: 'OLTP', dbVersion: props.databaseVersion, ecpuCount: props.databaseEcpuCount,
      storageGb: props.databaseStorageGb, backupRetentionDays: props.databaseBackupRetentionDays, allowTlsWithoutWallet: props.allowDatabaseTlsWithoutWallet,
    });
    this.offlineBucket = new SecureBucket(this, 'OfflineBucket', { compartmentId, bucketName: `${prefix}-features`, kmsKeyId: props.vault.keyId });

    // The pool's private endpoint takes HTTPS from the ingestion job (and producers) only.
    const poolNsg = new CoreNetworkSecurityGroup(this, 'StreamPoolNsg', { compartmentId, vcnId: props.network.vcnId, displayName: `${prefix}-features-streams-nsg` });
    const sources: [string, 'NETWORK_SECURITY_GROUP' | 'CIDR_BLOCK'][] = [
      ...(clientNsgIds ?? []).map((s): [string, 'NETWORK_SECURITY_GROUP'] => [s, 'NETWORK_SECURITY_GROUP']),
      ...(props.clientCidrs ?? []).map((s): [string, 'CIDR_BLOCK'] => [s, 'CIDR_BLOCK']),
    ];
    sources.forEach(([source, sourceType], i) => new CoreNetworkSecurityGroupSecurityRule(this, `StreamPoolNsgRule${i + 1}`, {
      networkSecurityGroupId: poolNsg.id, direction: 'INGRESS', protocol: '6', source, sourceType, stateless: false,
      description: 'Streaming API (HTTPS) from the ingestion job and producers', tcpOptions: { destinationPortRange: { min: STREAMING_PORT, max: STREAMING_PORT } },
    }));
    this.streamPool = new StreamingStreamPool(this, 'StreamPool', {
      compartmentId, name: `${prefix}-features`,
      customEncryptionKey: { kmsKeyId: props.vault.keyId },
      privateEndpointSettings: { subnetId: props.network.subnetIds.data, nsgIds: [poolNsg.id] },
    });
    const streams: Record<string, StreamingStream> = {};
    for (const name of names) {
      streams[name] = new StreamingStream(this, `Stream-${name}`, {
        name: `${prefix}-fg-${name}`, streamPoolId: this.streamPool.id, partitions: props.streamPartitions ?? 1, retentionInHours: props.streamRetentionHours ?? 24,
      });
    }
    this.streams = streams;

    const user = props.databaseUser ?? 'ADMIN';
    const passwordSecretId = props.databasePasswordSecretId ?? this.database.adminPasswordSecretId;
    const environment: Record<string, string> = {
      OCI_MLOPS_ADB_USER: user,
      OCI_MLOPS_ADB_PASSWORD_SECRET_ID: passwordSecretId,
      OCI_MLOPS_ADB_CONNECT_STRING: this.database.connectString('tp'),
      // With mTLS required, the job fetches the database's wallet at start (GenerateAutonomousDatabaseWallet).
      ...(this.database.mtlsRequired ? { OCI_MLOPS_ADB_ID: this.database.autonomousDatabaseId } : {}),
      OCI_MLOPS_FEATURE_GROUPS: JSON.stringify(props.featureGroups),
      OCI_MLOPS_FEATURE_STREAMS: `{${names.map((n) => `"${n}":"${streams[n]!.id}"`).join(',')}}`,
      OCI_MLOPS_FEATURE_STREAM_ENDPOINT: streams[names[0]!]!.messagesEndpoint,
      OCI_MLOPS_FEATURE_CONSUMER_GROUP: `${prefix}-ingest`,
      OCI_MLOPS_FEATURE_OFFLINE_BUCKET: this.offlineBucket.bucketName,
      OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE: this.offlineBucket.namespace,
      // Draining stops at three quarters of the run's limit, leaving the rest for materialisation.
      OCI_MLOPS_FEATURE_TIME_BUDGET_SEC: String(Math.floor((props.ingestionMaxRuntimeMinutes ?? 60) * 45)),
    };
    const maxRuntime = String(props.ingestionMaxRuntimeMinutes ?? 60);
    this.ingestionJob = new DatascienceJob(this, 'IngestionJob', {
      compartmentId, projectId: props.dataScienceProjectId, displayName: `${prefix}-feature-ingestion`,
      description: 'Drains the feature streams into the offline store and materialises the online store', deleteRelatedJobRuns: false,
      jobConfigurationDetails: { jobType: 'DEFAULT', maximumRuntimeInMinutes: maxRuntime, environmentVariables: environment },
      jobEnvironmentConfigurationDetails: { jobEnvironmentType: 'OCIR_CONTAINER', image: props.ingestionImage },
      jobInfrastructureConfigurationDetails: {
        jobInfrastructureType: 'STANDALONE', shapeName: props.ingestionShape ?? 'VM.Standard.E4.Flex', subnetId: props.network.subnetIds.workloads,
        blockStorageSizeInGbs: 50, jobShapeConfigDetails: { ocpus: props.ingestionOcpus ?? 1, memoryInGbs: props.ingestionMemoryGb ?? 16 },
      },
      jobLogConfigurationDetails: { enableLogging: true, enableAutoLogCreation: true, logGroupId: props.logGroupId },
    });
    this.ingestionSchedule = new DatascienceSchedule(this, 'IngestionSchedule', {
      compartmentId, projectId: props.dataScienceProjectId, displayName: `${prefix}-feature-ingestion`,
      description: 'Runs the feature ingestion job',
      trigger: { triggerType: 'CRON', cronExpression: cronEvery(props.ingestionIntervalMinutes ?? 15) },
      action: {
        actionType: 'HTTP',
        actionDetails: {
          httpActionType: 'CREATE_JOB_RUN',
          createJobRunDetails: { compartmentId, projectId: props.dataScienceProjectId, jobId: this.ingestionJob.id, displayName: `${prefix}-feature-ingestion` },
        },
      },
    });

    if (defineIam) this.defineIam(props.tenancyId!, compartmentId, props.ingestionImageCompartmentId ?? compartmentId, prefix, Object.values(streams).map((s) => s.id), passwordSecretId);
  }

  private defineIam(tenancyId: string, compartmentId: string, imageCompartmentId: string, prefix: string, streamIds: string[], passwordSecretId: string): void {
    const location = PolicyLocation.compartmentId(compartmentId);
    const group = (key: string, description: string, rule: MatchingRule) => {
      const name = `${prefix}-${key}`;
      this.dynamicGroups[key] = new IdentityDynamicGroup(this, `DynamicGroup-${key}`, { compartmentId: tenancyId, name, description, matchingRule: rule.toString() });
      return PolicySubject.dynamicGroup(name);
    };
    const policy = (key: string, description: string, statements: PolicyStatement[]) => {
      this.policies[key] = new IdentityPolicy(this, `Policy-${key}`, {
        compartmentId, name: `${prefix}-${key}`, description, statements: statements.map(String), dependsOn: [this.dynamicGroups[key]!],
      });
    };

    const job = group('feature-ingest', 'Feature ingestion job runs of the team', MatchingRule.all(MatchingRule.resourceType('datasciencejobrun'), MatchingRule.resourceCompartmentId(compartmentId)));
    const bucket = PolicyCondition.eq('target.bucket.name', this.offlineBucket.bucketName);
    const streams = streamIds.map((s) => PolicyCondition.eq('target.stream.id', s));
    policy('feature-ingest', 'Feature ingestion: read the feature streams, the database password and wallet, offline Parquet, write logs', [
      // Consume each group's stream with a consumer group (CreateGroupCursor, GetMessages, ConsumerCommit).
      new PolicyStatement({ subject: job, verb: 'use', resource: 'stream-pull', location, where: streams.length === 1 ? streams[0] : PolicyCondition.any(...streams) }),
      // The database password, from its one secret (GetSecretBundle).
      new PolicyStatement({ subject: job, verb: 'read', resource: 'secret-bundles', location, where: PolicyCondition.eq('target.secret.id', passwordSecretId) }),
      // The mTLS wallet of this database only (GenerateAutonomousDatabaseWallet needs AUTONOMOUS_DATABASE_CONTENT_READ, which read grants).
      ...(this.database.mtlsRequired
        ? [autonomousDatabaseWalletStatement(job, location, this.database.autonomousDatabaseId)]
        : []),
      // Offline groups kept as Parquet: list, read and write files; deletion is left to people.
      new PolicyStatement({ subject: job, verb: 'read', resource: 'buckets', location, where: bucket }),
      new PolicyStatement({ subject: job, verb: 'manage', resource: 'objects', location, where: PolicyCondition.all(bucket, PolicyCondition.neq('request.permission', 'OBJECT_DELETE')) }),
      // Job run logs (PutLogs).
      new PolicyStatement({ subject: job, verb: 'use', resource: 'log-content', location }),
      // Pull the ingestion image when its repository is in this compartment.
      ...(imageCompartmentId === compartmentId ? [ocirPullStatement(job, location)] : []),
    ]);
    if (imageCompartmentId !== compartmentId) {
      this.policies['feature-image-pull'] = new IdentityPolicy(this, 'Policy-feature-image-pull', {
        compartmentId: tenancyId, name: `${prefix}-feature-image-pull`, description: 'Feature ingestion job runs pull the ingestion image',
        statements: [ocirPullStatement(job, PolicyLocation.compartmentId(imageCompartmentId)).toString()], dependsOn: [this.dynamicGroups['feature-ingest']!],
      });
    }
    const schedule = group('feature-schedule', 'Schedule of the feature ingestion job', MatchingRule.resourceId(this.ingestionSchedule.id));
    policy('feature-schedule', 'Feature ingestion schedule: start job runs of the ingestion job', jobScheduleStatements(schedule, location));
  }
}
