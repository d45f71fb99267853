import { CompartmentBudget, type CompartmentBudgetProps } from '../../../lib/cost/compartment-budget';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const BASE: CompartmentBudgetProps = {
  tenancyId: 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a',
  targetCompartmentId: 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
  displayName: 'fraud', monthlyAmount: 1000,
};

describe('CompartmentBudget', () => {
  test('defines a monthly budget in the tenancy with actual and forecast alert rules', () => {
    const r = synthResources((s) => { new CompartmentBudget(s, 'B', { ...BASE, actualThresholdsPercent: [50, 100], alertEmails: ['a@example.com', 'b@example.com'] }); });
    expect(resourcesOf(r, 'oci_budget_budget')[0]).toMatchObject({ compartment_id: BASE.tenancyId, amount: 1000, reset_period: 'MONTHLY', target_type: 'COMPARTMENT', targets: [BASE.targetCompartmentId] });
    const rules = resourcesOf(r, 'oci_budget_alert_rule').map((a) => [a.type, a.threshold, a.recipients]).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]));
    expect(rules).toEqual([['ACTUAL', 50, 'a@example.com,b@example.com'], ['ACTUAL', 100, 'a@example.com,b@example.com'], ['FORECAST', 100, 'a@example.com,b@example.com']]);
  });

  test('fails on a non-positive amount', () => {
    expect(() => new CompartmentBudget(freshStack(), 'B', { ...BASE, monthlyAmount: 0 })).toThrow(/monthlyAmount must be greater than 0, got 0/);
  });

  test('fails on a threshold out of range', () => {
    expect(() => new CompartmentBudget(freshStack(), 'B', { ...BASE, forecastThresholdsPercent: [-5] })).toThrow(/forecastThresholdsPercent must be percentages in \(0, 10000\], got -5/);
  });

  test('fails on a repeated threshold', () => {
    expect(() => new CompartmentBudget(freshStack(), 'B', { ...BASE, actualThresholdsPercent: [80, 80] })).toThrow(/thresholds must not repeat, got 80 twice/);
  });
});
