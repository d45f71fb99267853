import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerCostCommand } from '../../bin/commands/cost';
import { loadConfigFile } from '../../lib/config/load-config-file';
import { TeamConfigSchema } from '../../lib/config/team-config-schema';
import { OciTestServer, type RecordedRequest, type TestResponse } from '../support/oci-test-server';
import { runCommand } from '../support/run-command';
import { tempDir, writeFiles } from '../support/temp-dir';
import series from './fixtures/metric-series.json';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
/** Where the drift monitor posts its custom metrics (its OCI_MLOPS_MONITOR_CONFIG), unlike the other functions. */
const MONITOR_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaamonitorteamcompartmentforthedriftmonitorfunction0001';
const ROOT = join(__dirname, '../..');
type Series = (number | null)[];

/** The synthesized team stack whose endpoints the recorded series belong to. */
const STACK = {
  resource: {
    oci_datascience_model_deployment: {
      Explainer: { display_name: 'fraud-explainer', model_deployment_configuration_details: { model_configuration_details: {
        instance_configuration: { instance_shape_name: 'VM.Standard.E4.Flex', model_deployment_instance_shape_config_details: { ocpus: 2, memory_in_gbs: 32 } },
        scaling_policy: { auto_scaling_policies: [{ minimum_instance_count: 1, maximum_instance_count: 3 }] } } } },
    },
    oci_functions_function: {
      Scorer: { display_name: 'fraud-scorer', memory_in_mbs: '2048', provisioned_concurrency_config: { strategy: 'CONSTANT', count: 2 }, config: { MONITORING_COMPARTMENT_ID: COMPARTMENT } },
      Proxy: { display_name: 'fraud-explainer-predict-proxy', memory_in_mbs: '256', provisioned_concurrency_config: { strategy: 'CONSTANT', count: 4 } },
      Standby: { display_name: 'fraud-scorer-green', memory_in_mbs: '2048', provisioned_concurrency_config: { strategy: 'NONE' } },
      Monitor: { display_name: 'acme-mlops-fraud-detection-drift-monitor', memory_in_mbs: '512', config: { OCI_MLOPS_MONITOR_CONFIG: JSON.stringify({ compartmentId: MONITOR_COMPARTMENT, namespace: 'mlops_drift', models: {} }) } },
    },
    oci_container_instances_container_instance: {
      Mlflow: { display_name: 'mlflow', shape: 'CI.Standard.E4.Flex', shape_config: { ocpus: 1, memory_in_gbs: 8 } },
    },
  },
};

/** Which recorded series each (namespace, metric, resource) answers with; values scaled to the metric's unit. */
const SERVED: Record<string, Record<string, Record<string, Series>>> = {
  oci_datascience_modeldeploy: { CpuUtilization: { 'fraud-explainer': series.flatLowCpuPercent }, MemoryUtilization: { 'fraud-explainer': series.flatLowMemoryPercent } },
  oci_computecontainerinstance: { CpuUtilization: { mlflow: series.gapsPercent }, MemoryUtilization: { mlflow: series.gapsPercent } },
  oci_faas: {
    // AllocatedTotalConcurrency is memory in MB: executions times the function's memory.
    AllocatedTotalConcurrency: {
      'fraud-scorer': series.saturatedConcurrency.map((c) => c * 2048),
      'fraud-explainer-predict-proxy': series.spikyConcurrency.map((c) => c * 256),
      'fraud-scorer-green': series.gapsPercent,
    },
    FunctionInvocationCount: { 'fraud-scorer': series.invocations, 'fraud-explainer-predict-proxy': series.invocations, 'fraud-scorer-green': series.gapsPercent },
    FunctionExecutionDuration: { 'fraud-scorer': series.durationMs, 'fraud-explainer-predict-proxy': series.durationMs, 'fraud-scorer-green': series.gapsPercent },
  },
  // Peak memory our functions post (FUNCTION_MEMORY_METRIC), each in its own namespace; the predict proxy posts none.
  mlops_inference: { FunctionMemoryUsedMb: { 'fraud-scorer': series.flatLowMemoryMb, 'fraud-scorer-green': series.gapsPercent } },
  mlops_drift: { FunctionMemoryUsedMb: { 'acme-mlops-fraud-detection-drift-monitor': series.saturatedMemoryMb } },
};

