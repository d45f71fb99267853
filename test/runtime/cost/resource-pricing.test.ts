import bindings from '../../../scripts/oci-bindings.json';
import { RESOURCE_PRICING } from '../../../runtime/cost/resource-pricing';

test('every resource type the library defines is priced, free or not priced with a reason', () => {
  expect(Object.keys(RESOURCE_PRICING).sort()).toEqual([...bindings.resources].sort());
  for (const [type, p] of Object.entries(RESOURCE_PRICING)) {
    if (p.kind !== 'priced') expect({ type, reason: p.reason.length > 10 }).toEqual({ type, reason: true });
  }
});

test('the issue\'s priced kinds are priced, not listed as free', () => {
  const priced = Object.entries(RESOURCE_PRICING).filter(([, p]) => p.kind === 'priced').map(([t]) => t);
  expect(priced).toEqual(expect.arrayContaining([
    'oci_datascience_notebook_session', 'oci_datascience_job', 'oci_datascience_model_deployment', 'oci_containerengine_node_pool',
    'oci_containerengine_virtual_node_pool', 'oci_container_instances_container_instance', 'oci_functions_function',
    'oci_database_autonomous_database', 'oci_psql_db_system', 'oci_kms_vault', 'oci_streaming_stream', 'oci_logging_log',
    'oci_apigateway_gateway', 'oci_objectstorage_bucket', 'oci_monitoring_alarm',
  ]));
});
