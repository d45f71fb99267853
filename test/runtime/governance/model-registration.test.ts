import { GovernanceError } from '../../../runtime/governance/governance-error';
import { parseModelRegistration } from '../../../runtime/governance/parse-model-registration';
import { sampleModel } from './support';

describe('parseModelRegistration', () => {
  test('accepts the sample model YAML with a validate-model --json report as performance_metrics', () => {
    const m = parseModelRegistration(sampleModel());
    expect(m.name).toBe('churn-classifier');
    expect(m.version).toBe('3');
    expect(m.model_card.risk_tier).toBe('medium');
    expect(m.performance_metrics).toMatchObject({ task: 'classification', metrics: { accuracy: 0.912 }, passed: true });
  });

  test('accepts a plain map of metric name to number', () => {
    expect(parseModelRegistration(sampleModel({ performance_metrics: { rmse: 1.5, r2: 0.8 } })).performance_metrics).toEqual({ rmse: 1.5, r2: 0.8 });
  });

  test('turns an integer version into a string, as in the JSDoc example', () => {
    expect(parseModelRegistration(sampleModel({ version: 3 })).version).toBe('3');
  });

  test.each([
    ['name', 'name'], ['version', 'version'], ['algorithm', 'algorithm'], ['training_data', 'training_data'],
    ['performance_metrics', 'performance_metrics'], ['business_purpose', 'business_purpose'], ['owner', 'owner'],
    ['model_card', 'model_card'], ['provenance', 'provenance'], ['artifact', 'artifact'],
  ])('fails without the required field %s and names it', (field, path) => {
    const doc = sampleModel();
    delete doc[field];
    expect(() => parseModelRegistration(doc)).toThrow(new RegExp(`${path}: `));
  });

  test.each([
    [{ version: 1.5 }, /version/],
    [{ artifact: { uri: 'oci://b/m.onnx', sha256: 'abc' } }, /artifact\.sha256: the artifact SHA-256/],
    [{ provenance: { repository_url: 'not a url', commit: 'abcdef1', training_job_id: 'ocid1.datasciencejobrun.oc1.iad.x' } }, /provenance\.repository_url/],
    [{ model_card: { intended_use: 'x', limitations: 'y', evaluation_data: 'z', risk_tier: 'extreme' } }, /model_card\.risk_tier/],
    [{ performance_metrics: { accuracy: 'high' } }, /performance_metrics/],
    [{ performance_metrics: {} }, /performance_metrics/],
    [{ unknown_key: 1 }, /unknown_key|Unrecognized key/],
  ])('fails on a bad value (%j) naming the path', (override, message) => {
    expect(() => parseModelRegistration(sampleModel(override))).toThrow(message);
  });

  test('fails on a validation report that did not pass, naming the failed thresholds', () => {
    const report = { task: 'regression', n_rows: 10, metrics: { rmse: 9 }, latency_ms: { p50: 1, p95: 2, p99: 3 }, thresholds: [{ name: 'max-rmse', limit: 5, value: 9, passed: false }], passed: false };
    let err: unknown;
    try {
      parseModelRegistration(sampleModel({ performance_metrics: report }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GovernanceError);
    expect((err as GovernanceError).code).toBe('validation_failed');
    expect((err as GovernanceError).message).toMatch(/max-rmse \(value 9, limit 5\)/);
  });

  test('fails with every issue listed in details', () => {
    try {
      parseModelRegistration({ name: 'x' });
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as GovernanceError).details.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'owner' }), expect.objectContaining({ path: 'artifact' })]));
    }
  });
});