/** OKE node pools in the compartment (Container Engine), by OCID: their nodes are instance OCIDs. */
const POOL_SHAPE = { nodeShape: 'VM.Standard.E4.Flex', nodeShapeConfig: { ocpus: 2, memoryInGBs: 16 } };
const NODE_POOLS: Record<string, { name: string; size: number; nodes: string[] }> = {
  'ocid1.nodepool.oc1..low': { name: 'acme-mlops-oke-pool', size: 2, nodes: ['ocid1.instance.oc1..low1', 'ocid1.instance.oc1..low2'] },
  'ocid1.nodepool.oc1..busy': { name: 'busy-pool', size: 2, nodes: ['ocid1.instance.oc1..busy1', 'ocid1.instance.oc1..busy2'] },
  'ocid1.nodepool.oc1..gaps': { name: 'gappy-pool', size: 1, nodes: ['ocid1.instance.oc1..gaps1'] },
  'ocid1.nodepool.oc1..part': { name: 'partial-pool', size: 2, nodes: ['ocid1.instance.oc1..part1', 'ocid1.instance.oc1..part2'] },
};
const saturatedPercent = series.saturatedConcurrency.map((c) => c * 45);
// Node metrics by instance OCID; ocid1.instance.oc1..part2 has none.
SERVED.oci_computeagent = {
  CpuUtilization: { 'ocid1.instance.oc1..low1': series.flatLowCpuPercent, 'ocid1.instance.oc1..low2': series.flatLowCpuPercent, 'ocid1.instance.oc1..busy1': saturatedPercent, 'ocid1.instance.oc1..busy2': saturatedPercent, 'ocid1.instance.oc1..gaps1': series.gapsPercent, 'ocid1.instance.oc1..part1': series.flatLowCpuPercent },
  MemoryUtilization: { 'ocid1.instance.oc1..low1': series.flatLowMemoryPercent, 'ocid1.instance.oc1..low2': series.flatLowMemoryPercent, 'ocid1.instance.oc1..busy1': saturatedPercent, 'ocid1.instance.oc1..busy2': saturatedPercent, 'ocid1.instance.oc1..gaps1': series.gapsPercent, 'ocid1.instance.oc1..part1': series.flatLowMemoryPercent },
};

/** Answers ListNodePools (two pages), GetNodePool and ListVirtualNodePools. */
function containerEngine(req: RecordedRequest): TestResponse {
  const url = new URL(req.url, 'http://x');
  const get = /^\/20180222\/nodePools\/([^/]+)$/.exec(url.pathname);
  if (req.method !== 'GET') return { status: 404, json: { code: 'NotFound', message: req.url } };
  if (url.pathname !== '/20180222/nodePools' && url.pathname !== '/20180222/virtualNodePools' && !get) return { status: 404, json: { code: 'NotFound', message: req.url } };
  if (!get && url.searchParams.get('compartmentId') !== COMPARTMENT) return { status: 400, json: { code: 'InvalidParameter', message: 'compartmentId' } };
  if (url.pathname === '/20180222/virtualNodePools') {
    return { status: 200, json: [{ id: 'ocid1.virtualnodepool.oc1..v', compartmentId: COMPARTMENT, clusterId: 'ocid1.cluster.oc1..c', displayName: 'acme-mlops-oke-virtual', kubernetesVersion: 'v1.31.1', size: 2, placementConfigurations: [], podConfiguration: { shape: 'Pod.Standard.E4.Flex', subnetId: 'ocid1.subnet.oc1..s' }, lifecycleState: 'ACTIVE' }] };
  }
  if (get) {
    const pool = NODE_POOLS[decodeURIComponent(get[1]!)];
    if (!pool) return { status: 404, json: { code: 'NotAuthorizedOrNotFound', message: get[1] } };
    return { status: 200, json: { id: get[1], name: pool.name, lifecycleState: 'ACTIVE', ...POOL_SHAPE, nodeConfigDetails: { size: pool.size }, nodes: pool.nodes.map((id) => ({ id, lifecycleState: 'ACTIVE' })) } };
  }
  // Two pages: the client must follow opc-next-page.
  const ids = Object.keys(NODE_POOLS);
  const page = url.searchParams.get('page');
  const items = (page === 'p2' ? ids.slice(2) : ids.slice(0, 2)).map((id) => ({ id, name: NODE_POOLS[id]!.name, lifecycleState: 'ACTIVE' }));
  return { status: 200, json: items, headers: page === 'p2' ? {} : { 'opc-next-page': 'p2' } };
}

