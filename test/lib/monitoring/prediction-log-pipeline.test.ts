import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OciProvider } from '../../../.gen/providers/oci/provider';
import { PredictionLogPipeline, type PredictionLogPipelineProps } from '../../../lib/monitoring/prediction-log-pipeline';
import { runPolicyChecks } from '../../../lib/policy';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { LOG_ID, PLATFORM, TEAM, TENANCY, TestEndpoint } from './fixtures';

const TF_VALIDATE = resolve(__dirname, '../../../../shared/tools/tf-validate/tf-validate');
const HAS_TF_VALIDATE = existsSync(TF_VALIDATE) && spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

const BASE: PredictionLogPipelineProps = {
  compartmentId: TEAM,
  namePrefix: 'acme-fraud',
  kmsKeyId: 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaakeykeykeykeykeykey',
  logGroupId: 'ocid1.loggroup.oc1.eu-frankfurt-1.aaaaaaaateamlogsteamlogs',
  functionsApplicationId: 'ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaplatformappplatformapp',
  functionsCompartmentId: PLATFORM,
  monitorImage: 'fra.ocir.io/acmetenancy/mlops/monitor:0.1.0',
  streamSubnetId: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaendpointsendpoints',
  streamNsgIds: ['ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaansgnsgnsg'],
  archiveBucketName: 'acme-prediction-logs',
  archiveBucketNamespace: 'acmetenancy',
  archiveBucketCompartmentId: PLATFORM,
  archiveObjectPrefix: 'fraud',
  tenancyId: TENANCY,
};

function define(s: Construct, props: Partial<PredictionLogPipelineProps> = {}): PredictionLogPipeline {
  const pipeline = new PredictionLogPipeline(s, 'Pipeline', { ...BASE, ...props });
  pipeline.addEndpoint(new TestEndpoint(s, 'Scorer'), { driftSettings: { alpha: 0.01, referenceProfile: { bucket: 'acme-models', object: 'fraud-scorer/2/profile.json' } } });
  pipeline.addEndpoint(new TestEndpoint(s, 'Explainer', 'fraud-explainer', '1', 'ocid1.log.oc1.eu-frankfurt-1.amaaaaaaexplainerlogexplainerlog'));
  return pipeline;
}

