import { jensenShannonDistance } from '../../../../runtime/monitor/stats/jensen-shannon-distance';

describe('jensenShannonDistance', () => {
  test('reaches sqrt(ln 2) for disjoint distributions as in its example', () => {
    expect(jensenShannonDistance([1, 0], [0, 1])).toBe(0.8325546111576977);
  });
  test('is 0 for proportional weights', () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBe(0);
  });
  test('fails on mismatched lengths, negative weights or an all-zero side', () => {
    expect(() => jensenShannonDistance([1], [1, 2])).toThrow(/same, non-zero length, got 1 and 2/);
    expect(() => jensenShannonDistance([1, -1], [1, 2])).toThrow(/p\[1\] must be a finite weight >= 0, got -1/);
    expect(() => jensenShannonDistance([0, 0], [1, 2])).toThrow(/p has no weight/);
  });
});
