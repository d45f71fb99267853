import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { SchServiceConnector, type SchServiceConnectorSourceLogSources } from '../../.gen/providers/oci/sch-service-connector';
import { StreamingStream } from '../../.gen/providers/oci/streaming-stream';
import { StreamingStreamPool } from '../../.gen/providers/oci/streaming-stream-pool';
import { DRIFT_METRICS } from '../../runtime/contract/metrics';
import { type DriftSettingsInput, DriftSettingsSchema } from '../../runtime/monitor/drift-settings';
import { MonitorConfigSchema } from '../../runtime/monitor/monitor-config';
import { type IModelEndpoint } from '../endpoint/model-endpoint-base';
import { MatchingRule, PolicyCondition, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { mismatches, outside, runChecks } from '../private/checks';
import { type FunctionMemoryMib, OciFunction } from '../serving/oci-function';
import { SecureBucket } from '../storage/secure-bucket';

export interface PredictionLogPipelineProps {
  /** Compartment of the stream pool, stream, connectors and drift metrics (the team's). */
  readonly compartmentId: string;
  /** Prefix of resource names, unique in the tenancy (dynamic group): `mlops-fraud-detection`. */
  readonly namePrefix: string;
  /** Customer-managed key (OCID) of the stream pool, and of the archive bucket when one is defined. */
  readonly kmsKeyId: string;
  /** Log group of the endpoints' prediction logs (Connector Hub names a log by group and log). */
  readonly logGroupId: string;
  /** Functions application of the monitor function. */
  readonly functionsApplicationId: string;
  /**
   * Compartment of the Functions application (where the Connector Hub grant to invoke goes).
   * @default - compartmentId
   */
  readonly functionsCompartmentId?: string;
  /** OCIR image of the monitor function (functions/monitor). */
  readonly monitorImage: string;
  /**
   * Memory of the monitor function in MB.
   * @default 512
   */
  readonly monitorMemoryMib?: FunctionMemoryMib;
  /**
   * Timeout of the monitor function in seconds, 5-300.
   * @default 120
   */
  readonly monitorTimeoutSec?: number;
  /**
   * Endpoints whose prediction logs flow through the pipeline.
   * @default - none: call addEndpoint() (synthesis fails without any)
   */
  readonly endpoints?: readonly IModelEndpoint[];
  /**
   * Drift settings (windows, tests, thresholds) per model_id; an endpoint without an entry gets the
   * defaults of DriftSettingsSchema.
   * @default {}
   */
  readonly driftSettings?: Readonly<Record<string, DriftSettingsInput>>;
  /**
   * Subnet of the stream pool's private endpoint (Connector Hub reaches it through a reverse
   * connection endpoint in this subnet: allow HTTPS from the subnet).
   * @default - none; required unless enablePublicStreamEndpoint
   */
  readonly streamSubnetId?: string;
  /**
   * NSGs of the stream pool's private endpoint.
   * @default - none
   */
  readonly streamNsgIds?: readonly string[];
  /**
   * Put the stream pool on Streaming's public endpoint (IAM-authenticated) instead of a private endpoint.
   * @default false
   */
  readonly enablePublicStreamEndpoint?: boolean;
  /**
   * Partitions of the stream (1 MB/s in and 2 MB/s out each), 1-50.
   * @default 1
   */
  readonly streamPartitions?: number;
  /**
   * Hours the stream keeps records (the monitor's catch-up window after an outage), 24-168.
   * @default 24
   */
  readonly streamRetentionHours?: number;
  /**
   * Batch size sent to the monitor function per invocation, KB, 1-6000.
   * @default 1024
   */
  readonly monitorBatchSizeKb?: number;
  /**
   * Longest wait before a partial batch is sent to the monitor, seconds, 1-600.
   * @default 60
   */
  readonly monitorBatchTimeSec?: number;
  /**
   * Bucket that archives prediction logs.
   * @default - a SecureBucket `<namePrefix>-prediction-logs` is defined in compartmentId
   */
  readonly archiveBucketName?: string;
  /**
   * Object Storage namespace of archiveBucketName.
   * @default - the namespace of the defined bucket; Connector Hub's default otherwise
   */
  readonly archiveBucketNamespace?: string;
  /**
   * Compartment of archiveBucketName (for the Connector Hub grant).
   * @default - compartmentId
   */
  readonly archiveBucketCompartmentId?: string;
  /**
   * Prefix of archived object names.
   * @default 'prediction-logs'
   */
  readonly archiveObjectPrefix?: string;
  /**
   * Minutes after which an archive object is written even if small, 1-7.
   * @default 7
   */
  readonly archiveRolloverMinutes?: number;
  /**
   * Compartment of the buckets holding reference profiles (drift settings `referenceProfile.bucket`).
   * @default - functionsCompartmentId (the platform's models bucket)
   */
  readonly referenceProfileCompartmentId?: string;
  /**
   * Tenancy OCID (the monitor's dynamic group lives there). Required when defineIam.
   * @default - none
   */
  readonly tenancyId?: string;
  /**
   * Define the monitor's dynamic group and the policies of each hop; `false` when the identity team does.
   * @default true
   */
  readonly defineIam?: boolean;
}

const SUBNET = /^ocid1\.subnet\./;

/**
 * Defines the prediction-log pipeline of a team: the endpoints' custom logs -> Connector Hub ->
 * a stream (in a stream pool with the customer-managed key, on a private endpoint) -> Connector Hub
 * -> the drift monitor function, and the stream -> Connector Hub -> an Object Storage archive; the
 * monitor's dynamic group and one least-privilege policy per compartment the hops touch.
 */
export class PredictionLogPipeline extends Construct {
  readonly streamPool: StreamingStreamPool;
  readonly stream: StreamingStream;
  readonly streamId: string;
  readonly monitor: OciFunction;
  readonly logsToStream: SchServiceConnector;
  readonly streamToMonitor: SchServiceConnector;
  readonly streamToArchive: SchServiceConnector;
  readonly archiveBucket?: SecureBucket;
  readonly archiveBucketName: string;
  readonly monitorGroup?: IdentityDynamicGroup;
  readonly policies: Record<string, IdentityPolicy> = {};
  private readonly endpoints: { endpoint: IModelEndpoint; logGroupId: string }[] = [];
  private readonly settings: Record<string, DriftSettingsInput> = {};
  private readonly props: PredictionLogPipelineProps;

  constructor(scope: Construct, id: string, props: PredictionLogPipelineProps) {
    super(scope, id);
    const where = this.node.path;
    const defineIam = props.defineIam ?? true;
    runChecks(where, props, [
      { fails: (p) => !p.enablePublicStreamEndpoint && p.streamSubnetId === undefined, message: () => 'streamSubnetId is required for the private stream endpoint (or set enablePublicStreamEndpoint: true with a reason)' },
      { fails: (p) => mismatches(p.streamSubnetId, SUBNET), message: (p) => `streamSubnetId must be a subnet OCID (ocid1.subnet...), got ${JSON.stringify(p.streamSubnetId)}` },
      { fails: (p) => !!p.enablePublicStreamEndpoint && p.streamSubnetId !== undefined, message: () => 'streamSubnetId cannot be combined with enablePublicStreamEndpoint: true' },
      { fails: (p) => outside(p.streamPartitions, 1, 50), message: (p) => `streamPartitions must be a whole number 1-50, got ${p.streamPartitions}` },
      { fails: (p) => outside(p.streamRetentionHours, 24, 168), message: (p) => `streamRetentionHours must be a whole number 24-168, got ${p.streamRetentionHours}` },
      { fails: (p) => outside(p.monitorBatchSizeKb, 1, 6000), message: (p) => `monitorBatchSizeKb must be a whole number 1-6000, got ${p.monitorBatchSizeKb}` },
      { fails: (p) => outside(p.monitorBatchTimeSec, 1, 600), message: (p) => `monitorBatchTimeSec must be a whole number 1-600, got ${p.monitorBatchTimeSec}` },
      { fails: (p) => outside(p.archiveRolloverMinutes, 1, 7), message: (p) => `archiveRolloverMinutes must be a whole number 1-7, got ${p.archiveRolloverMinutes}` },
      { fails: (p) => mismatches(p.archiveObjectPrefix, /^[A-Za-z0-9._/-]{1,200}$/), message: (p) => `archiveObjectPrefix must be 1-200 letters, digits, ".", "_", "-" or "/", got ${JSON.stringify(p.archiveObjectPrefix)}` },
      { fails: (p) => defineIam && p.tenancyId === undefined, message: () => 'tenancyId is required when defineIam is true (the monitor dynamic group is tenancy-level)' },
    ]);
    this.props = props;
    for (const [modelId, s] of Object.entries(props.driftSettings ?? {})) this.setDriftSettings(modelId, s);
    const prefix = props.namePrefix;
    const c = props.compartmentId;

    this.streamPool = new StreamingStreamPool(this, 'StreamPool', {
      compartmentId: c,
      name: `${prefix}-predictions`,
      customEncryptionKey: { kmsKeyId: props.kmsKeyId },
      privateEndpointSettings: props.streamSubnetId === undefined ? undefined : {
        subnetId: props.streamSubnetId, nsgIds: props.streamNsgIds?.length ? [...props.streamNsgIds] : undefined,
      },
    });
    this.stream = new StreamingStream(this, 'Stream', {
      name: `${prefix}-predictions`, streamPoolId: this.streamPool.id,
      partitions: props.streamPartitions ?? 1, retentionInHours: props.streamRetentionHours ?? 24,
    });
    this.streamId = this.stream.id;

    this.monitor = new OciFunction(this, 'Monitor', {
      applicationId: props.functionsApplicationId,
      displayName: `${prefix}-drift-monitor`,
      image: props.monitorImage,
      memoryMib: props.monitorMemoryMib ?? 512,
      timeoutSec: props.monitorTimeoutSec ?? 120,
      config: { OCI_MLOPS_MONITOR_CONFIG: Lazy.stringValue({ produce: () => this.monitorConfigJson() }) },
    });

    this.logsToStream = new SchServiceConnector(this, 'LogsToStream', {
      compartmentId: c, displayName: `${prefix}-prediction-logs-to-stream`, description: 'Prediction logs of the endpoints into the prediction stream',
      source: { kind: 'logging', logSources: [] },
      target: { kind: 'streaming', streamId: this.stream.id },
    });
    const fromStream = { kind: 'streaming', streamId: this.stream.id, cursor: { kind: 'TRIM_HORIZON' } };
    this.streamToMonitor = new SchServiceConnector(this, 'StreamToMonitor', {
      compartmentId: c, displayName: `${prefix}-prediction-stream-to-monitor`, description: 'Prediction records to the drift monitor function',
      source: fromStream,
      target: { kind: 'functions', functionId: this.monitor.functionId, batchSizeInKbs: props.monitorBatchSizeKb ?? 1024, batchTimeInSec: props.monitorBatchTimeSec ?? 60 },
    });

    let namespace = props.archiveBucketNamespace;
    if (props.archiveBucketName === undefined) {
      this.archiveBucket = new SecureBucket(this, 'ArchiveBucket', { compartmentId: c, bucketName: `${prefix}-prediction-logs`, kmsKeyId: props.kmsKeyId });
      this.archiveBucketName = this.archiveBucket.bucketName;
      namespace = this.archiveBucket.namespace;
    } else {
      this.archiveBucketName = props.archiveBucketName;
    }
    this.streamToArchive = new SchServiceConnector(this, 'StreamToArchive', {
      compartmentId: c, displayName: `${prefix}-prediction-stream-to-archive`, description: 'Prediction records archived to Object Storage',
      source: fromStream,
      target: {
        kind: 'objectStorage', bucket: this.archiveBucketName, namespace, objectNamePrefix: props.archiveObjectPrefix ?? 'prediction-logs',
        batchRolloverSizeInMbs: 100, batchRolloverTimeInMs: (props.archiveRolloverMinutes ?? 7) * 60_000,
      },
    });

    if (defineIam) this.defineIam(props);
    for (const e of props.endpoints ?? []) this.addEndpoint(e);
    this.node.addValidation({
      validate: () => {
        const errors: string[] = [];
        if (this.endpoints.length === 0) errors.push(`${where}: PredictionLogPipeline has no endpoint: pass endpoints or call addEndpoint()`);
        const json = this.monitorConfigJson();
        const bytes = Buffer.byteLength('OCI_MLOPS_MONITOR_CONFIG') + Buffer.byteLength(json);
        if (!Token.isUnresolved(json) && bytes > 4096) {
          errors.push(`${where}: the monitor configuration is ${bytes} bytes; OCI Functions allows 4096 in all: move per-feature overrides into fewer entries or defaults`);
        }
        return errors;
      },
    });
  }

  /**
   * Sends an endpoint's prediction log through the pipeline and gives its model drift settings.
   * Idempotent per endpoint.
   *
   * @param endpoint - the endpoint (its predictionLogId and modelId)
   * @param options - drift settings of its model (else kept or defaulted) and the log group of its log
   * @throws Error when the drift settings are invalid
   */
  addEndpoint(endpoint: IModelEndpoint, options: { readonly driftSettings?: DriftSettingsInput; readonly logGroupId?: string } = {}): void {
    if (options.driftSettings !== undefined) this.setDriftSettings(endpoint.modelId, options.driftSettings);
    else this.settings[endpoint.modelId] ??= {};
    if (this.endpoints.some((e) => e.endpoint === endpoint)) return;
    this.endpoints.push({ endpoint, logGroupId: options.logGroupId ?? this.props.logGroupId });
    const logSources: SchServiceConnectorSourceLogSources[] = this.endpoints.map((e) => ({
      compartmentId: e.endpoint.compartmentId, logGroupId: e.logGroupId, logId: e.endpoint.predictionLogId,
    }));
    this.logsToStream.putSource({ kind: 'logging', logSources });
  }

  /** The monitor function's `OCI_MLOPS_MONITOR_CONFIG`, checked against MonitorConfigSchema. */
  monitorConfigJson(): string {
    const config = { compartmentId: this.props.compartmentId, namespace: DRIFT_METRICS.namespace, models: this.settings };
    const parsed = MonitorConfigSchema.safeParse(config);
    if (!parsed.success && !Token.isUnresolved(this.props.compartmentId)) {
      throw new Error(`${this.node.path}: monitor configuration is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return JSON.stringify(config);
  }

  private setDriftSettings(modelId: string, settings: DriftSettingsInput): void {
    const parsed = DriftSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      throw new Error(`${this.node.path}: drift settings of ${modelId}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    }
    this.settings[modelId] = settings;
  }

  private defineIam(props: PredictionLogPipelineProps): void {
    const c = props.compartmentId;
    const fnCompartment = props.functionsCompartmentId ?? c;
    const archiveCompartment = props.archiveBucketCompartmentId ?? c;
    const profileCompartment = props.referenceProfileCompartmentId ?? fnCompartment;
    const group = new IdentityDynamicGroup(this, 'MonitorGroup', {
      compartmentId: props.tenancyId!,
      name: `${props.namePrefix}-drift-monitor`,
      description: `The drift monitor function of ${props.namePrefix}`,
      matchingRule: MatchingRule.all(MatchingRule.resourceType('fnfunc'), MatchingRule.resourceId(this.monitor.functionId)).toString(),
    });
    (this as { monitorGroup?: IdentityDynamicGroup }).monitorGroup = group;
    const monitor = PolicySubject.dynamicGroup(`${props.namePrefix}-drift-monitor`);
    const connectors = (extra: PolicyCondition) => PolicyCondition.all(
      PolicyCondition.eq('request.principal.type', 'serviceconnector'), PolicyCondition.eq('request.principal.compartment.id', c), extra,
    );
    const connectorsAnyTarget = PolicyCondition.all(
      PolicyCondition.eq('request.principal.type', 'serviceconnector'), PolicyCondition.eq('request.principal.compartment.id', c),
    );
    const thisStream = PolicyCondition.eq('target.stream.id', this.stream.id);
    const archive = PolicyCondition.eq('target.bucket.name', this.archiveBucketName);
    const byCompartment = new Map<string, { key: string; statements: (() => PolicyStatement[])[] }>();
    const allowLazy = (key: string, compartmentId: string, produce: () => Omit<ConstructorParameters<typeof PolicyStatement>[0], 'location'>[]) => {
      let entry = byCompartment.get(compartmentId);
      if (!entry) byCompartment.set(compartmentId, (entry = { key, statements: [] }));
      entry.statements.push(() => produce().map((st) => new PolicyStatement({ ...st, location: PolicyLocation.compartmentId(compartmentId) } as never)));
    };
    const allow = (key: string, compartmentId: string, statement: Omit<ConstructorParameters<typeof PolicyStatement>[0], 'location'>) => allowLazy(key, compartmentId, () => [statement]);
    // Hop 1: the logs connector pushes into this stream only (Oracle's documented Streaming-target form).
    allow('pipeline', c, { subject: PolicySubject.anyUser(), verb: 'use', resource: 'stream-push', where: connectors(thisStream) });
    // Hops 2 and 3: the monitor and archive connectors read and consume this stream only.
    allow('pipeline', c, { subject: PolicySubject.anyUser(), permissions: ['STREAM_READ', 'STREAM_CONSUME'], where: connectors(thisStream) });
    // The monitor posts drift_score and feature statistics into the team compartment, mlops_drift only.
    allow('pipeline', c, { subject: monitor, verb: 'use', resource: 'metrics', where: PolicyCondition.eq('target.metrics.namespace', DRIFT_METRICS.namespace) });
    // Hop 2: the team's connectors invoke functions (the platform grants this only to its own compartment's connectors).
    allow('functions', fnCompartment, { subject: PolicySubject.anyUser(), verb: 'use', resource: 'fn-function', where: connectorsAnyTarget });
    allow('functions', fnCompartment, { subject: PolicySubject.anyUser(), verb: 'use', resource: 'fn-invocation', where: connectorsAnyTarget });
    // Hop 3: the archive connector writes objects into the archive bucket only.
    allow('archive', archiveCompartment, { subject: PolicySubject.anyUser(), verb: 'read', resource: 'buckets', where: connectors(archive) });
    allow('archive', archiveCompartment, { subject: PolicySubject.anyUser(), verb: 'manage', resource: 'objects', where: connectors(archive) });
    // The monitor reads reference profiles from the buckets its drift settings name (known once every endpoint is added).
    allowLazy('profiles', profileCompartment, () => {
      const buckets = [...new Set(Object.values(this.settings).map((s) => s.referenceProfile?.bucket).filter((b): b is string => b !== undefined))].sort();
      if (!buckets.length) return [];
      const oneOf = buckets.length === 1 ? PolicyCondition.eq('target.bucket.name', buckets[0]) : PolicyCondition.any(...buckets.map((b) => PolicyCondition.eq('target.bucket.name', b)));
      return [{ subject: monitor, verb: 'read', resource: 'objects', where: oneOf }];
    });
    const connectorsList = [this.logsToStream, this.streamToMonitor, this.streamToArchive];
    for (const [compartmentId, { key, statements }] of byCompartment) {
      const policy = new IdentityPolicy(this, `Policy-${key}`, {
        compartmentId, name: `${props.namePrefix}-prediction-pipeline-${key}`,
        description: `Prediction-log pipeline of ${props.namePrefix}: Connector Hub hops and the drift monitor`,
        statements: Lazy.listValue({ produce: () => statements.flatMap((f) => f()).map(String) }),
      });
      this.policies[key] = policy;
      for (const connector of connectorsList) connector.dependsOn = [...(connector.dependsOn ?? []), `${policy.terraformResourceType}.${policy.friendlyUniqueId}`];
    }
    this.node.addValidation({
      validate: () => [...byCompartment.values()].filter((e) => e.statements.flatMap((f) => f()).length === 0)
        .map((e) => `${this.node.path}: policy ${e.key} would have no statement: referenceProfileCompartmentId is set but no drift settings name a referenceProfile.bucket`),
    });
  }
}
