const COMPARTMENT = /^ocid1\.(compartment|tenancy)\./;

/**
 * The compartment a function of ours posts its custom metrics (and `FunctionMemoryUsedMb`) in, read
 * from its synthesized configuration: the inference function's `MONITORING_COMPARTMENT_ID`, the drift
 * monitor's `OCI_MLOPS_MONITOR_CONFIG.compartmentId`. The stacks put these in the team compartment,
 * while `oci_faas` metrics are in the Functions application's, so `cost recommend` reads each metric
 * where it is. Anything else (another function, a value known only at deploy) gives undefined.
 *
 * @param config - the `config` map of an `oci_functions_function`
 * @returns the compartment OCID, or undefined
 * @example
 * functionMetricsCompartment({ MONITORING_COMPARTMENT_ID: 'ocid1.compartment.oc1..aaaa' }); // 'ocid1.compartment.oc1..aaaa'
 */
export function functionMetricsCompartment(config: unknown): string | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const c = config as Record<string, unknown>;
  let id: unknown = c.MONITORING_COMPARTMENT_ID;
  if (id === undefined && typeof c.OCI_MLOPS_MONITOR_CONFIG === 'string') {
    try {
      id = (JSON.parse(c.OCI_MLOPS_MONITOR_CONFIG) as { compartmentId?: unknown } | null)?.compartmentId;
    } catch {
      return undefined;
    }
  }
  return typeof id === 'string' && COMPARTMENT.test(id) ? id : undefined;
}
