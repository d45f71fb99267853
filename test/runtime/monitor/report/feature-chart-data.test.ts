import { featureChartData } from '../../../../runtime/monitor/report/feature-chart-data';

describe('featureChartData', () => {
  test('bins both numerical samples over their joint range as in its example', () => {
    expect(featureChartData({ name: 'x', type: 'numerical', reference: [0, 1], current: [1, 1] }, 2)).toEqual({ kind: 'numerical', edges: [0, 0.5, 1], reference: [0.5, 0.5], current: [0, 1] });
  });
  test('keeps the most frequent categories and pools the rest', () => {
    const d = featureChartData({ name: 'c', type: 'categorical', reference: ['a', 'a', 'b', 'c'], current: ['a', 'd'] }, 4, 2);
    expect(d).toEqual({ kind: 'categorical', categories: ['a', 'b', 'other'], reference: [0.5, 0.25, 0.25], current: [0.5, 0, 0.5] });
  });
  test('fails on bad bin or category counts', () => {
    expect(() => featureChartData({ name: 'x', type: 'numerical', reference: [1], current: [1] }, 0)).toThrow(/featureChartData: bins must be an integer >= 1, got 0/);
    expect(() => featureChartData({ name: 'x', type: 'numerical', reference: [1], current: [1] }, 2, 0)).toThrow(/maxCategories must be an integer >= 1, got 0/);
  });
});
