import { normalisedWassersteinDistance } from '../../../../runtime/monitor/stats/normalised-wasserstein-distance';

describe('normalisedWassersteinDistance', () => {
  test('divides by the reference population standard deviation as in its example', () => {
    expect(normalisedWassersteinDistance([0, 2], [1, 3])).toBe(1);
  });
  test('fails on a constant reference', () => {
    expect(() => normalisedWassersteinDistance([2, 2], [1, 3])).toThrow(/normalisedWassersteinDistance: the reference has standard deviation 0/);
  });
});
