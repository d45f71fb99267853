/** A flush that runs on a timer and on demand, one at a time. */
export interface PeriodicFlush {
  /** Runs `send` now, or joins the run in progress. */
  flush(): Promise<void>;
  /** Stops the timer, waits for a run in progress, then runs a last one. */
  close(): Promise<void>;
}

/**
 * Runs `send` every `intervalMs` (the timer does not keep the process alive) and on `flush()`, never
 * two at once: a flush asked for while one runs joins it. Shared by the asynchronous sinks so their
 * deliveries stay off the request path and never overlap.
 *
 * @param send delivers what is buffered; must not throw (sinks count their own failures)
 * @param intervalMs time between runs, ms
 * @returns `flush` and `close`
 * @example
 * const periodic = startPeriodicFlush(async () => { await post(buffer.splice(0)); }, 1000);
 * await periodic.close();
 */
export function startPeriodicFlush(send: () => Promise<void>, intervalMs: number): PeriodicFlush {
  let inFlight: Promise<void> | undefined;
  const flush = (): Promise<void> => {
    if (!inFlight) inFlight = send().finally(() => { inFlight = undefined; });
    return inFlight;
  };
  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();
  return {
    flush,
    async close() {
      clearInterval(timer);
      await inFlight;
      await flush();
    },
  };
}
