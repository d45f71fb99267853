import { type SynthesizedResource, type UsageFile } from '../../../runtime/cost/cost-types';
import { estimateCosts } from '../../../runtime/cost/estimate-costs';

/** Prices from the committed table, written out so each expected cost below is priced by hand. */
const P = {
  e4Ocpu: 0.025, e4Mem: 0.0015, e5Ocpu: 0.03, e5Mem: 0.002, block: 0.0255, vpu: 0.0017, object: 0.0255,
  enhanced: 0.1, virtualNode: 0.015, ecpu: 0.336, ecpuByol: 0.0807, adbStorage: 0.1953, psqlOcpu: 0.098, psqlStorage: 0.072,
  vault: 3.724, invocation: 0.0000002, gbSecond: 0.00001417, apiCall: 0.000003, streamGb: 0.025, logGb: 0.05,
  ingested: 0.0000000025, retrieved: 0.0000000015,
};
const H = 730;

/** The monthly cost of one resource alone in a stack. */
function monthly(type: string, config: Record<string, unknown>, usage?: Record<string, number>) {
  const resource: SynthesizedResource = { type, name: 'R', config };
  const usageFile: UsageFile = { resource_type_default_usage: usage ? { [type]: usage } : {}, resource_usage: {} };
  const estimate = estimateCosts([{ stack: 'team-a', resources: [resource] }], { usage: usageFile });
  return estimate.stacks[0]!.resources[0]!;
}

