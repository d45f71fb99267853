import { Token } from 'cdktf';
import { type Construct } from 'constructs';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { MatchingRule, PolicyCondition, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { ocidShape } from '../../runtime/contract/ocid-shape';

/** The canary gate option ModelGovernance takes. */
export interface CanaryEvidenceOptions {
  /**
   * The canary gate function (functions/canary-gate) whose decisions governance records: the only
   * principal allowed to invoke the governance function directly, and only to record
   * `canary.decision` evidence (as `service:canary-gate`). The gate finds the governance function
   * by its display name `<namePrefix>-governance` in the application.
   * @default - no direct invocations are accepted; canary decisions are not recorded
   */
  readonly canaryGateFunctionId?: string;
}

/**
 * The governance function's configuration of who may invoke it: the API gateway (HTTP invocations
 * from any other subject are refused) and, with a canary gate, that gate as the one direct invoker.
 *
 * @param where - construct path, for the error
 * @param gatewayId - OCID of the gateway whose deployment routes to the function
 * @param canaryGateFunctionId - the canary gate function, if any
 * @returns `OCI_MLOPS_GOVERNANCE_GATEWAY_ID` and `OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS` entries
 * @throws Error naming canaryGateFunctionId when it is not a function OCID
 */
export function governanceInvokerConfig(where: string, gatewayId: string, canaryGateFunctionId: string | undefined): Record<string, string> {
  if (canaryGateFunctionId !== undefined && !Token.isUnresolved(canaryGateFunctionId) && !ocidShape('fnfunc').test(canaryGateFunctionId)) {
    throw new Error(`${where}: canaryGateFunctionId must be a function OCID (ocid1.fnfunc...), got ${JSON.stringify(canaryGateFunctionId)}`);
  }
  return {
    OCI_MLOPS_GOVERNANCE_GATEWAY_ID: gatewayId,
    ...(canaryGateFunctionId !== undefined ? { OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS: `{"${canaryGateFunctionId}":"canary-gate"}` } : {}),
  };
}

/**
 * Defines the canary gate's dynamic group (the gate function only) and its policy: find the
 * governance function (ListFunctions) and invoke that function only.
 *
 * @param scope - the ModelGovernance construct
 * @param props - tenancy, compartment, name prefix, the gate and the governance function
 * @returns the dynamic group and the policy
 */
export function grantCanaryGateEvidence(
  scope: Construct,
  props: { tenancyId: string; compartmentId: string; namePrefix: string; canaryGateFunctionId: string; governanceFunctionId: string },
): { dynamicGroup: IdentityDynamicGroup; policy: IdentityPolicy } {
  const name = `${props.namePrefix}-canary-gate-evidence`;
  const dynamicGroup = new IdentityDynamicGroup(scope, 'CanaryGateDynamicGroup', {
    compartmentId: props.tenancyId, name, description: 'The canary gate function, which records its decisions with governance', matchingRule: MatchingRule.resourceId(props.canaryGateFunctionId).toString(),
  });
  const subject = PolicySubject.dynamicGroup(name);
  const location = PolicyLocation.compartmentId(props.compartmentId);
  const policy = new IdentityPolicy(scope, 'CanaryGatePolicy', {
    compartmentId: props.compartmentId, name, description: 'Canary gate: record decisions with the governance function', dependsOn: [dynamicGroup],
    statements: [
      // Find the governance function by display name (ListFunctions returns its invoke endpoint).
      new PolicyStatement({ subject, verb: 'inspect', resource: 'fn-function', location }),
      // Invoke the governance function, and no other (InvokeFunction).
      new PolicyStatement({ subject, verb: 'use', resource: 'fn-invocation', location, where: PolicyCondition.eq('target.function.id', props.governanceFunctionId) }),
    ].map(String),
  });
  return { dynamicGroup, policy };
}
