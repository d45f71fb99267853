import { DRIFT_METRICS } from '../../contract/metrics';
import { type DriftSettingsInput } from '../drift-settings';
import { type DriftProfile } from '../profile/drift-profile-schema';
import { computeDriftReport, type DriftFeatureInput, type DriftReport } from '../report/compute-drift-report';
import { type ClosedWindow } from './model-windows';

/** One datapoint to post to OCI Monitoring. */
export interface MetricDatum {
  readonly name: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly value: number;
  readonly timestamp: Date;
}

/**
 * Evaluates a closed window against the model's reference profile and returns the drift report
 * and the datapoints to post (names from `DRIFT_METRICS`): `drift_score` with `model_id` (the
 * share of drifted features, when any feature has a verdict), `drift_score` with `model_id` and
 * `feature` (that feature's statistic), `feature_mean/std/min/max` per numerical feature, and
 * `prediction_confidence_mean` when records carried a confidence. Timestamps are the window's end.
 *
 * @param window - the closed window
 * @param profile - the model's reference profile
 * @param settings - the model's drift settings
 * @returns the report and the datapoints
 * @throws Error naming `windowMetrics` and the model when the report cannot be computed
 * @example
 * windowMetrics(window, profile, { minSamples: 30 }); // { report: {...}, data: [{ name: 'drift_score', dimensions: { model_id: 'm' }, value: 0.5, ... }, ...] }
 */
export function windowMetrics(window: ClosedWindow, profile: DriftProfile, settings: DriftSettingsInput): { report: DriftReport; data: MetricDatum[] } {
  const inputs: DriftFeatureInput[] = [];
  const data: MetricDatum[] = [];
  const at = window.endedAt;
  const names = DRIFT_METRICS.names;
  for (const [name, ref] of Object.entries(profile.features)) {
    const column = window.columns.get(name) ?? [];
    if (ref.type === 'categorical') {
      inputs.push({ name, type: 'categorical', reference: ref, current: column.filter((v) => v !== null && v !== '').map(String) });
      continue;
    }
    const values: number[] = [];
    for (const v of column) {
      if (v === null || v === '' || typeof v === 'boolean') continue;
      const x = typeof v === 'number' ? v : Number(v);
      if (Number.isFinite(x)) values.push(x);
    }
    inputs.push({ name, type: 'numerical', reference: ref, current: values });
    if (values.length > 0) {
      let sum = 0;
      let min = Infinity;
      let max = -Infinity;
      for (const x of values) {
        sum += x;
        if (x < min) min = x;
        if (x > max) max = x;
      }
      const mean = sum / values.length;
      let ss = 0;
      for (const x of values) ss += (x - mean) ** 2;
      const dims = { model_id: window.modelId, feature: name };
      data.push(
        { name: names.featureMean, dimensions: dims, value: mean, timestamp: at },
        { name: names.featureStd, dimensions: dims, value: Math.sqrt(ss / values.length), timestamp: at },
        { name: names.featureMin, dimensions: dims, value: min, timestamp: at },
        { name: names.featureMax, dimensions: dims, value: max, timestamp: at },
      );
    }
  }
  let report: DriftReport;
  try {
    report = computeDriftReport(inputs, settings);
  } catch (err) {
    throw new Error(`windowMetrics: model "${window.modelId}": ${(err as Error).message}`);
  }
  if (report.drift_score !== null) data.push({ name: names.driftScore, dimensions: { model_id: window.modelId }, value: report.drift_score, timestamp: at });
  for (const f of report.features) {
    if (f.statistic !== null) data.push({ name: names.driftScore, dimensions: { model_id: window.modelId, feature: f.name }, value: f.statistic, timestamp: at });
  }
  if (window.confidences.length > 0) {
    const mean = window.confidences.reduce((s, v) => s + v, 0) / window.confidences.length;
    data.push({ name: names.predictionConfidence, dimensions: { model_id: window.modelId }, value: mean, timestamp: at });
  }
  return { report, data };
}
