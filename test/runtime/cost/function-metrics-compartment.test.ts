import { functionMetricsCompartment } from '../../../runtime/cost/function-metrics-compartment';

const TEAM = 'ocid1.compartment.oc1..aaaa';

describe('functionMetricsCompartment', () => {
  test.each([
    ['the inference function (@example)', { MONITORING_COMPARTMENT_ID: TEAM }, TEAM],
    ['the drift monitor', { OCI_MLOPS_MONITOR_CONFIG: JSON.stringify({ compartmentId: TEAM, namespace: 'mlops_drift' }) }, TEAM],
    ['a function of someone else', { OTHER: 'x' }, undefined],
    ['no configuration', undefined, undefined],
    ['a value known only at deploy', { MONITORING_COMPARTMENT_ID: '${var.compartment}' }, undefined],
    ['a monitor configuration that is not JSON', { OCI_MLOPS_MONITOR_CONFIG: '${jsonencode(local.x)}' }, undefined],
  ])('%s', (_, config, compartment) => {
    expect(functionMetricsCompartment(config)).toBe(compartment);
  });
});
