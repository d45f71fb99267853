import { type CategoricalProfile, type NumericalProfile } from '../profile/drift-profile-schema';
import { type DriftMethod, type FeatureType } from '../drift-settings';

/**
 * Counts of each category of a column (a table's dictionary-coded column, counted), in order of
 * first appearance: the columnar form of a list of categories.
 */
export interface CategoryCounts {
  readonly counts: Readonly<Record<string, number>>;
  /** Non-missing values counted (the sum of `counts`). */
  readonly total: number;
}

/** One feature to compare: the reference as raw values or as a profile, the current window as raw values. */
export type DriftFeatureInput =
  | { readonly name: string; readonly type: 'numerical'; readonly reference: ArrayLike<number> | NumericalProfile; readonly current: ArrayLike<number> }
  | {
    readonly name: string;
    readonly type: 'categorical';
    readonly reference: readonly string[] | CategoryCounts | CategoricalProfile;
    readonly current: readonly string[] | CategoryCounts;
  };

export interface FeatureDriftResult {
  name: string;
  type: FeatureType;
  method: DriftMethod;
  /** Null when the verdict is insufficient data. */
  statistic: number | null;
  /** Null for distance methods and insufficient data. */
  p_value: number | null;
  /** The alpha after correction (p-value methods) or the distance threshold. */
  threshold: number;
  status: 'drift' | 'no_drift' | 'insufficient_data';
  drift_detected: boolean | null;
  n_reference: number;
  n_current: number;
}

/** The `oci-mlops drift --json` document. */
export interface DriftReport {
  features: FeatureDriftResult[];
  /** Share of drifted features among those with a verdict, 0..1; null when none has one. */
  drift_score: number | null;
  dataset_drift: boolean;
}

