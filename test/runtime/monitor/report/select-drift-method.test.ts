import { selectDriftMethod } from '../../../../runtime/monitor/report/select-drift-method';

describe('selectDriftMethod', () => {
  test.each([
    ['numerical', 5000, 'evidently', 'wasserstein'],
    ['numerical', 1000, 'evidently', 'ks'],
    ['categorical', 1000, 'evidently', 'chi2'],
    ['categorical', 1001, 'evidently', 'jensenshannon'],
    ['numerical', 1e6, 'hypothesis-tests', 'ks'],
    ['categorical', 10, 'hypothesis-tests', 'chi2'],
    ['numerical', 10, 'nannyml', 'jensenshannon'],
  ] as const)('picks for a %s feature with %d reference rows under %s: %s', (type, n, preset, method) => {
    expect(selectDriftMethod(type, n, preset)).toBe(method);
  });
  test('fails on an unknown type or preset', () => {
    expect(() => selectDriftMethod('text' as never, 1, 'evidently')).toThrow(/selectDriftMethod: type must be numerical or categorical, got text/);
    expect(() => selectDriftMethod('numerical', 1, 'whylogs' as never)).toThrow(/preset must be evidently, hypothesis-tests or nannyml, got whylogs/);
  });
});
