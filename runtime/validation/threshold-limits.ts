import { type ThresholdResult, type ValidationLimits, type ValidationTask } from './types';

/** Each limit: its flag, the metric it reads, the task it applies to, its range and direction. */
export const THRESHOLD_LIMITS: readonly {
  readonly key: keyof ValidationLimits;
  readonly name: ThresholdResult['name'];
  readonly flag: string;
  readonly task: ValidationTask | null;
  readonly range: readonly [number, number];
  readonly min: boolean;
}[] = [
  { key: 'minAccuracy', name: 'min_accuracy', flag: '--min-accuracy', task: 'classification', range: [0, 1], min: true },
  { key: 'minF1', name: 'min_f1', flag: '--min-f1', task: 'classification', range: [0, 1], min: true },
  { key: 'minAuc', name: 'min_auc', flag: '--min-auc', task: 'classification', range: [0, 1], min: true },
  { key: 'maxRmse', name: 'max_rmse', flag: '--max-rmse', task: 'regression', range: [0, Infinity], min: false },
  { key: 'maxP95Ms', name: 'max_p95_ms', flag: '--max-p95-ms', task: null, range: [0, Infinity], min: false },
];
