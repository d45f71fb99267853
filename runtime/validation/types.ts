/** What the hold-out set measures: class predictions or numeric values. */
export type ValidationTask = 'classification' | 'regression';

/** Element types of ONNX Runtime tensors the validator reads or writes. */
export type TensorElementType = 'float32' | 'float64' | 'int64' | 'int32' | 'string' | 'bool' | (string & {});

/** One model input or output as ONNX Runtime declares it (after any ZipMap was turned into a tensor). */
export interface ModelValueInfo {
  readonly name: string;
  /** False for sequences and maps, which onnxruntime-node cannot return. */
  readonly isTensor: boolean;
  readonly type?: TensorElementType;
  /** Dimensions: a number when fixed, a string (possibly empty) when free, like the batch. */
  readonly shape?: readonly (number | string)[];
}

/** The signature of a loaded model. */
export interface ModelSignatureInfo {
  readonly inputs: readonly ModelValueInfo[];
  readonly outputs: readonly ModelValueInfo[];
  /** Class labels in probability-column order, from the classifier node or ZipMap; empty when the graph names none. */
  readonly classLabels: readonly (string | number)[];
}

/** Which table columns feed which model input. */
export interface InputBinding {
  readonly input: string;
  readonly type: 'float32' | 'float64' | 'int64' | 'int32' | 'string';
  /** Columns in tensor order; the tensor is [rows, columns.length] (or [rows] when `rank1`). */
  readonly columns: readonly string[];
  /** The input is declared [N] rather than [N, features]. */
  readonly rank1: boolean;
}

/** One model input's values for every row, row-major: `rows x width` elements. */
export interface InputColumns {
  readonly input: string;
  readonly type: InputBinding['type'];
  readonly width: number;
  readonly rank1: boolean;
  readonly data: Float32Array | Float64Array | BigInt64Array | Int32Array | string[];
}

/** How the model's outputs are read. */
export type OutputPlan =
  | {
    readonly task: 'classification';
    /** The predicted-label output (int64/int32/string [N]), when the model has one. */
    readonly labelOutput: string | null;
    /** The per-class probability or score output [N, K], when the model has one. */
    readonly scoreOutput: string | null;
    /** Class labels in score-column order (names from the graph, else 0..K-1); null when unknown (label output only, no names). */
    readonly classes: readonly (string | number)[] | null;
  }
  | { readonly task: 'regression'; readonly valueOutput: string };

/** Classification metrics, keyed as in the `--json` report. */
export interface ClassificationMetrics {
  readonly accuracy: number;
  readonly f1_macro: number;
  readonly f1_weighted: number;
  /** Null when the model has no score output or a class has no row in the data (see `aucUnavailable`). */
  readonly auc_ovr_macro: number | null;
}

/** Regression metrics, keyed as in the `--json` report. */
export interface RegressionMetrics {
  readonly rmse: number;
  readonly mae: number;
  readonly r2: number;
}

/** Limits the command checks; absent ones are not checked. */
export interface ValidationLimits {
  readonly minAccuracy?: number;
  readonly minF1?: number;
  readonly minAuc?: number;
  readonly maxRmse?: number;
  readonly maxP95Ms?: number;
}

/** One checked threshold, as in the `--json` report. */
export interface ThresholdResult {
  readonly name: 'min_accuracy' | 'min_f1' | 'min_auc' | 'max_rmse' | 'max_p95_ms';
  readonly limit: number;
  readonly value: number;
  readonly passed: boolean;
}

/** Everything one `validate-model` run measured, before formatting. */
export interface ValidationResult {
  /** The model file, as given. */
  readonly model: string;
  /** The CSV file, as given. */
  readonly data: string;
  readonly label: string;
  readonly task: ValidationTask;
  readonly nRows: number;
  readonly inputs: readonly InputBinding[];
  readonly outputs: OutputPlan;
  /** Class labels in index order (classification), as used for the labels of the data. */
  readonly classes: readonly (string | number)[] | null;
  readonly metrics: ClassificationMetrics | RegressionMetrics;
  /** Why `auc_ovr_macro` is null, when it is. */
  readonly aucUnavailable: string | null;
  readonly latency: { readonly p50: number; readonly p95: number; readonly p99: number };
  /** Timed single-row runs, and untimed warm-up runs before them. */
  readonly latencyRuns: number;
  readonly warmupRuns: number;
  readonly thresholds: readonly ThresholdResult[];
  readonly passed: boolean;
}