describe('PredictionLogPipeline', () => {
  test('defines a CMK stream pool on a private endpoint and a stream with the retention and partitions', () => {
    const r = synthResources((s) => { define(s); });
    expect(resourcesOf(r, 'oci_streaming_stream_pool')).toEqual([expect.objectContaining({
      compartment_id: TEAM, name: 'acme-fraud-predictions', custom_encryption_key: { kms_key_id: BASE.kmsKeyId },
      private_endpoint_settings: { subnet_id: BASE.streamSubnetId, nsg_ids: BASE.streamNsgIds },
    })]);
    expect(resourcesOf(r, 'oci_streaming_stream')).toEqual([expect.objectContaining({ name: 'acme-fraud-predictions', partitions: 1, retention_in_hours: 24, stream_pool_id: expect.stringMatching(/oci_streaming_stream_pool\./) })]);
  });

  test('defines the three connectors: every endpoint log to the stream, the stream to the monitor and to the archive', () => {
    const r = synthResources((s) => { define(s); });
    const [logs, archive, monitor] = ['prediction-logs-to-stream', 'prediction-stream-to-archive', 'prediction-stream-to-monitor']
      .map((n) => resourcesOf(r, 'oci_sch_service_connector').find((c) => c.display_name === `acme-fraud-${n}`)!);
    expect(logs).toMatchObject({
      compartment_id: TEAM,
      source: { kind: 'logging', log_sources: [
        { compartment_id: TEAM, log_group_id: BASE.logGroupId, log_id: LOG_ID },
        { compartment_id: TEAM, log_group_id: BASE.logGroupId, log_id: 'ocid1.log.oc1.eu-frankfurt-1.amaaaaaaexplainerlogexplainerlog' },
      ] },
      target: { kind: 'streaming', stream_id: expect.stringMatching(/oci_streaming_stream\./) },
    });
    expect(monitor).toMatchObject({
      source: { kind: 'streaming', cursor: { kind: 'TRIM_HORIZON' } },
      target: { kind: 'functions', function_id: expect.stringMatching(/oci_functions_function\./), batch_size_in_kbs: 1024, batch_time_in_sec: 60 },
    });
    expect(archive).toMatchObject({
      target: { kind: 'objectStorage', bucket: 'acme-prediction-logs', namespace: 'acmetenancy', object_name_prefix: 'fraud', batch_rollover_size_in_mbs: 100, batch_rollover_time_in_ms: 420000 },
    });
  });

  test('configures the monitor function with the monitor image and a MonitorConfig per model', () => {
    const r = synthResources((s) => { define(s); });
    const [fn] = resourcesOf(r, 'oci_functions_function');
    expect(fn).toMatchObject({ display_name: 'acme-fraud-drift-monitor', image: BASE.monitorImage, memory_in_mbs: '512', timeout_in_seconds: 120 });
    const config = JSON.parse((fn.config as Record<string, string>).OCI_MLOPS_MONITOR_CONFIG);
    expect(config).toEqual({
      compartmentId: TEAM, namespace: 'mlops_drift',
      models: { 'fraud-scorer-2': { alpha: 0.01, referenceProfile: { bucket: 'acme-models', object: 'fraud-scorer/2/profile.json' } }, 'fraud-explainer-1': {} },
    });
  });

  test('grants each hop, scoped to its compartment: stream push/read to the team connectors, drift metrics to the monitor only, function invoke and archive in the platform compartment', () => {
    const r = synthResources((s) => { define(s); });
    const [group] = resourcesOf(r, 'oci_identity_dynamic_group');
    expect(group).toMatchObject({ compartment_id: TENANCY, name: 'acme-fraud-drift-monitor', matching_rule: expect.stringMatching(/^ALL \{resource\.type = 'fnfunc', resource\.id = '\$\{oci_functions_function\..*\.id\}'\}$/) });
    const policies = Object.fromEntries(resourcesOf(r, 'oci_identity_policy').map((p) => [p.name, p]));
    const sc = `request.principal.type = 'serviceconnector', request.principal.compartment.id = '${TEAM}'`;
    expect(policies['acme-fraud-prediction-pipeline-pipeline']).toMatchObject({ compartment_id: TEAM, statements: [
      expect.stringMatching(new RegExp(`^Allow any-user to use stream-push in compartment id ${TEAM} where all \\{${sc.replace(/[.]/g, '\\.')}, target\\.stream\\.id = '\\$\\{oci_streaming_stream\\.`)),
      expect.stringMatching(/^Allow any-user to \{STREAM_READ, STREAM_CONSUME\} in compartment id .* target\.stream\.id = /),
      `Allow dynamic-group acme-fraud-drift-monitor to use metrics in compartment id ${TEAM} where target.metrics.namespace = 'mlops_drift'`,
    ] });
    expect(policies['acme-fraud-prediction-pipeline-functions']).toMatchObject({ compartment_id: PLATFORM, statements: [
      `Allow any-user to use fn-function in compartment id ${PLATFORM} where all {${sc}}`,
      `Allow any-user to use fn-invocation in compartment id ${PLATFORM} where all {${sc}}`,
      `Allow any-user to read buckets in compartment id ${PLATFORM} where all {${sc}, target.bucket.name = 'acme-prediction-logs'}`,
      `Allow any-user to manage objects in compartment id ${PLATFORM} where all {${sc}, target.bucket.name = 'acme-prediction-logs'}`,
      `Allow dynamic-group acme-fraud-drift-monitor to read objects in compartment id ${PLATFORM} where target.bucket.name = 'acme-models'`,
    ] });
    expect(Object.keys(policies)).toHaveLength(2);
    for (const connector of resourcesOf(r, 'oci_sch_service_connector')) expect((connector.depends_on as string[]).length).toBe(2);
  });

  test('defines a SecureBucket archive in the team compartment when no bucket is given', () => {
    const r = synthResources((s) => { define(s, { archiveBucketName: undefined, archiveBucketNamespace: undefined, archiveBucketCompartmentId: undefined }); });
    expect(resourcesOf(r, 'oci_objectstorage_bucket')).toEqual([expect.objectContaining({ name: 'acme-fraud-prediction-logs', compartment_id: TEAM, kms_key_id: BASE.kmsKeyId, access_type: 'NoPublicAccess' })]);
  });

  test('defines no IAM when defineIam is false', () => {
    const r = synthResources((s) => { define(s, { defineIam: false, tenancyId: undefined }); });
    expect(resourcesOf(r, 'oci_identity_policy')).toEqual([]);
    expect(resourcesOf(r, 'oci_identity_dynamic_group')).toEqual([]);
  });

  test('produces zero policy findings', () => {
    const stack = freshStack();
    define(stack);
    expect(runPolicyChecks(stack).filter((f) => f.suppressedReason === undefined)).toEqual([]);
  });

  test.each([
    [{ streamSubnetId: undefined }, /streamSubnetId is required for the private stream endpoint/],
    [{ streamSubnetId: 'ocid1.vcn.oc1..x' }, /streamSubnetId must be a subnet OCID \(ocid1\.subnet\.\.\.\), got "ocid1\.vcn\.oc1\.\.x"/],
    [{ enablePublicStreamEndpoint: true }, /streamSubnetId cannot be combined with enablePublicStreamEndpoint: true/],
    [{ streamPartitions: 0 }, /streamPartitions must be a whole number 1-50, got 0/],
    [{ streamRetentionHours: 12 }, /streamRetentionHours must be a whole number 24-168, got 12/],
    [{ monitorBatchSizeKb: 7000 }, /monitorBatchSizeKb must be a whole number 1-6000, got 7000/],
    [{ monitorBatchTimeSec: 0 }, /monitorBatchTimeSec must be a whole number 1-600, got 0/],
    [{ archiveRolloverMinutes: 8 }, /archiveRolloverMinutes must be a whole number 1-7, got 8/],
    [{ archiveObjectPrefix: 'a b' }, /archiveObjectPrefix must be 1-200 letters/],
    [{ tenancyId: undefined }, /tenancyId is required when defineIam is true/],
    [{ driftSettings: { 'm-1': { alpha: 2 } } }, /drift settings of m-1: alpha: /],
  ])('fails for bad props %j', (bad, message) => {
    expect(() => new PredictionLogPipeline(freshStack(), 'P', { ...BASE, ...bad })).toThrow(message);
  });

  test('fails synthesis without an endpoint, naming the pipeline', () => {
    const stack = freshStack();
    new PredictionLogPipeline(stack, 'Empty', BASE);
    expect(() => Testing.fullSynth(stack)).toThrow(/T\/Empty: PredictionLogPipeline has no endpoint: pass endpoints or call addEndpoint\(\)/);
  });

  test('fails synthesis when the monitor configuration exceeds the 4 KB of function config', () => {
    const stack = freshStack();
    const p = define(stack);
    const features = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`feature_${i}`, { method: 'psi' as const, threshold: 0.2 }]));
    p.addEndpoint(new TestEndpoint(stack, 'Big', 'big-model', '1', 'ocid1.log.oc1.eu-frankfurt-1.amaaaaaabigbigbigbigbigbig'), { driftSettings: { features } });
    expect(() => Testing.fullSynth(stack)).toThrow(/the monitor configuration is \d+ bytes; OCI Functions allows 4096/);
  });

  (HAS_TF_VALIDATE ? test : test.skip)(`passes terraform validate (${HAS_TF_VALIDATE ? 'tf-validate' : 'skipped: terraform or ../shared/tools/tf-validate missing'})`, () => {
    const outdir = mkdtempSync(join(tmpdir(), 'pipeline-'));
    try {
      const app = new App({ outdir, stackTraces: false });
      const stack = new TerraformStack(app, 'team');
      new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
      define(stack);
      // The opt-outs in the same stack: public stream endpoint and an archive bucket of its own.
      define(new Construct(stack, 'Public'), { enablePublicStreamEndpoint: true, streamSubnetId: undefined, archiveBucketName: undefined, namePrefix: 'acme-public' });
      app.synth();
      const run = spawnSync(TF_VALIDATE, [outdir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
      expect(`${run.stdout}${run.stderr}`).toMatch(/\b0 errors in 1 stack/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
