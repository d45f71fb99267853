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

/**
 * Peak resident memory of one of our function containers (`process.memoryUsage.rss()`, the most
 * sampled since the previous post), in MB of 1,048,576 bytes as `memory_in_mbs` counts them. OCI's
 * `oci_faas` namespace reports only the memory allocated; this is what `cost recommend` sizes
 * function memory from. Each function posts it in the namespace it already posts to (its IAM policy
 * allows that one only): the inference function in `mlops_inference`, the drift monitor in
 * `mlops_drift`. Dimensions as `oci_faas` names them: `resourceDisplayName` (the function's name,
 * FN_FN_NAME) and `resourceId` (its OCID, FN_FN_ID, when Functions sets it).
 */
export const FUNCTION_MEMORY_METRIC = {
  name: 'FunctionMemoryUsedMb',
  namespaces: [INFERENCE_METRICS.namespace, DRIFT_METRICS.namespace],
  dimensions: ['resourceDisplayName', 'resourceId'] as const,
} as const;