/** Answers SummarizeMetricsData with the recorded hourly series, dated back from the request's end time. */
function monitoring(req: RecordedRequest): TestResponse {
  if (req.url.startsWith('/20180222/')) return containerEngine(req);
  if (req.method !== 'POST' || !req.url.startsWith('/20180401/metrics/actions/summarizeMetricsData?')) return { status: 404, json: { code: 'NotFound', message: req.url } };
  const body = JSON.parse(req.body.toString()) as { namespace: string; query: string; endTime: string; resolution: string };
  const metric = /^(\w+)\[1h\]\.(max|sum|mean)\(\)$/.exec(body.query)?.[1];
  const byResource = SERVED[body.namespace]?.[metric ?? ''];
  if (!byResource || body.resolution !== '1h') return { status: 400, json: { code: 'InvalidParameter', message: `unexpected ${body.namespace} ${body.query} ${body.resolution}` } };
  const end = new Date(body.endTime).getTime();
  // Monitoring answers a compartment with the metrics posted in it: the monitor's are in its own.
  const compartment = new URL(req.url, 'http://x').searchParams.get('compartmentId');
  if (compartment !== (body.namespace === 'mlops_drift' ? MONITOR_COMPARTMENT : COMPARTMENT)) return { status: 200, json: [] };
  return {
    status: 200,
    json: Object.entries(byResource).map(([name, values]) => ({
      namespace: body.namespace, compartmentId: COMPARTMENT, name: metric, dimensions: name.startsWith('ocid1.') ? { resourceId: name } : { resourceDisplayName: name, resourceId: `ocid1.x.oc1..${name}` },
      aggregatedDatapoints: values.flatMap((v, i) => (v === null ? [] : [{ timestamp: new Date(end - (values.length - i) * 3_600_000).toISOString(), value: v }])),
    })),
  };
}

const run = (args: string[], env: Record<string, string>) => runCommand(registerCostCommand, ['cost', 'recommend', ...args], env);

