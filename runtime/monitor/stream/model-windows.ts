import { type PredictionLogRecord } from './prediction-log-record';

/** A closed window of one model's records, ready for evaluation. */
export interface ClosedWindow {
  readonly modelId: string;
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly records: number;
  /** Feature name to its values in arrival order (null for missing). */
  readonly columns: ReadonlyMap<string, readonly (number | string | boolean | null)[]>;
  readonly confidences: readonly number[];
  readonly reason: 'full' | 'expired' | 'evicted';
}

export interface ModelWindowsOptions {
  /** Window bounds per model (from its drift settings). */
  readonly windowFor: (modelId: string) => { readonly maxRecords: number; readonly maxAgeSec: number };
  /**
   * Models with an open window at once; the least recently fed is closed (and evaluated) first.
   * @default 100
   */
  readonly maxModels?: number;
  /**
   * Features kept per record; more are ignored and counted in `ignoredFeatures`.
   * @default 200
   */
  readonly maxFeatures?: number;
}

interface OpenWindow {
  modelId: string;
  startedAt: Date;
  endedAt: Date;
  records: number;
  columns: Map<string, (number | string | boolean | null)[]>;
  confidences: number[];
  maxRecords: number;
  maxAgeMs: number;
}

/**
 * Bounded tumbling windows of prediction-log records per model: a window closes when it holds
 * `maxRecords` records or its first record is `maxAgeSec` old; at most `maxModels` windows are
 * open, so memory is bounded by maxModels × maxRecords × maxFeatures values however long the
 * stream runs.
 *
 * @example
 * const w = new ModelWindows({ windowFor: () => ({ maxRecords: 2, maxAgeSec: 60 }) });
 * w.add({ model_id: 'm', features: { x: 1 } }, new Date()); // []
 * w.add({ model_id: 'm', features: { x: 2 } }, new Date()); // [{ modelId: 'm', records: 2, reason: 'full', ... }]
 */
export class ModelWindows {
  private readonly open = new Map<string, OpenWindow>();
  private readonly maxModels: number;
  private readonly maxFeatures: number;
  /** Feature values dropped because a record had more than `maxFeatures` features. */
  ignoredFeatures = 0;

  /** @throws Error naming `ModelWindows` when maxModels or maxFeatures is not a positive integer */
  constructor(private readonly options: ModelWindowsOptions) {
    this.maxModels = options.maxModels ?? 100;
    this.maxFeatures = options.maxFeatures ?? 200;
    for (const [name, v] of [['maxModels', this.maxModels], ['maxFeatures', this.maxFeatures]] as const) {
      if (!Number.isInteger(v) || v < 1) throw new Error(`ModelWindows: ${name} must be an integer >= 1, got ${v}`);
    }
  }

  /** Open windows and the values they hold (for memory accounting). */
  get size(): { windows: number; values: number } {
    let values = 0;
    for (const w of this.open.values()) for (const c of w.columns.values()) values += c.length;
    return { windows: this.open.size, values };
  }

  /**
   * Adds a record; returns the windows this closed (the model's own when full, another model's
   * when it had to be evicted to respect `maxModels`).
   */
  add(record: PredictionLogRecord, time: Date): ClosedWindow[] {
    const closed: ClosedWindow[] = [];
    let w = this.open.get(record.model_id);
    if (w) {
      // Re-insert: Map order is the least-recently-fed order used for eviction.
      this.open.delete(record.model_id);
      this.open.set(record.model_id, w);
    } else {
      if (this.open.size >= this.maxModels) {
        const [oldest] = this.open.keys();
        closed.push(this.close(oldest!, 'evicted'));
      }
      const bounds = this.options.windowFor(record.model_id);
      w = {
        modelId: record.model_id,
        startedAt: time,
        endedAt: time,
        records: 0,
        columns: new Map(),
        confidences: [],
        maxRecords: bounds.maxRecords,
        maxAgeMs: bounds.maxAgeSec * 1000,
      };
      this.open.set(record.model_id, w);
    }
    for (const [name, value] of Object.entries(record.features)) {
      let col = w.columns.get(name);
      if (!col) {
        if (w.columns.size >= this.maxFeatures) {
          this.ignoredFeatures++;
          continue;
        }
        col = new Array<number | string | boolean | null>(w.records).fill(null);
        w.columns.set(name, col);
      }
      col.push(value);
    }
    w.records++;
    for (const col of w.columns.values()) if (col.length < w.records) col.push(null);
    if (typeof record.confidence === 'number') w.confidences.push(record.confidence);
    if (time > w.endedAt) w.endedAt = time;
    if (w.records >= w.maxRecords) closed.push(this.close(record.model_id, 'full'));
    return closed;
  }

  /** Closes the windows whose first record is at least their `maxAgeSec` old at `now`. */
  closeExpired(now: Date): ClosedWindow[] {
    const closed: ClosedWindow[] = [];
    for (const [id, w] of [...this.open]) if (now.getTime() - w.startedAt.getTime() >= w.maxAgeMs) closed.push(this.close(id, 'expired'));
    return closed;
  }

  private close(modelId: string, reason: ClosedWindow['reason']): ClosedWindow {
    const w = this.open.get(modelId)!;
    this.open.delete(modelId);
    return { modelId, startedAt: w.startedAt, endedAt: w.endedAt, records: w.records, columns: w.columns, confidences: w.confidences, reason };
  }
}
