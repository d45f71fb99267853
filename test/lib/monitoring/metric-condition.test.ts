import { EndpointMetric } from '../../../lib/monitoring/endpoint-metric';
import { MetricCondition } from '../../../lib/monitoring/metric-condition';
import { TEAM } from './fixtures';

const metric = (dimensions: Record<string, string> = { model_id: 'fraud-2' }) => new EndpointMetric({
  namespace: 'mlops_drift', name: 'drift_score', compartmentId: TEAM, dimensions, statistic: 'max', intervalMinutes: 60, description: 'drift score of fraud-2', unit: '',
});

describe('MetricCondition', () => {
  test.each([
    ['greaterThan', 0.8, 'drift_score[60m]{model_id = "fraud-2"}.max() > 0.8'],
    ['atLeast', 0.8, 'drift_score[60m]{model_id = "fraud-2"}.max() >= 0.8'],
    ['lessThan', 0.5, 'drift_score[60m]{model_id = "fraud-2"}.max() < 0.5'],
    ['atMost', 0.5, 'drift_score[60m]{model_id = "fraud-2"}.max() <= 0.5'],
    ['equalTo', 1, 'drift_score[60m]{model_id = "fraud-2"}.max() == 1'],
    ['notEqualTo', 0, 'drift_score[60m]{model_id = "fraud-2"}.max() != 0'],
  ] as const)('renders %s(%d) as %s', (method, value, mql) => {
    expect(metric()[method](value).toMql()).toBe(mql);
  });

  test('renders absence with OCI default and explicit periods in minutes or hours', () => {
    expect(metric().absent().toMql()).toBe('drift_score[60m]{model_id = "fraud-2"}.max().absent()');
    expect(metric().absent(30).toMql()).toBe('drift_score[60m]{model_id = "fraud-2"}.max().absent(30m)');
    expect(metric().absent(1200).toMql()).toBe('drift_score[60m]{model_id = "fraud-2"}.max().absent(20h)');
  });

  test('escapes quotes and backslashes in dimension values so they cannot end the string', () => {
    expect(metric({ model_id: 'fraud "v2"} > 0 || x{\\' }).greaterThan(0.8).toMql())
      .toBe('drift_score[60m]{model_id = "fraud \\"v2\\"} > 0 || x{\\\\"}.max() > 0.8');
  });

  test('renders tiny and huge thresholds without exponent notation', () => {
    expect(metric().greaterThan(1e-7).toMql()).toMatch(/ > 0\.0000001$/);
    expect(metric().greaterThan(1e21).toMql()).toMatch(/ > 1000000000000000000000$/);
  });

  test('describes the condition in words for alarm bodies', () => {
    expect(metric().greaterThan(0.8).describe()).toBe('drift score of fraud-2 above 0.8');
    expect(metric().absent(30).describe()).toBe('no drift score of fraud-2 datapoints for 30 minutes');
  });

  test('fails for a non-finite threshold, an unknown operator or a bad absence period', () => {
    expect(() => metric().greaterThan(Infinity)).toThrow('MetricCondition: threshold must be a finite number, got Infinity');
    expect(() => new MetricCondition(metric(), { kind: 'threshold', operator: '=~' as never, threshold: 1 })).toThrow('MetricCondition: operator must be one of > >= < <= == !=, got "=~"');
    expect(() => metric().absent(0)).toThrow('MetricCondition: absence periodMinutes must be a whole number 1..2880, got 0');
    expect(() => metric().absent(2.5)).toThrow(/got 2\.5/);
  });

  test('fails for a control character in a dimension value (no MQL injection by newline)', () => {
    expect(() => metric({ model_id: 'a\nb' })).toThrow(/mqlQuery: dimension model_id: quoteMqlValue: .* holds the control character U\+000a/);
  });
});
