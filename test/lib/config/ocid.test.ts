import { isOcid } from '../../../lib/config';

describe('isOcid', () => {
  test.each([
    ['ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla', ['compartment'], true],
    ['ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a', ['compartment', 'tenancy'], true],
    ['ocid1.vcn.oc1.eu-frankfurt-1.amaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6n', ['vcn'], true],
    ['ocid1.vcn.oc1.eu-frankfurt-1.amaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6n', ['subnet'], false],
    ['ocid1.compartment.oc1..short', ['compartment'], false],
    ['compartment', ['compartment'], false],
  ] as const)('%s of %j: %s', (value, types, expected) => {
    expect(isOcid(value, types)).toBe(expected);
  });
});
