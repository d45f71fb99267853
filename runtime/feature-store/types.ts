import { type FeatureGroupDefinition } from './feature-group-schema';

/** A feature value as the runtime hands it out: int64 and float64 as number, bool as boolean, null when absent. */
export type FeatureValue = number | string | boolean | null;

/** One version of a feature group as the registry stores it. */
export interface RegisteredFeatureGroup {
  readonly definition: FeatureGroupDefinition;
  /** 1 for the first registration, +1 each time the definition changes. */
  readonly version: number;
  /** SHA-256 of the canonical definition (keys sorted): equal definitions have equal fingerprints. */
  readonly fingerprint: string;
  /** When this version was registered, ISO 8601 UTC. */
  readonly registeredAt: string;
}

/**
 * Validated rows of one feature group, column by column, with at most one row per (entity, event time).
 * Entity key values are strings in every store; event times are epoch microseconds.
 */
export interface FeatureBatch {
  readonly length: number;
  /** `keys[k][row]`: the value of the group's k-th entity key column. */
  readonly keys: readonly (readonly string[])[];
  readonly eventTimeUs: readonly number[];
  /** `features[f][row]`, f in the order of the group definition's features. */
  readonly features: readonly (readonly FeatureValue[])[];
}

/** Where feature group definitions and their versions are kept. */
export interface FeatureRegistry {
  /**
   * Stores `definition` as the group's next version unless the latest version has the same
   * fingerprint, atomically.
   */
  saveVersion(definition: FeatureGroupDefinition, fingerprint: string): Promise<{ group: RegisteredFeatureGroup; created: boolean }>;
  /** The latest version of the group, or undefined if it was never registered. */
  latest(name: string): Promise<RegisteredFeatureGroup | undefined>;
  /** Every version of the group, oldest first. */
  versions(name: string): Promise<RegisteredFeatureGroup[]>;
}

/** What a write into the offline store did. */
export interface OfflineWriteResult {
  /** Rows written by this batch. */
  readonly written: number;
  /** Rows already stored with the same (entity, event time) that this batch replaced. */
  readonly overwritten: number;
  /** The batch's sequence number in this group (1, 2, ...): materialisation resumes after it. */
  readonly seq: number;
}

/** The entity side of a point-in-time join, column by column. */
export interface EntityColumns {
  readonly length: number;
  /** Names of the key columns, the union of the requested groups' entity keys. */
  readonly keyColumns: readonly string[];
  /** `keys[k][row]` for `keyColumns[k]`. */
  readonly keys: readonly (readonly string[])[];
  readonly eventTimeUs: readonly number[];
}

/** A point-in-time join of entity rows against one or more feature groups. */
export interface PointInTimeQuery {
  readonly entities: EntityColumns;
  readonly groups: readonly { readonly group: RegisteredFeatureGroup; readonly features: readonly string[] }[];
}

/** The offline (historical) store: every feature row ever ingested, one per (entity, event time). */
export interface OfflineStore {
  /** Creates the group's table, or adds the columns of features new in this version. */
  ensureGroup(group: RegisteredFeatureGroup): Promise<void>;
  /** Writes the batch in one transaction: replaced rows are counted, nothing is half-written. */
  writeBatch(group: RegisteredFeatureGroup, batch: FeatureBatch): Promise<OfflineWriteResult>;
  /**
   * For each entity row, the feature values of the latest row at or before its event time and within
   * the group's TTL (inclusive), per group; `values[column][row]` with the columns in query order
   * (group by group, feature by feature) and the rows in entity order.
   */
  pointInTimeJoin(query: PointInTimeQuery): Promise<FeatureValue[][]>;
  /**
   * The latest row per entity among the rows written by batches after `afterSeq`, and the highest
   * batch sequence number seen (`afterSeq` when nothing is new).
   */
  latestSince(group: RegisteredFeatureGroup, afterSeq: number): Promise<{ batch: FeatureBatch; maxSeq: number }>;
  close(): Promise<void>;
}

/** The online store: one row per entity and feature group with the latest values. */
export interface OnlineStore {
  ensureGroup(group: RegisteredFeatureGroup): Promise<void>;
  /**
   * Upserts the rows (one per entity) where they are at least as recent as the stored row, and
   * records `seq` as the group's watermark, in one transaction; with `replace` the group's rows are
   * first deleted. Returns the number of entity rows written.
   */
  writeLatest(group: RegisteredFeatureGroup, batch: FeatureBatch, seq: number, replace: boolean): Promise<number>;
  /** The offline batch sequence number materialised last (0 if never). */
  watermark(groupName: string): Promise<number>;
  /** Event time (null where the entity is unknown) and the requested features' values, by key tuple. */
  read(group: RegisteredFeatureGroup, features: readonly string[], keys: readonly (readonly string[])[]): Promise<{
    eventTimeUs: (number | null)[];
    values: FeatureValue[][];
  }>;
  close(): Promise<void>;
}

/** The three stores a feature store is made of. */
export interface FeatureStores {
  readonly registry: FeatureRegistry;
  readonly offline: OfflineStore;
  readonly online: OnlineStore;
}
