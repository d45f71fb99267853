import { functionMemoryDimensions } from '../../../runtime/oci/function-memory-dimensions';
import { PeakMemoryGauge } from '../../../runtime/oci/peak-memory-gauge';

const MB = 1024 * 1024;

describe('PeakMemoryGauge', () => {
  afterEach(() => jest.useRealTimers());

  test('reads the resident set size at most once per interval and gives the peak since the last take (@example)', () => {
    jest.useFakeTimers();
    const rss = [200 * MB, 900 * MB, 300 * MB, 250 * MB];
    let reads = 0;
    const gauge = new PeakMemoryGauge({ sampleEveryMs: 1000, readRssBytes: () => rss[reads++]! });
    gauge.sampleIfDue();
    gauge.sampleIfDue(); // not due: a flag test, no read
    expect(reads).toBe(1);
    jest.advanceTimersByTime(1000);
    gauge.sampleIfDue(); // 900 MB
    expect(gauge.takePeakMb()).toBe(900); // reads 300 MB once more
    expect(gauge.takePeakMb()).toBe(250); // the next interval starts empty
    expect(reads).toBe(4);
    gauge.close();
  });

  test('rounds to 0.1 MB', () => {
    expect(new PeakMemoryGauge({ readRssBytes: () => 212.44 * MB }).takePeakMb()).toBe(212.4);
  });

  test('fails if sampleEveryMs is not positive', () => {
    expect(() => new PeakMemoryGauge({ sampleEveryMs: 0 })).toThrow('PeakMemoryGauge: sampleEveryMs must be a positive number of ms, got 0');
  });
});

describe('functionMemoryDimensions', () => {
  test.each([
    [{ FN_FN_NAME: 'fraud-scorer', FN_FN_ID: 'ocid1.fnfunc.oc1..aaaa' }, { resourceDisplayName: 'fraud-scorer', resourceId: 'ocid1.fnfunc.oc1..aaaa' }],
    [{ FN_FN_NAME: 'fraud-scorer' }, { resourceDisplayName: 'fraud-scorer' }],
    [{ FN_FN_ID: 'ocid1.fnfunc.oc1..aaaa' }, undefined],
    [{}, undefined],
  ])('%j -> %j', (env, dimensions) => {
    expect(functionMemoryDimensions(env)).toEqual(dimensions);
  });
});
