import { entityKeyText } from '../../../runtime/feature-store/entity-key-text';

describe('entityKeyText', () => {
  test.each([
    [42, '42'],
    ['d1', 'd1'],
    [-7, '-7'],
  ])('keeps %p as %p', (input, expected) => {
    expect(entityKeyText(input)).toBe(expected);
  });

  test.each([[''], [1.5], [null], [undefined], [true], [2 ** 60]])('fails to make a key of %p (undefined)', (input) => {
    expect(entityKeyText(input)).toBeUndefined();
  });
});
