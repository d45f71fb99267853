import { type FunctionsManagementClient } from 'oci-functions';

/** Where the governance function is found: its application and display name. */
export interface GovernanceFunctionName {
  readonly applicationId: string;
  readonly displayName: string;
}

/** The governance function: its OCID and the endpoint its invocations go to. */
export interface GovernanceFunctionTarget {
  readonly functionId: string;
  readonly invokeEndpoint: string;
}

/**
 * Finds the governance function the canary gate records its decisions with: ListFunctions in the
 * application, filtered on the exact display name and the ACTIVE state (display names are unique
 * in an application). The gate learns the governance function this way, at run time, because the
 * governance function's configuration names the gate (its trusted direct invoker): two functions
 * naming each other's OCID would be a Terraform dependency cycle.
 *
 * @param client - a Functions management client (or anything with `listFunctions`)
 * @param where - application OCID and display name
 * @returns the function's OCID and invoke endpoint
 * @throws Error naming `findGovernanceFunction`, the name and the application when none or several are ACTIVE, or when the call fails
 * @example
 * const target = await findGovernanceFunction(management, { applicationId, displayName: 'mlops-governance' });
 */
export async function findGovernanceFunction(client: Pick<FunctionsManagementClient, 'listFunctions'>, where: GovernanceFunctionName): Promise<GovernanceFunctionTarget> {
  const what = `function ${JSON.stringify(where.displayName)} in application ${where.applicationId}`;
  let items;
  try {
    items = (await client.listFunctions({ applicationId: where.applicationId, displayName: where.displayName, lifecycleState: 'ACTIVE' })).items;
  } catch (err) {
    const e = err as { statusCode?: number; message?: string };
    throw new Error(`findGovernanceFunction: ListFunctions for ${what} failed${e.statusCode ? ` with ${e.statusCode}` : ''}: ${e.message ?? String(err)}`);
  }
  const found = items.filter((f) => f.displayName === where.displayName);
  if (found.length !== 1 || !found[0]!.invokeEndpoint) {
    throw new Error(`findGovernanceFunction: expected one ACTIVE ${what} with an invoke endpoint, found ${found.length}`);
  }
  return { functionId: found[0]!.id, invokeEndpoint: found[0]!.invokeEndpoint! };
}
