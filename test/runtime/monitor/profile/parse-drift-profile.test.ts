import { parseDriftProfile } from '../../../../runtime/monitor/profile/parse-drift-profile';

describe('parseDriftProfile', () => {
  test('accepts an empty profile as in its example', () => {
    expect(parseDriftProfile({ format: 'oci-mlops.drift-profile/v1', rows: 0, features: {} }, 'p.json')).toEqual({ format: 'oci-mlops.drift-profile/v1', rows: 0, features: {} });
  });
  test('fails listing every issue with the source', () => {
    expect(() => parseDriftProfile({ format: 'v0', rows: -1, features: {} }, 'oci://b@n/p.json')).toThrow(/parseDriftProfile: oci:\/\/b@n\/p.json is not a drift profile: format: .*; rows: /);
  });
});