describe('estimateCosts prices each resource kind as OCI bills it', () => {
  test.each<[string, string, Record<string, unknown>, Record<string, number> | undefined, number]>([
    ['a notebook of 4 OCPUs and 64 GB on VM.Standard.E4.Flex for 730 hours, with a 200 GB Balanced volume', 'oci_datascience_notebook_session',
      { notebook_session_configuration_details: { shape: 'VM.Standard.E4.Flex', block_storage_size_in_gbs: 200, notebook_session_shape_config_details: { ocpus: 4, memory_in_gbs: 64 } } },
      undefined, 4 * H * P.e4Ocpu + 64 * H * P.e4Mem + 200 * P.block + 200 * 10 * P.vpu],
    ['a notebook on VM.GPU.A10.1 (one GPU; OCPUs and memory included) with a 100 GB volume', 'oci_datascience_notebook_session',
      { notebook_session_configuration_details: { shape: 'VM.GPU.A10.1', block_storage_size_in_gbs: 100, notebook_session_shape_config_details: {} } },
      undefined, H * 2 + 100 * (P.block + 10 * P.vpu)],
    ['job runs of 1 OCPU and 16 GB for 100 hours a month, with a 50 GB volume while they run', 'oci_datascience_job',
      { job_infrastructure_configuration_details: { shape_name: 'VM.Standard.E4.Flex', block_storage_size_in_gbs: 50, job_shape_config_details: { ocpus: 1, memory_in_gbs: 16 } } },
      { monthly_run_hours: 100 }, 100 * (P.e4Ocpu + 16 * P.e4Mem) + (50 * (P.block + 10 * P.vpu) * 100) / H],
    ['a model deployment of 2 OCPUs and 32 GB autoscaling from 1 to 3 instances, at the minimum', 'oci_datascience_model_deployment',
      { model_deployment_configuration_details: { model_configuration_details: { instance_configuration: { instance_shape_name: 'VM.Standard.E4.Flex', model_deployment_instance_shape_config_details: { ocpus: 2, memory_in_gbs: 32 } }, scaling_policy: { auto_scaling_policies: [{ minimum_instance_count: 1, maximum_instance_count: 3 }] } } } },
      undefined, H * (2 * P.e4Ocpu + 32 * P.e4Mem)],
    ['a model deployment at the average instance count of the usage file', 'oci_datascience_model_deployment',
      { model_deployment_configuration_details: { model_configuration_details: { instance_configuration: { instance_shape_name: 'VM.Standard.E4.Flex', model_deployment_instance_shape_config_details: { ocpus: 2, memory_in_gbs: 32 } }, scaling_policy: { auto_scaling_policies: [{ minimum_instance_count: 1, maximum_instance_count: 3 }] } } } },
      { average_instance_count: 1.5 }, 1.5 * H * (2 * P.e4Ocpu + 32 * P.e4Mem)],
    ['an OKE node pool of 2 nodes of 4 OCPUs and 32 GB with 100 GB boot volumes', 'oci_containerengine_node_pool',
      { node_shape: 'VM.Standard.E4.Flex', node_shape_config: { ocpus: 4, memory_in_gbs: 32 }, node_config_details: { size: 2 }, node_source_details: { boot_volume_size_in_gbs: 100 } },
      undefined, 2 * H * (4 * P.e4Ocpu + 32 * P.e4Mem) + 200 * (P.block + 10 * P.vpu)],
    ['an OKE virtual node pool of 2 nodes with pods averaging 3 OCPUs and 12 GB', 'oci_containerengine_virtual_node_pool',
      { size: 2, pod_configuration: { shape: 'Pod.Standard.E4.Flex' } }, { pod_ocpus: 3, pod_memory_gb: 12 }, 2 * H * P.virtualNode + H * (3 * P.e4Ocpu + 12 * P.e4Mem)],
    ['an enhanced OKE cluster', 'oci_containerengine_cluster', { type: 'ENHANCED_CLUSTER' }, undefined, H * P.enhanced],
    ['a basic OKE cluster (free control plane)', 'oci_containerengine_cluster', { type: 'BASIC_CLUSTER' }, undefined, 0],
    ['a container instance of 1 OCPU and 8 GB', 'oci_container_instances_container_instance', { shape: 'CI.Standard.E4.Flex', shape_config: { ocpus: 1, memory_in_gbs: 8 } }, undefined, H * (P.e4Ocpu + 8 * P.e4Mem)],
    ['a 2048 MB function with 2 provisioned units, 5 million invocations of 120 ms', 'oci_functions_function',
      { memory_in_mbs: '2048', provisioned_concurrency_config: { strategy: 'CONSTANT', count: 2 } }, { monthly_invocations: 5e6, average_duration_ms: 120 },
      5e6 * P.invocation + 5e6 * 0.12 * 2 * P.gbSecond + 2 * 2 * H * 3600 * P.gbSecond],
    ['an Autonomous Database of 2 ECPUs and 20 GB, license included', 'oci_database_autonomous_database',
      { compute_model: 'ECPU', compute_count: 2, data_storage_size_in_gb: 20, license_model: 'LICENSE_INCLUDED' }, undefined, 2 * H * P.ecpu + 20 * P.adbStorage],
    ['an Autonomous Database of 4 ECPUs and 1 TB, BYOL', 'oci_database_autonomous_database',
      { compute_model: 'ECPU', compute_count: 4, data_storage_size_in_tbs: 1, license_model: 'BRING_YOUR_OWN_LICENSE' }, undefined, 4 * H * P.ecpuByol + 1024 * P.adbStorage],
    ['a PostgreSQL system of 2 nodes of 2 OCPUs and 32 GB using 50 GB', 'oci_psql_db_system',
      { shape: 'PostgreSQL.VM.Standard.E5.Flex', instance_count: 2, instance_ocpu_count: 2, instance_memory_size_in_gbs: 32 }, { storage_gb: 50 },
      2 * H * (2 * P.psqlOcpu + 2 * P.e5Ocpu + 32 * P.e5Mem) + 50 * P.psqlStorage],
    ['a virtual private vault', 'oci_kms_vault', { vault_type: 'VIRTUAL_PRIVATE' }, undefined, H * P.vault],
    ['a default vault (free)', 'oci_kms_vault', { vault_type: 'DEFAULT' }, undefined, 0],
    ['an API gateway serving 10 million calls', 'oci_apigateway_gateway', {}, { monthly_requests: 1e7 }, 1e7 * P.apiCall],
    ['a bucket of 500 GB', 'oci_objectstorage_bucket', {}, { storage_gb: 500 }, 500 * P.object],
    ['a container repository of 20 GB', 'oci_artifacts_container_repository', {}, { storage_gb: 20 }, 20 * P.object],
    ['a stream moving 300 GB', 'oci_streaming_stream', { partitions: 1 }, { monthly_gb_transferred: 300 }, 300 * P.streamGb],
    ['a log keeping 40 GB', 'oci_logging_log', {}, { storage_gb: 40 }, 40 * P.logGb],
    ['an alarm on 100 million ingested and 2 billion retrieved datapoints', 'oci_monitoring_alarm', {}, { monthly_ingested_datapoints: 1e8, monthly_retrieved_datapoints: 2e9 }, 1e8 * P.ingested + 2e9 * P.retrieved],
  ])('%s', (_what, type, config, usage, expected) => {
    const r = monthly(type, config, usage);
    expect(r.monthly).toBeCloseTo(expected, 5);
    expect(r.usage_dependent).toBe(false);
  });

  test('the notebook of the issue costs 143.08 a month in compute (73.00 OCPU + 70.08 memory)', () => {
    const r = monthly('oci_datascience_notebook_session', { notebook_session_configuration_details: { shape: 'VM.Standard.E4.Flex', notebook_session_shape_config_details: { ocpus: 4, memory_in_gbs: 64 } } });
    expect(r.components.slice(0, 2).map((c) => [c.quantity, c.unit, c.unit_price, c.monthly])).toEqual([[2920, 'OCPU-hour', 0.025, 73], [46720, 'GB-hour', 0.0015, 70.08]]);
  });

  test('a usage-priced resource without usage is usage-dependent, its components null, its monthly 0', () => {
    const r = monthly('oci_functions_function', { memory_in_mbs: '512' });
    expect(r).toMatchObject({ monthly: 0, usage_dependent: true });
    expect(r.components.map((c) => [c.quantity, c.monthly])).toEqual([[null, null], [null, null]]);
  });

  test('a value known only at deploy is not guessed: its component stays null', () => {
    const r = monthly('oci_container_instances_container_instance', { shape: 'CI.Standard.E4.Flex', shape_config: { ocpus: '${var.ocpus}', memory_in_gbs: 8 } });
    expect(r.components[0]).toMatchObject({ quantity: null, monthly: null });
    expect(r.components[1]!.monthly).toBeCloseTo(H * 8 * P.e4Mem, 6);
    expect(r.usage_dependent).toBe(true);
  });

  test('a shape without a price is named, not priced at zero silently', () => {
    const r = monthly('oci_container_instances_container_instance', { shape: 'CI.Standard.A1.Flex', shape_config: { ocpus: 1, memory_in_gbs: 6 } });
    expect(r.components[0]!.name).toMatch(/shape CI\.Standard\.A1\.Flex has no price in the table/);
    expect(r.usage_dependent).toBe(true);
  });

  test('free resources have no component; not-priced ones say why', () => {
    expect(monthly('oci_core_vcn', {})).toEqual({ address: 'oci_core_vcn.R', type: 'oci_core_vcn', monthly: 0, components: [], usage_dependent: false });
    expect(monthly('oci_ons_subscription', {}).components[0]!.name).toMatch(/^not priced: deliveries billed per message/);
    expect(monthly('oci_something_new', {}).components[0]!.name).toBe('not priced: resource type oci_something_new is unknown to oci-mlops cost');
  });

  test('per-resource usage overrides the type default, and a stack-qualified address wins', () => {
    const bucket = (name: string): SynthesizedResource => ({ type: 'oci_objectstorage_bucket', name, config: {} });
    const usage: UsageFile = {
      resource_type_default_usage: { oci_objectstorage_bucket: { storage_gb: 100 } },
      resource_usage: { 'oci_objectstorage_bucket.B': { storage_gb: 200 }, 'team-a/oci_objectstorage_bucket.C': { storage_gb: 300 } },
    };
    const e = estimateCosts([{ stack: 'team-a', resources: [bucket('A'), bucket('B'), bucket('C')] }, { stack: 'team-b', resources: [bucket('C')] }], { usage });
    expect(e.stacks.map((s) => s.resources.map((r) => r.monthly))).toEqual([[2.55, 5.1, 7.65], [2.55]]);
    expect(e.total_monthly).toBeCloseTo(700 * P.object, 6);
    expect(e.currency).toBe('USD');
  });

  test('fails if the price table mixes currencies', () => {
    expect(() => estimateCosts([], { prices: [{ id: 'block.storage', partNumber: null, service: 's', metric: 'm', unit: 'u', apiUnitSize: 1, listPrice: 1, currency: 'EUR', date: 'd', source: 's' }, { id: 'block.vpu', partNumber: null, service: 's', metric: 'm', unit: 'u', apiUnitSize: 1, listPrice: 1, currency: 'USD', date: 'd', source: 's' }] }))
      .toThrow(/estimateCosts: the price table mixes currencies \(EUR, USD\)/);
  });
});
