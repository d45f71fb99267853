import { IdentityPolicy } from '../../../../.gen/providers/oci/identity-policy';
import { iamPolicyNoTenancyWideManageAll } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, identityPolicy as policy, newStack, ruleNotes, tokenString } from '../support';

describe('iamPolicyNoTenancyWideManageAll (OCI-CIS-1.2)', () => {
  test("passes the Administrators group's statement, compartment-wide manage all-resources and read all-resources", () => {
    const { stack, policy: p } = policy([
      'Allow group Administrators to manage all-resources in tenancy',
      "allow group 'Default'/'Administrators' to MANAGE ALL-RESOURCES in TENANCY",
      'Allow group MlopsAdmins to manage all-resources in compartment mlops',
      'Allow group Auditors to read all-resources in tenancy',
    ]);
    expect(iamPolicyNoTenancyWideManageAll(p)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-1.2')).toEqual([]);
  });

  test('fails another group managing all-resources in the tenancy, also with a condition', () => {
    const { stack, policy: p } = policy(["Allow group MlopsAdmins to manage all-resources in tenancy where request.region = 'fra'"]);
    expect(iamPolicyNoTenancyWideManageAll(p)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-1.2')).toEqual([expectedNote('OCI-CIS-1.2', p)]);
  });

  test.each([
    ['a group list beside Administrators', 'Allow group Administrators, Ops to manage all-resources in tenancy'],
    ['Administrators of another identity domain', "Allow group 'Partners'/'Administrators' to manage all-resources in tenancy"],
    ['a dynamic group', 'Allow dynamic-group mlops-fn-dg to manage all-resources in tenancy'],
    ['any-group', 'Allow any-group to manage all-resources in tenancy'],
    ['a group of another tenancy (Admit)', 'Admit group Administrators of tenancy Partner to manage all-resources in tenancy'],
  ])('fails %s', (_name, statement) => {
    expect(iamPolicyNoTenancyWideManageAll(policy([statement]).policy)).toBe('NON_COMPLIANT');
  });

  test('is not applicable when the group is given by OCID or as a token, or a statement cannot be read', () => {
    const stack = newStack();
    const check = (statements: string[], id: string) => iamPolicyNoTenancyWideManageAll(new IdentityPolicy(stack, id, { compartmentId: COMPARTMENT, name: id, description: id, statements }));
    expect(check(['Allow group id ocid1.group.oc1..aaaaaaaaexampleexampleexample to manage all-resources in tenancy'], 'ById')).toBe('NOT_APPLICABLE');
    expect(check([`Allow group ${tokenString(stack, 'Group')} to manage all-resources in tenancy`], 'ByToken')).toBe('NOT_APPLICABLE');
    expect(check([tokenString(stack, 'Statement')], 'Whole')).toBe('NOT_APPLICABLE');
    expect(check([tokenString(stack, 'Other'), 'Allow group Ops to manage all-resources in tenancy'], 'Mixed')).toBe('NON_COMPLIANT');
  });
});
