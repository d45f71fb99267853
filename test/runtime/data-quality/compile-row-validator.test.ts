import { compileRowValidator } from '../../../runtime/data-quality/compile-row-validator';
import { DataQualitySuiteSchema } from '../../../runtime/data-quality/suite-schema';

const suite = (columns: object) => DataQualitySuiteSchema.parse({ name: 's', columns });

describe('compileRowValidator', () => {
  const v = compileRowValidator(
    suite({ age: { type: 'integer', min: 0, max: 120 }, band: { allowedValues: [1, 2, 3] }, code: { allowedValues: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, note: { regex: 'x' }, income: { maxNullFraction: 0.1, unique: true } }),
    ['age', 'income', 'band', 'code'],
  );

  test('counts the violations of a row-major batch (@example)', () => {
    const ex = compileRowValidator(suite({ age: { min: 0, max: 120 } }), ['age', 'income']);
    expect(ex.count(Float64Array.of(-1, 5, 30, 7), 2)).toBe(1);
    expect(ex.list(Float64Array.of(-1, 5, 30, 7), 2, 10)).toEqual([{ row: 0, index: 0, feature: 'age', check: 'min', bound: 0, value: -1 }]);
  });

  test.each([
    ['a valid row', [30, 1000, 2, 10], []],
    ['below min', [-1, 1000, 2, 10], [['age', 'min', 0]]],
    ['above max', [121, 1000, 2, 10], [['age', 'max', 120]]],
    ['not an integer', [30.5, 1000, 2, 10], [['age', 'type', 'integer']]],
    ['not allowed (inline comparisons)', [30, 1000, 4, 10], [['band', 'allowedValues', [1, 2, 3]]]],
    ['not allowed (set lookup above 8 values)', [30, 1000, 2, 11], [['code', 'allowedValues', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]],
    ['several at once', [200.5, 1000, 9, 0], [['age', 'type', 'integer'], ['age', 'max', 120], ['band', 'allowedValues', [1, 2, 3]], ['code', 'allowedValues', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]],
  ])('%s', (_name, row, expected) => {
    const data = Float64Array.from([30, 1, 1, 1, ...row]);
    expect(v.count(data, 2)).toBe(expected.length);
    expect(v.list(data, 2, 100).map((x) => [x.feature, x.check, x.bound])).toEqual(expected);
    expect(v.list(data, 2, 100).every((x) => x.row === 1)).toBe(true);
  });

  test('leaves table checks and columns that are not features out', () => {
    expect(v.checks).toEqual(['age.type', 'age.min', 'age.max', 'band.allowedValues', 'code.allowedValues']);
  });

  test('compares float32 batches with the bounds rounded to float32, as the model sees them', () => {
    const f = compileRowValidator(suite({ x: { min: 0.1, max: 0.3, allowedValues: [0.1, 0.2, 0.3] } }), ['x']);
    expect(f.count(Float32Array.of(0.1, 0.2, 0.3), 3)).toBe(0);
    expect(f.count(Float64Array.of(0.1, 0.2, 0.3), 3)).toBe(0);
    expect(f.count(Float32Array.of(0.09, 0.31), 2)).toBe(4);
  });

  test('stops listing at max', () => {
    expect(v.list(Float64Array.from([-1, 0, 9, 99, -1, 0, 9, 99]), 2, 3)).toHaveLength(3);
  });

  test.each([
    [{ x: { type: 'string' } }, 'feature "x": type string cannot apply to the numeric values a model receives'],
    [{ x: { regex: '^a' } }, 'feature "x": regex cannot apply'],
    [{ x: { maxLength: 3 } }, 'feature "x": maxLength cannot apply'],
    [{ x: { allowedValues: ['a'] } }, 'feature "x": allowedValues with text or boolean values cannot apply'],
  ])('fails on %j', (columns, message) => {
    expect(() => compileRowValidator(suite(columns), ['x'])).toThrow(`compileRowValidator: ${message}`);
  });
});
