export interface PeakMemoryGaugeOptions {
  /**
   * Least time between two reads by `sampleIfDue`, ms: reading the resident set size costs a
   * /proc read (about 15 µs), so invocations only test a flag that a timer sets this often.
   * @default 1000
   */
  readonly sampleEveryMs?: number;
  /** Reads the resident set size in bytes. @default process.memoryUsage.rss */
  readonly readRssBytes?: () => number;
}

const BYTES_PER_MB = 1024 * 1024;

/**
 * The peak resident set size of this process between two posts, for the `FunctionMemoryUsedMb`
 * custom metric. `sampleIfDue()` goes at the end of each invocation and costs a flag test unless
 * `sampleEveryMs` has passed since the last read (the timer starts at the first call, is unref'd,
 * and does not run while Functions freezes an idle container); `takePeakMb()` reads once more and
 * returns the maximum seen since the previous take.
 *
 * @example
 * const gauge = new PeakMemoryGauge();
 * gauge.sampleIfDue();     // after each invocation
 * gauge.takePeakMb();      // 212.4, at each post
 */
export class PeakMemoryGauge {
  private peakBytes = 0;
  private due = true;
  private timer: NodeJS.Timeout | undefined;
  private readonly sampleEveryMs: number;
  private readonly readRssBytes: () => number;

  /** @throws Error naming PeakMemoryGauge when sampleEveryMs is not a positive number */
  constructor(options: PeakMemoryGaugeOptions = {}) {
    this.sampleEveryMs = options.sampleEveryMs ?? 1000;
    if (!(this.sampleEveryMs > 0)) throw new Error(`PeakMemoryGauge: sampleEveryMs must be a positive number of ms, got ${this.sampleEveryMs}`);
    this.readRssBytes = options.readRssBytes ?? (() => process.memoryUsage.rss());
  }

  /** Reads the resident set size when a read is due (at most once per `sampleEveryMs`). */
  sampleIfDue(): void {
    if (!this.due) return;
    this.due = false;
    this.sample();
    if (!this.timer) {
      this.timer = setInterval(() => { this.due = true; }, this.sampleEveryMs);
      this.timer.unref();
    }
  }

  /** Reads the resident set size now. */
  sample(): void {
    const rss = this.readRssBytes();
    if (rss > this.peakBytes) this.peakBytes = rss;
  }

  /** The peak since the previous take (read once more now), MB to 0.1; the next interval starts empty. */
  takePeakMb(): number {
    this.sample();
    const mb = Math.round((this.peakBytes / BYTES_PER_MB) * 10) / 10;
    this.peakBytes = 0;
    return mb;
  }

  /** Stops the timer. */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** What a publisher needs to post `FunctionMemoryUsedMb`: the gauge and the function's dimensions. */
export interface FunctionMemorySource {
  readonly gauge: Pick<PeakMemoryGauge, 'takePeakMb'>;
  /** From `functionMemoryDimensions`. */
  readonly dimensions: Readonly<Record<string, string>>;
}
