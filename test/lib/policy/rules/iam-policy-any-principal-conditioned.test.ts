import { IdentityPolicy } from '../../../../.gen/providers/oci/identity-policy';
import { iamPolicyAnyPrincipalConditioned } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, identityPolicy as policy, newStack, ruleNotes, tokenString } from '../support';

describe('iamPolicyAnyPrincipalConditioned (MLOPS-10)', () => {
  test('passes any-user and any-group narrowed by a condition, and named groups without one', () => {
    const { stack, policy: p } = policy([
      `Allow any-user to use functions-family in compartment id ${COMPARTMENT} where all {request.principal.type = 'ApiGateway', request.principal.compartment.id = '${COMPARTMENT}'}`,
      "Allow any-group to read objects in compartment mlops where target.bucket.name = 'models'",
      'Allow group MlopsAdmins to manage data-science-family in compartment mlops',
    ]);
    expect(iamPolicyAnyPrincipalConditioned(p)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-10')).toEqual([]);
  });

  test('fails a grant to any-user without a where condition', () => {
    const { stack, policy: p } = policy(['Allow any-user to read objects in compartment mlops']);
    expect(iamPolicyAnyPrincipalConditioned(p)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-10')).toEqual([expectedNote('MLOPS-10', p)]);
  });

  test.each([
    ['any-group with permissions', 'Allow any-group to {OBJECT_READ} in tenancy'],
    ['any-user of another tenancy (Admit)', 'Admit any-user of tenancy Partner to read objects in compartment mlops'],
    ['any-user to manage all-resources', 'allow ANY-USER to manage all-resources in tenancy'],
  ])('fails %s', (_name, statement) => {
    expect(iamPolicyAnyPrincipalConditioned(policy([statement]).policy)).toBe('NON_COMPLIANT');
  });

  test('is not applicable when the statement list or a statement is a token', () => {
    const stack = newStack();
    const list = new IdentityPolicy(stack, 'List', { compartmentId: COMPARTMENT, name: 'a', description: 'a', statements: new IdentityPolicy(stack, 'Other', { compartmentId: COMPARTMENT, name: 'b', description: 'b', statements: ['Allow group A to read objects in tenancy'] }).statements });
    const one = new IdentityPolicy(stack, 'One', { compartmentId: COMPARTMENT, name: 'c', description: 'c', statements: [tokenString(stack)] });
    expect([list, one].map(iamPolicyAnyPrincipalConditioned)).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']);
  });
});