describe('oci-mlops cost recommend against recorded OCI Monitoring series', () => {
  const dir = tempDir('cost-recommend-');
  const server = new OciTestServer(monitoring);
  let env: Record<string, string>;
  beforeAll(async () => {
    const url = await server.start();
    env = { OCI_CONFIG_FILE: server.writeConfigFile(dir), OCI_MLOPS_MONITORING_ENDPOINT: url, OCI_MLOPS_CONTAINERENGINE_ENDPOINT: url };
    writeFiles(dir, { 'cdktf.out/stacks/team-fraud-detection/cdk.tf.json': JSON.stringify(STACK) });
  });
  afterAll(() => server.stop());

  test('recommends from percentiles, says "insufficient data" for gaps, and every request is signed', async () => {
    server.requests.length = 0;
    const { out, error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--json'], env);
    expect(error).toBeUndefined();
    const { recommendations } = JSON.parse(out) as { recommendations: { endpoint: string; status: string; changes: unknown[]; monthlySaving: number; evidence: Record<string, { status: string; p95?: number }> }[] };
    const by = Object.fromEntries(recommendations.map((r) => [r.endpoint, r]));
    // Flat low usage: CPU p95 under 8% of 2 OCPUs, memory p95 under 14% of 32 GB.
    expect(by['fraud-explainer']).toMatchObject({ status: 'resize', changes: [{ field: 'instanceOcpus', from: 2, to: 1 }, { field: 'instanceMemoryGb', from: 32, to: 9 }] });
    expect(by['fraud-explainer']!.monthlySaving).toBeCloseTo(730 * (2 * 0.025 + 32 * 0.0015) - 730 * (1 * 0.025 + 9 * 0.0015), 6);
    expect(by['fraud-explainer']!.evidence.CpuUtilization!.p95).toBeLessThan(8);
    // Saturated: 2 provisioned units always busy -> 4; flat low memory (p99 under 350 MB of 2048) -> 1024 MB.
    expect(by['fraud-scorer']).toMatchObject({ status: 'resize', changes: [{ field: 'provisionedConcurrency', from: 2, to: 4 }, { field: 'memoryMib', from: 2048, to: 1024 }] });
    expect(by['fraud-scorer']!.evidence.FunctionMemoryUsedMb).toMatchObject({ status: 'ok', max: Math.max(...series.flatLowMemoryMb) });
    // 2 x 2 GB provisioned become 4 x 1 GB (no change); the measured execution seconds run on 1 GB less.
    const executionSeconds = (series.invocations.reduce((s, n, i) => s + (n * series.durationMs[i]!) / 1000, 0) * 730) / (14 * 24);
    expect(by['fraud-scorer']!.monthlySaving).toBeCloseTo(executionSeconds * 0.00001417, 2);
    // Spiky: the rare peaks of 4 do not justify 4 units kept warm all month; the proxy posts no memory metric.
    expect(by['fraud-explainer-predict-proxy']).toMatchObject({ status: 'resize', changes: [{ field: 'provisionedConcurrency', from: 4, to: 1 }], evidence: { FunctionMemoryUsedMb: { status: 'insufficient data', points: 0 } } });
    // The drift monitor's peaks fill 512 MB (p99 over 90%) -> 1024 MB; no invocation series here, so no execution time to price.
    expect(by['acme-mlops-fraud-detection-drift-monitor']).toMatchObject({ status: 'resize', changes: [{ field: 'memoryMib', from: 512, to: 1024 }], monthlySaving: 0 });
    // Gaps: datapoints on weekdays 9-17 only, 24% of the window.
    expect(by['fraud-scorer-green']).toMatchObject({ status: 'insufficient data', changes: [] });
    expect(by.mlflow).toMatchObject({ status: 'insufficient data', changes: [], evidence: { CpuUtilization: { status: 'insufficient data' } } });
    // CPU and memory of the deployment and the container instance, 3 oci_faas metrics, FunctionMemoryUsedMb in 2 namespaces x 2 compartments,
    // and the node pools' oci_computeagent CPU and memory.
    const metricRequests = server.requests.filter((r) => r.url.startsWith('/20180401/'));
    expect(metricRequests).toHaveLength(13);
    const compartments = metricRequests.map((r) => new URL(r.url, 'http://x').searchParams.get('compartmentId'));
    expect(compartments.filter((c) => c === MONITOR_COMPARTMENT)).toHaveLength(2);
    for (const r of server.requests) expect(r.signatureError).toBeNull();
    for (const r of metricRequests) {
      expect([COMPARTMENT, MONITOR_COMPARTMENT]).toContain(new URL(r.url, 'http://x').searchParams.get('compartmentId'));
      const body = JSON.parse(r.body.toString()) as { startTime: string; endTime: string };
      expect(new Date(body.endTime).getTime() - new Date(body.startTime).getTime()).toBe(14 * 86_400_000);
    }
  });

  test('--team-file writes the recommended values and changes nothing else in the file', async () => {
    const teamFile = join(dir, 'fraud-detection.yaml');
    const original = readFileSync(join(ROOT, 'stacks/teams/fraud-detection.yaml'), 'utf8');
    writeFileSync(teamFile, original);
    const { out, error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--team-file', teamFile], env);
    expect(error).toBeUndefined();
    expect(out).toMatch(/wrote 6 values into .*fraud-detection\.yaml: review, commit, then cdktf deploy/);
    expect(out).toMatch(/fraud-explainer \(model-deployment\): resize, saves 43\.44 a month/);
    expect(out).toMatch(/fraud-scorer-green \(function\): insufficient data/);
    const expected = original
      .replace('      memoryMib: 2048\n', '      memoryMib: 1024\n')
      .replace('      provisionedConcurrency: 2\n', '      provisionedConcurrency: 4\n')
      .replace('      instanceOcpus: 2\n      instanceMemoryGb: 32\n', '      instanceOcpus: 1\n      instanceMemoryGb: 9\n')
      .replace('      maxInstanceCount: 3\n      timeoutSec: 60\n', '      maxInstanceCount: 3\n      timeoutSec: 60\n      provisionedConcurrency: 1\n')
      .replace('          recurrence: { frequency: WEEKLY, days: [SU], startUtc: "02:00", durationMinutes: 120 }\n', '          recurrence: { frequency: WEEKLY, days: [SU], startUtc: "02:00", durationMinutes: 120 }\n  monitorMemoryMib: 1024\n');
    expect(readFileSync(teamFile, 'utf8')).toBe(expected);
    expect(loadConfigFile(teamFile, TeamConfigSchema)).toMatchObject({ ok: true, value: { monitoring: { monitorMemoryMib: 1024 } } });
  });

  test('thresholds are configurable: with --scale-down-below 5 the flat low deployment keeps its size', async () => {
    const { out } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--json', '--scale-down-below', '5'], env);
    const rec = (JSON.parse(out) as { recommendations: { endpoint: string; status: string; changes: unknown[] }[] }).recommendations.find((r) => r.endpoint === 'fraud-explainer')!;
    expect(rec).toMatchObject({ status: 'keep', changes: [] });
  });

  test('node pools: listed from Container Engine (every page), judged from their nodes\' oci_computeagent series', async () => {
    server.requests.length = 0;
    const { out, error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--json'], env);
    expect(error).toBeUndefined();
    const { recommendations } = JSON.parse(out) as { recommendations: { endpoint: string; kind: string; status: string; changes: unknown[]; monthlySaving: number; notes: string[]; evidence: Record<string, { status: string; p95?: number }> }[] };
    const by = Object.fromEntries(recommendations.filter((r) => r.kind === 'node-pool').map((r) => [r.endpoint, r]));
    expect(Object.keys(by).sort()).toEqual(['acme-mlops-oke-pool', 'acme-mlops-oke-virtual', 'busy-pool', 'gappy-pool', 'partial-pool']);
    // Flat low: the busiest node's CPU p95 under 8% of 2 OCPUs, memory p95 under 14% of 16 GB; memory keeps 2 nodes of 5 GB.
    expect(by['acme-mlops-oke-pool']).toMatchObject({ status: 'resize', changes: [{ field: 'nodeOcpus', from: 2, to: 1 }, { field: 'nodeMemoryGb', from: 16, to: 5 }] });
    expect(by['acme-mlops-oke-pool']!.monthlySaving).toBeCloseTo(2 * 730 * (2 * 0.025 + 16 * 0.0015) - 2 * 730 * (1 * 0.025 + 5 * 0.0015), 6);
    expect(by['acme-mlops-oke-pool']!.evidence.PoolCpuUtilization!.p95).toBeLessThan(8);
    // Saturated: nodes near 90%: 4 OCPUs and 29 GB each; the pool then sits mid-band on 2 nodes.
    expect(by['busy-pool']).toMatchObject({ status: 'resize', changes: [{ field: 'nodeOcpus', from: 2, to: 4 }, { field: 'nodeMemoryGb', from: 16, to: 29 }] });
    expect(by['busy-pool']!.monthlySaving).toBeLessThan(0);
    // Gaps: weekday office hours only.
    expect(by['gappy-pool']).toMatchObject({ status: 'insufficient data', changes: [], evidence: { CpuUtilization: { status: 'insufficient data' } } });
    // One node without metrics: no hour has every node, so no guess.
    expect(by['partial-pool']).toMatchObject({ status: 'insufficient data', changes: [] });
    expect(by['partial-pool']!.notes).toContain('node ocid1.instance.oc1..part2 has no CpuUtilization datapoints: hours count only when every node reported');
    expect(by['acme-mlops-oke-virtual']).toMatchObject({ status: 'insufficient data', changes: [] });
    expect(by['acme-mlops-oke-virtual']!.notes[0]).toMatch(/^virtual node pool: .*no oci_computeagent metrics/);
    // ListNodePools twice (two pages), GetNodePool per pool, ListVirtualNodePools once; one query per node metric.
    const calls = server.requests.map((r) => `${r.method} ${new URL(r.url, 'http://x').pathname}${new URL(r.url, 'http://x').searchParams.get('page') ? ' page' : ''}`);
    expect(calls.filter((c) => c.includes('/20180222/'))).toEqual([
      'GET /20180222/nodePools', 'GET /20180222/nodePools page',
      ...Object.keys(NODE_POOLS).map((id) => `GET /20180222/nodePools/${id}`),
      'GET /20180222/virtualNodePools',
    ]);
    const queries = server.requests.filter((r) => r.url.includes('summarizeMetricsData')).map((r) => JSON.parse(r.body.toString()) as { namespace: string; query: string });
    expect(queries.filter((q) => q.namespace === 'oci_computeagent').map((q) => q.query)).toEqual(['CpuUtilization[1h].max()', 'MemoryUtilization[1h].max()']);
  });

  test('a caller that may not list node pools still gets its endpoints judged, with a warning', async () => {
    const denied = new OciTestServer((req) => (req.url.startsWith('/20180222/nodePools') ? { status: 404, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed or requested resource not found.' } } : monitoring(req)));
    const url = await denied.start();
    try {
      const { out, error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--json'], { OCI_CONFIG_FILE: denied.writeConfigFile(mkdtempSync(join(dir, 'denied-'))), OCI_MLOPS_MONITORING_ENDPOINT: url, OCI_MLOPS_CONTAINERENGINE_ENDPOINT: url });
      expect(error).toBeUndefined();
      // Under jest, the SDK's console warning about the refused request lands in the same stdout: the JSON follows it.
      const result = JSON.parse(out.slice(out.indexOf('{\n'))) as { recommendations: { kind: string }[]; warnings: string[] };
      expect(result.recommendations.filter((r) => r.kind === 'node-pool')).toEqual([]);
      expect(result.recommendations.length).toBeGreaterThan(0);
      expect(result.warnings).toEqual([expect.stringMatching(/^node pools not judged: Container Engine refused ListNodePools in .*: 404 .*; allow "read cluster-family" in the compartment to include them$/)]);
    } finally {
      await denied.stop();
    }
  });

  test('--platform-file writes the platform pool\'s values into oke: and changes nothing else', async () => {
    const platformFile = join(dir, 'platform.yaml');
    const original = readFileSync(join(ROOT, 'stacks/platform.yaml'), 'utf8').replace('  nodeType: virtual\n', '  nodeType: managed # VMs\n');
    writeFileSync(platformFile, original);
    const { out, error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--platform-file', platformFile], env);
    expect(error).toBeUndefined();
    expect(out).toMatch(/wrote 2 values into .*platform\.yaml \(oke:, pool acme-mlops-oke-pool\): review, commit, then cdktf deploy/);
    expect(out).toMatch(/acme-mlops-oke-pool \(node-pool\): resize, saves /);
    expect(out).toMatch(/skipped busy-pool: not the pool this file creates \(acme-mlops-oke-pool\)/);
    expect(readFileSync(platformFile, 'utf8')).toBe(original.replace('  maxNodes: 6\n', '  maxNodes: 6\n  nodeOcpus: 1\n  nodeMemoryGb: 5\n'));
  });

  test('--team-file also writes the oke: block of the pool the team stack defines', async () => {
    // The team stack defines the pool the recorded flat-low pool stands for.
    writeFiles(dir, { 'cdktf.out/stacks/team-recommendations/cdk.tf.json': JSON.stringify({ resource: { oci_containerengine_node_pool: { Pool: { name: 'acme-mlops-oke-pool' } } } }) });
    const teamFile = join(dir, 'recommendations.yaml');
    const original = readFileSync(join(ROOT, 'stacks/teams/recommendations.yaml'), 'utf8');
    writeFileSync(teamFile, original);
    const { out, error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--team-file', teamFile], env);
    expect(error).toBeUndefined();
    expect(out).toMatch(/wrote 2 values into .*recommendations\.yaml: review, commit, then cdktf deploy/);
    expect(out).toMatch(/skipped busy-pool: not the pool this file creates \(acme-mlops-oke-pool\)/);
    expect(readFileSync(teamFile, 'utf8')).toBe(original.replace('  nodeOcpus: 4\n  nodeMemoryGb: 32\n', '  nodeOcpus: 1\n  nodeMemoryGb: 5\n'));
  });

  test('fails before any request if the platform file has no name', async () => {
    server.requests.length = 0;
    const platformFile = join(dir, 'nameless.yaml');
    writeFileSync(platformFile, 'oke:\n  nodeType: managed\n');
    const { error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--platform-file', platformFile], env);
    expect(error?.message).toBe(`--platform-file ${platformFile}: platformNodePoolName: the platform file has no name (name: ...), so its node pool cannot be known`);
    expect(error?.exitCode).toBe(1);
    expect(server.requests).toHaveLength(0);
    expect(readFileSync(platformFile, 'utf8')).toBe('oke:\n  nodeType: managed\n');
  });

  test('fails if --scale-down-below is not below --scale-up-above', async () => {
    const { error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--scale-down-below', '60', '--scale-up-above', '50'], env);
    expect(error?.message).toBe('--scale-down-below (60) must be below --scale-up-above (50)');
    expect(error?.exitCode).toBe(1);
  });

  test('fails if the team file names a team with no synthesized stack', async () => {
    const teamFile = join(dir, 'other.yaml');
    writeFileSync(teamFile, 'team: payments\n');
    const { error } = await run(['--compartment', COMPARTMENT, '--out', join(dir, 'cdktf.out'), '--team-file', teamFile], env);
    expect(error?.message).toMatch(/--team-file: no synthesized stack team-payments in .*cdktf\.out; run oci-mlops synth first/);
  });
});
