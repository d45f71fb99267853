/**
 * The custom OCI Monitoring metrics the runtime posts and the constructs alarm on. One definition
 * shared by both sides, so a renamed metric cannot silently break an alarm.
 *
 * OCI reserves namespaces starting with `oci_` and `oracle_` for its services; custom namespaces
 * are lowercase letters, digits and underscores.
 */
export const INFERENCE_METRICS = {
  namespace: 'mlops_inference',
  /** Dimensions on every inference datapoint. */
  dimensions: ['model_name', 'model_version'] as const,
  names: {
    /** Handler latency of one request, milliseconds. */
    latencyMs: 'prediction_latency_ms',
    /** Max class probability of one prediction, 0..1 (classifiers only). */
    confidence: 'prediction_confidence',
    /** Requests answered (any status). */
    requests: 'prediction_requests',
    /** Requests answered with a 5xx or 503 (model not ready). */
    errors: 'prediction_errors',
  },
} as const;

export const DRIFT_METRICS = {
  namespace: 'mlops_drift',
  /** `feature` is present on per-feature datapoints only; the model-level score has `model_id` alone. */
  dimensions: ['model_id', 'feature'] as const,
  names: {
    /** Share of drifted features (model level, 0..1) or one feature's drift statistic. */
    driftScore: 'drift_score',
    featureMean: 'feature_mean',
    featureStd: 'feature_std',
    featureMin: 'feature_min',
    featureMax: 'feature_max',
    predictionConfidence: 'prediction_confidence_mean',
  },
} as const;
