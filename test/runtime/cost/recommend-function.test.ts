import { type HourlySeries } from '../../../runtime/cost/adapters/fetch-hourly-series';
import { monthlyExecutionSeconds } from '../../../runtime/cost/adapters/monthly-execution-seconds';
import { PRICE_TABLE, type PriceId } from '../../../runtime/cost/price-table';
import { recommendFunction, type FunctionUsage } from '../../../runtime/cost/recommend-function';
import { recommendFunctionMemory } from '../../../runtime/cost/recommend-function-memory';
import { DEFAULT_THRESHOLDS } from '../../../runtime/cost/resize-by-utilization';
import { summarizeUtilization } from '../../../runtime/cost/summarize-utilization';

const PRICES = new Map(PRICE_TABLE.map((p) => [p.id as PriceId, p]));
const GB_SECOND = PRICES.get('functions.execution')!.listPrice;
const HOURS = 14 * 24;
/** 14 days of hourly values from a generator (NaN: no datapoint). */
const window = (at: (hour: number) => number) => summarizeUtilization(Float64Array.from({ length: HOURS }, (_, h) => at(h)), { expectedPoints: HOURS });
const none = window(() => NaN);
/** Hourly peak memory between lo and hi MB, hitting hi once a day. */
const memoryBetween = (lo: number, hi: number) => window((h) => (h % 24 === 12 ? hi : lo + ((h * 7) % 10) * ((hi - lo) / 20)));
const usage = (over: Partial<FunctionUsage> = {}): FunctionUsage => ({
  concurrency: none, memoryUsed: none, invocations: window(() => 1000), duration: window(() => 100), executionSecondsPerMonth: 1_000_000, ...over,
});

