/**
 * Turns one decoded stream message into the per-prediction records the monitor windows. Accepts:
 * - the OCI Logging envelope Service Connector Hub writes to a stream (`{data, id, source, time, ...}`),
 *   whose `data` holds the record as an object or a JSON string;
 * - the inference runtime's per-request record (`model_id`, or `model_name` + `model_version`,
 *   `features` as rows, `feature_names`, `confidence` as one value per row), expanded to one record
 *   per row with the features keyed by name (`x0`, `x1`... when the endpoint logs no names);
 * - a record already in the monitor's shape, unchanged.
 *
 * @param decoded - the message value, parsed from JSON
 * @returns the records, not yet validated (an unusable value passes through for the schema to refuse)
 * @example
 * normalizePredictionLog({ data: JSON.stringify({ model_name: 'iris', model_version: '3', features: [[1, 2]], feature_names: ['a', 'b'], confidence: [0.9] }) });
 * // [{ model_id: 'iris-3', features: { a: 1, b: 2 }, confidence: 0.9 }]
 */
export function normalizePredictionLog(decoded: unknown): unknown[] {
  let record = decoded;
  if (isObject(record) && !('features' in record) && 'data' in record) {
    const data = record.data;
    if (typeof data === 'string') {
      try {
        record = JSON.parse(data);
      } catch {
        return [record];
      }
    } else record = data;
  }
  if (!isObject(record) || !Array.isArray(record.features)) return [record];
  const rows = record.features as unknown[];
  const names = Array.isArray(record.feature_names) ? (record.feature_names as unknown[]).map(String) : undefined;
  const modelId = typeof record.model_id === 'string' ? record.model_id
    : typeof record.model_name === 'string' && typeof record.model_version === 'string' ? `${record.model_name}-${record.model_version}` : record.model_id;
  const confidence = Array.isArray(record.confidence) ? (record.confidence as unknown[]) : undefined;
  const predictions = Array.isArray(record.prediction) ? (record.prediction as unknown[]) : undefined;
  return rows.map((row, i) => {
    if (!Array.isArray(row)) return { ...record, model_id: modelId, features: row };
    const features = Object.fromEntries(row.map((v, j) => [names?.[j] ?? `x${j}`, v]));
    const out: Record<string, unknown> = { model_id: modelId, features };
    if (typeof record.timestamp === 'string') out.timestamp = record.timestamp;
    if (predictions) out.prediction = predictions[i];
    if (confidence && typeof confidence[i] === 'number') out.confidence = confidence[i];
    return out;
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
