import * as common from 'oci-common';

export interface OciClientOptions {
  /**
   * Attempts per operation, first try included. Retried: 429, 5xx and network errors (no status).
   * @default 4
   */
  readonly maxAttempts?: number;
  /**
   * Upper bound of one backoff delay between attempts, in seconds (exponential growth with jitter).
   * @default 8
   */
  readonly maxDelaySec?: number;
}

/** True for the answers worth another attempt: throttling, server errors and network failures. */
export function isRetryableOciError(err: { statusCode?: number }): boolean {
  const status = err.statusCode;
  return status === undefined || Number.isNaN(status) || status === -1 || status === 429 || status >= 500;
}

/**
 * The client configuration every runtime adapter passes to an OCI service client.
 *
 * Why not the SDK defaults: the SDK wraps every client in a process-wide circuit breaker that, once
 * opened by a burst of failures, fails unrelated later calls fast for 30 s, and its default retry
 * condition does not retry every 429; our adapters bound their own retries and buffer what they
 * could not send, so the breaker is turned off and the retry policy is explicit.
 */
export function ociClientConfiguration(opts: OciClientOptions = {}): common.ClientConfiguration {
  const maxAttempts = opts.maxAttempts ?? 4;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`ociClientConfiguration: maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  return {
    circuitBreaker: new common.CircuitBreaker({ enabled: false }),
    retryConfiguration: {
      terminationStrategy: new common.MaxAttemptsTerminationStrategy(maxAttempts),
      delayStrategy: new common.ExponentialBackoffDelayStrategy(opts.maxDelaySec ?? 8),
      retryCondition: isRetryableOciError,
    },
  };
}
