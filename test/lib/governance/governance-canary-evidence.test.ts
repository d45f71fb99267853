import { parse } from 'yaml';
import { GovernanceConfigSchema } from '../../../lib/config/governance-schema';
import { ModelGovernance } from '../../../lib/governance/governance';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { runPolicyChecks } from '../../../lib/policy';
import { addPlatformGovernance } from '../../../stacks/governance';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { COMPARTMENT, ociStack, TENANCY } from '../database/construct-fixtures';
import { GOVERNANCE_BASE, GOVERNANCE_YAML, SUBSCRIBED_PLATFORM } from './governance-fixtures';

const GATE = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaacanarygateexample';
type Config = Record<string, string>;

describe('ModelGovernance and the canary gate', () => {
  const r = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', { ...GOVERNANCE_BASE, canaryGateFunctionId: GATE }); });
  const fn = resourcesOf(r, 'oci_functions_function')[0]!;

  test('accepts HTTP invocations only from the platform gateway and direct ones only from the canary gate', () => {
    expect(fn.config).toMatchObject({ OCI_MLOPS_GOVERNANCE_GATEWAY_ID: GOVERNANCE_BASE.servingBase.apiGatewayId, OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS: `{"${GATE}":"canary-gate"}` });
    expect(JSON.parse((fn.config as Config).OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS!)).toEqual({ [GATE]: 'canary-gate' });
  });

  test('lets the canary gate find the governance function and invoke that function only', () => {
    expect(resourcesOf(r, 'oci_identity_dynamic_group').find((g) => g.name === 'acme-mlops-canary-gate-evidence')).toMatchObject({ compartment_id: TENANCY, matching_rule: `resource.id = '${GATE}'` });
    const statements = resourcesOf(r, 'oci_identity_policy').find((p) => p.name === 'acme-mlops-canary-gate-evidence')!.statements as string[];
    expect(statements).toEqual([
      `Allow dynamic-group acme-mlops-canary-gate-evidence to inspect fn-function in compartment id ${COMPARTMENT}`,
      expect.stringMatching(new RegExp(`^Allow dynamic-group acme-mlops-canary-gate-evidence to use fn-invocation in compartment id ${COMPARTMENT} where target\\.function\\.id = '\\$\\{oci_functions_function\\.\\w+\\.id\\}'$`)),
    ]);
  });

  test('accepts no direct invocation and defines no gate IAM without a canary gate', () => {
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', GOVERNANCE_BASE); });
    const config = resourcesOf(out, 'oci_functions_function')[0]!.config as Config;
    expect(config.OCI_MLOPS_GOVERNANCE_GATEWAY_ID).toBe(GOVERNANCE_BASE.servingBase.apiGatewayId);
    expect(config.OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS).toBeUndefined();
    expect(resourcesOf(out, 'oci_identity_policy').some((p) => String(p.name).includes('canary'))).toBe(false);
  });

  test('fails on a canary gate that is not a function OCID', () => {
    expect(() => new ModelGovernance(freshStack(), 'ModelGovernance', { ...GOVERNANCE_BASE, canaryGateFunctionId: 'ocid1.apigateway.oc1..x' }))
      .toThrow('canaryGateFunctionId must be a function OCID (ocid1.fnfunc...), got "ocid1.apigateway.oc1..x"');
  });

  test('wires the platform gate to the platform governance without a dependency cycle, and without policy findings', () => {
    const define = (s: ReturnType<typeof ociStack>) => addPlatformGovernance(
      new MlopsPlatform(s, 'Platform', { ...SUBSCRIBED_PLATFORM, canaryGateImage: 'fra.ocir.io/acme/mlops/canary-gate:0.1.0', canaryGateGovernanceFunctionName: 'acme-mlops-governance', canaryGateRequireGovernanceRecord: true }),
      GovernanceConfigSchema.parse(parse(GOVERNANCE_YAML)),
    );
    const out = synthResources((s) => { define(s as ReturnType<typeof ociStack>); });
    const fns = resourcesOf(out, 'oci_functions_function');
    const gate = fns.find((f) => f.display_name === 'acme-mlops-canary-gate')!;
    const governance = fns.find((f) => f.display_name === 'acme-mlops-governance')!;
    expect(gate.config).toEqual({
      OCI_MLOPS_CANARY_COMPARTMENT_ID: expect.stringMatching(/^\$\{oci_identity_compartment\.\w+\.id\}$/),
      OCI_MLOPS_CANARY_GOVERNANCE_APPLICATION_ID: governance.application_id,
      OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME: 'acme-mlops-governance',
      OCI_MLOPS_CANARY_REQUIRE_GOVERNANCE_RECORD: 'true',
    });
    // The governance function names the gate; the gate names no function resource (it finds governance by name).
    expect((governance.config as Config).OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS).toMatch(/^\{"\$\{oci_functions_function\.Platform_CanaryGate\w*\.id\}":"canary-gate"\}$/);
    expect(JSON.stringify(gate.config)).not.toContain('oci_functions_function');
    const stack = ociStack();
    define(stack);
    expect(runPolicyChecks(stack)).toEqual([]);
  });
});
