import { z } from 'zod';

/**
 * The thresholds of the automated canary gate, as a team file states them (the team-config schema
 * imports this schema). The gate compares the canary's metrics over the step's window with them.
 *
 * @example
 * CanaryThresholdsSchema.parse({ maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3 });
 * // { maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3, minRequests: 100, windowMinutes: 10 }
 */
export const CanaryThresholdsSchema = z
  .object({
    /** Highest share of failed requests (5xx, model not ready) of the canary, 0..1. */
    maxErrorRate: z.number().min(0, 'must be within 0..1').max(1, 'must be within 0..1'),
    /** Highest p95 latency of the canary's handler, milliseconds, > 0. */
    maxP95LatencyMs: z.number().positive('must be greater than 0 ms'),
    /** Highest model-level drift score of the canary (share of drifted features), 0..1. */
    maxDriftScore: z.number().min(0, 'must be within 0..1').max(1, 'must be within 0..1'),
    /** Fewest canary requests in the window for a decision; fewer holds the rollout and fails the stage. */
    minRequests: z.number().int('must be a whole number').min(1, 'must be at least 1').default(100),
    /** The step's observation window, whole minutes 1..60 (an MQL interval). */
    windowMinutes: z.number().int('must be a whole number').min(1, 'must be 1-60 minutes').max(60, 'must be 1-60 minutes').default(10),
  })
  .strict();

/** Canary thresholds after parsing (defaults filled in). */
export type CanaryThresholds = z.output<typeof CanaryThresholdsSchema>;
/** Canary thresholds as written in a team file. */
export type CanaryThresholdsInput = z.input<typeof CanaryThresholdsSchema>;
