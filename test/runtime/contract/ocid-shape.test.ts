import { ocidShape } from '../../../runtime/contract/ocid-shape';

describe('ocidShape', () => {
  test('matches an OCID of the type, with or without a region (the JSDoc example)', () => {
    expect(ocidShape('fnfunc').test('ocid1.fnfunc.oc1.eu-frankfurt-1.aaaa')).toBe(true);
    expect(ocidShape('tenancy').test('ocid1.tenancy.oc1..aaaa')).toBe(true);
    expect(ocidShape('compartment', 'tenancy').test('ocid1.compartment.oc1..aaaa')).toBe(true);
  });

  test.each([
    ['another resource type', 'ocid1.fnapp.oc1.eu-frankfurt-1.aaaa'],
    ['no unique id', 'ocid1.fnfunc.oc1.eu-frankfurt-1.'],
    ['upper case', 'ocid1.fnfunc.oc1.eu-frankfurt-1.AAAA'],
    ['trailing text', 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaa x'],
  ])('fails on %s', (_what, value) => {
    expect(ocidShape('fnfunc').test(value)).toBe(false);
  });
});
