/**
 * The dimensions of the `FunctionMemoryUsedMb` datapoints of the function this process runs in:
 * `resourceDisplayName` from FN_FN_NAME (the function's name, which `cost recommend` matches to the
 * synthesized `display_name`) and `resourceId` from FN_FN_ID (its OCID) when set. Outside OCI
 * Functions (an OKE pod, `oci-mlops serve`), FN_FN_NAME is unset and there is nothing to publish.
 *
 * @param env - the process environment
 * @returns the dimensions, or undefined when not running in OCI Functions
 * @example
 * functionMemoryDimensions(process.env); // { resourceDisplayName: 'fraud-scorer', resourceId: 'ocid1.fnfunc.oc1..aaaa' }
 */
export function functionMemoryDimensions(env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  const name = env.FN_FN_NAME?.trim();
  if (!name) return undefined;
  const id = env.FN_FN_ID?.trim();
  return id ? { resourceDisplayName: name, resourceId: id } : { resourceDisplayName: name };
}
