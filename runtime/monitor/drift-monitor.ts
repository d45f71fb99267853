import { type FunctionMemorySource } from '../oci/peak-memory-gauge';
import { FUNCTION_MEMORY_METRIC } from '../contract/metrics';
import { type DriftSettings } from './drift-settings';
import { type MetricPublisher, type PublisherStats } from './adapters/metric-publisher';
import { type ProfileLocation } from './adapters/profile-store';
import { type MonitorConfig } from './monitor-config';
import { type DriftProfile } from './profile/drift-profile-schema';
import { type ClosedWindow, ModelWindows } from './stream/model-windows';
import { parseConnectorBatch } from './stream/parse-connector-batch';
import { windowMetrics } from './stream/window-metrics';

export interface DriftMonitorDeps {
  readonly config: MonitorConfig;
  readonly publisher: MetricPublisher;
  readonly loadProfile: (location: ProfileLocation) => Promise<DriftProfile>;
  readonly now?: () => Date;
  /** Where problems are reported (stderr in the function, collected in tests). */
  readonly log?: (message: string) => void;
  /**
   * Posts the function's peak memory (`FunctionMemoryUsedMb`, read at the end of each batch) with
   * these dimensions; a `PeakMemoryGauge` fits `gauge`.
   * @default - no memory metric (outside OCI Functions)
   */
  readonly memory?: FunctionMemorySource;
}

/** What one batch did. */
export interface MonitorBatchResult {
  readonly records: number;
  readonly rejected: number;
  /** Records of models with no settings (and no defaults). */
  readonly unconfigured: number;
  readonly windowsEvaluated: number;
  /** Windows that could not be evaluated (profile unreadable, report error); logged. */
  readonly windowsFailed: number;
  readonly buffered: number;
  readonly publisher: PublisherStats;
}

/**
 * The monitor function's logic: decode a Service Connector Hub batch, add the records to the
 * per-model windows, evaluate the windows that closed (full, expired or evicted) against each
 * model's reference profile, queue the drift datapoints (and, in OCI Functions, the function's peak
 * memory) and flush them to OCI Monitoring. State
 * (open windows, buffered datapoints, cached profiles) lives as long as the function container,
 * bounded by the configuration's limits.
 *
 * @example
 * const monitor = new DriftMonitor({ config, publisher, loadProfile: (l) => store.load(l) });
 * await monitor.handleBatch(body); // { records: 100, windowsEvaluated: 1, ... }
 */
export class DriftMonitor {
  private readonly windows: ModelWindows;
  private readonly now: () => Date;
  private readonly log: (message: string) => void;

  constructor(private readonly deps: DriftMonitorDeps) {
    this.now = deps.now ?? (() => new Date());
    this.log = deps.log ?? ((m) => console.error(m));
    this.windows = new ModelWindows({
      windowFor: (id) => this.settingsFor(id)?.window ?? { maxRecords: 1000, maxAgeSec: 900 },
      maxModels: deps.config.maxModels,
      maxFeatures: deps.config.maxFeatures,
    });
  }

  /** Open windows and values held (memory accounting). */
  get openWindows(): { windows: number; values: number } {
    return this.windows.size;
  }

  /**
   * Processes one batch (the function's input body).
   * @throws Error naming `parseConnectorBatch` when the body is not a JSON array (nothing is processed)
   */
  async handleBatch(body: unknown): Promise<MonitorBatchResult> {
    const now = this.now();
    const parsed = parseConnectorBatch(body, now);
    for (const r of parsed.rejected.slice(0, 5)) this.log(`monitor: message ${r.index}${r.offset !== undefined ? ` (offset ${r.offset})` : ''} rejected: ${r.reason}`);
    let unconfigured = 0;
    const closed: ClosedWindow[] = [];
    for (const { record, time } of parsed.records) {
      if (!this.settingsFor(record.model_id)) {
        unconfigured++;
        continue;
      }
      closed.push(...this.windows.add(record, time));
    }
    closed.push(...this.windows.closeExpired(now));
    let evaluated = 0;
    let failed = 0;
    for (const w of closed) {
      try {
        const settings = this.settingsFor(w.modelId)!;
        const location = this.profileLocation(w.modelId, settings);
        const profile = await this.deps.loadProfile(location);
        const { data } = windowMetrics(w, profile, settings);
        this.deps.publisher.enqueue(data);
        evaluated++;
      } catch (err) {
        failed++;
        this.log(`monitor: window of model "${w.modelId}" (${w.records} records, ${w.reason}) not evaluated: ${(err as Error).message}`);
      }
    }
    const memory = this.deps.memory;
    if (memory) this.deps.publisher.enqueue([{ name: FUNCTION_MEMORY_METRIC.name, dimensions: memory.dimensions, value: memory.gauge.takePeakMb(), timestamp: now }]);
    const stats = await this.deps.publisher.flush();
    return {
      records: parsed.records.length,
      rejected: parsed.rejected.length,
      unconfigured,
      windowsEvaluated: evaluated,
      windowsFailed: failed,
      buffered: this.deps.publisher.buffered,
      publisher: stats,
    };
  }

  private settingsFor(modelId: string): DriftSettings | undefined {
    return this.deps.config.models[modelId] ?? this.deps.config.defaults;
  }

  private profileLocation(modelId: string, settings: DriftSettings): ProfileLocation {
    const ref = settings.referenceProfile;
    if (!ref) throw new Error('its drift settings name no referenceProfile');
    return { ...ref, object: ref.object.replaceAll('{model_id}', modelId) };
  }
}