describe('recommendFunction: memoryMib from the peak memory used', () => {
  test('scales down a function whose p99 peak is under 20% of its memory, saving the execution GB-seconds', () => {
    const rec = recommendFunction({ endpoint: 'scorer', memoryMib: 2048, provisionedConcurrency: 0 }, usage({ memoryUsed: memoryBetween(250, 330) }), DEFAULT_THRESHOLDS, PRICES);
    expect(rec).toMatchObject({ status: 'resize', changes: [{ field: 'memoryMib', from: 2048, to: 1024 }], evidence: { FunctionMemoryUsedMb: { status: 'ok', max: 330 } } });
    // 1 GB less for 1,000,000 execution seconds a month.
    expect(rec.monthlySaving).toBeCloseTo(1_000_000 * GB_SECOND, 2);
  });

  test('scales up a function whose p99 peak is over 80%, and prices provisioned units at the new size', () => {
    const rec = recommendFunction({ endpoint: 'monitor', memoryMib: 256, provisionedConcurrency: 1 }, usage({ memoryUsed: memoryBetween(215, 236), concurrency: window(() => 0.5) }), DEFAULT_THRESHOLDS, PRICES);
    expect(rec.changes).toEqual([{ field: 'memoryMib', from: 256, to: 512 }]);
    expect(rec.monthlySaving).toBeCloseTo(-(0.25 * (730 * 3600 + 1_000_000) * GB_SECOND), 2);
  });

  test('keeps a function whose p99 peak is inside the band', () => {
    const rec = recommendFunction({ endpoint: 'scorer', memoryMib: 512, provisionedConcurrency: 0 }, usage({ memoryUsed: memoryBetween(200, 260) }), DEFAULT_THRESHOLDS, PRICES);
    expect(rec).toMatchObject({ status: 'keep', changes: [], monthlySaving: 0 });
  });

  test('says "insufficient data" for memory with too few datapoints, and changes nothing', () => {
    const sparse = window((h) => (h % 24 < 8 ? 300 : NaN));
    const rec = recommendFunction({ endpoint: 'scorer', memoryMib: 2048, provisionedConcurrency: 0 }, usage({ memoryUsed: sparse }), DEFAULT_THRESHOLDS, PRICES);
    expect(rec).toMatchObject({ status: 'insufficient data', changes: [], monthlySaving: 0 });
    expect(rec.notes).toContain('memoryMib: insufficient data (112 of 336 datapoints (33%); need 70% and at least 24)');
  });

  test('with the memory metric missing, still resizes provisioned concurrency from its own metric', () => {
    const rec = recommendFunction({ endpoint: 'proxy', memoryMib: 256, provisionedConcurrency: 4 }, usage({ concurrency: window(() => 0.4) }), DEFAULT_THRESHOLDS, PRICES);
    expect(rec).toMatchObject({ status: 'resize', changes: [{ field: 'provisionedConcurrency', from: 4, to: 1 }], evidence: { FunctionMemoryUsedMb: { status: 'insufficient data', points: 0 } } });
    expect(rec.notes[0]).toMatch(/^memoryMib: insufficient data \(0 of 336 datapoints/);
    expect(rec.monthlySaving).toBeCloseTo(3 * 0.25 * 730 * 3600 * GB_SECOND, 2);
  });

  test('leaves execution time out of the saving when invocations have too few datapoints, and says so', () => {
    const rec = recommendFunction({ endpoint: 'scorer', memoryMib: 2048, provisionedConcurrency: 0 }, usage({ memoryUsed: memoryBetween(250, 330), invocations: none }), DEFAULT_THRESHOLDS, PRICES);
    expect(rec).toMatchObject({ status: 'resize', monthlySaving: 0 });
    expect(rec.notes).toContain('execution GB-seconds not in the saving: too few invocation or duration datapoints');
  });
});

describe('recommendFunctionMemory', () => {
  test.each([
    [2048, 310, 352, 1024, 'p99 15%: 620 MB puts it at 50% (@example)'],
    [3072, 300, 900, 2048, 'never below the maximum at 80%: 1125 MB, not 600'],
    [256, 232, 236, 512, 'p99 91%: 464 MB'],
    [128, 20, 24, 128, 'already the smallest size'],
    [1024, 900, 1000, 2048, 'p99 88%: 1800 MB'],
  ])('%i MB with p99 %i and max %i MB -> %i (%s)', (memoryMib, p99, max, to) => {
    expect(recommendFunctionMemory(memoryMib, { p99, max }, DEFAULT_THRESHOLDS)).toEqual({ memoryMib: to });
  });

  test('caps at the largest size OCI Functions offers and says the peaks need more', () => {
    expect(recommendFunctionMemory(2048, { p99: 2000, max: 2040 }, DEFAULT_THRESHOLDS)).toEqual({ memoryMib: 3072, note: 'memoryMib: the peaks need 4000 MB; 3072 MB is the largest size OCI Functions offers' });
  });

  test('fails if memoryMib is not positive', () => {
    expect(() => recommendFunctionMemory(0, { p99: 1, max: 1 }, DEFAULT_THRESHOLDS)).toThrow('recommendFunctionMemory: memoryMib must be a positive number of MB, got 0');
  });
});

describe('monthlyExecutionSeconds', () => {
  const series = (name: string, points: [number, number][]): HourlySeries => ({
    dimensions: { resourceDisplayName: name }, timestamps: Float64Array.from(points, (p) => p[0] * 3_600_000), values: Float64Array.from(points, (p) => p[1]),
  });

  test('sums invocations times mean duration per hour over the window, scaled to 730 hours', () => {
    const invocations = [series('scorer', [[1, 100], [2, 200]]), series('other', [[1, 1e6]])];
    const duration = [series('scorer', [[1, 50], [2, 100], [3, 999]])];
    // 100 x 0.05 s + 200 x 0.1 s = 25 s in 2 hours.
    expect(monthlyExecutionSeconds(invocations, duration, 'scorer', 2)).toBeCloseTo(25 * 365, 9);
  });

  test('fails if windowHours is not positive', () => {
    expect(() => monthlyExecutionSeconds([], [], 'scorer', 0)).toThrow('monthlyExecutionSeconds: windowHours must be positive, got 0');
  });
});
