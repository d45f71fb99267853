import {
  AdmitStatement,
  DefineStatement,
  EndorseStatement,
  IamValidationError,
  PolicyCondition,
  PolicyLocation,
  PolicyStatement,
  PolicySubject,
  PolicyValue,
  parseAllowStatement,
  parsePolicyStatement,
  policyTagVariable,
  type PolicyStatementProps,
} from '../../../lib/iam';

const C = 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample';
const subject = PolicySubject.group('mlops-admins');
const location = PolicyLocation.compartmentId(C);
const base = { subject, location, verb: 'read', resource: 'objects' } as const;

/** Builds props that the type system would refuse, to check the runtime guard behind it. */
const untyped = (props: Record<string, unknown>) => props as unknown as PolicyStatementProps;

/*
 * One failing test per validation rule. Each checks the error class and that the message names the input,
 * shows the bad value and says what is allowed.
 */
describe('policy statement validation', () => {
  test("fails on 'manage all-resources' and says why and what to grant instead", () => {
    const build = () => new PolicyStatement({ ...base, verb: 'manage', resource: 'all-resources' });
    expect(build).toThrow(IamValidationError);
    expect(build).toThrow(/PolicyStatement refuses verb 'manage' with resource 'all-resources'.*can grant itself anything.*manage data-science-family.*read all-resources/);
  });

  test("fails on 'manage all-resources' in Endorse and Admit statements too", () => {
    expect(() => new EndorseStatement({ subject, verb: 'manage', resource: 'all-resources', location: PolicyLocation.anyTenancy() })).toThrow(/EndorseStatement refuses verb 'manage'/);
    expect(() => new AdmitStatement({ subject, tenancyAlias: 'Src', verb: 'manage', resource: 'all-resources', location })).toThrow(/AdmitStatement refuses verb 'manage'/);
    expect(() => parsePolicyStatement('allow group A to MANAGE ALL-RESOURCES in tenancy')).toThrow(/refuses verb 'manage' with resource 'all-resources'/);
  });

  test('fails on a group name with a space, and names the input, the value and the rule', () => {
    expect(() => PolicySubject.group('mlops admins')).toThrow(/PolicySubject.group name must be an OCI name of 1-100 characters: letters, digits.*no spaces; got "mlops admins"/);
  });

  test('fails on a group name longer than 100 characters', () => {
    expect(() => PolicySubject.group('g'.repeat(101))).toThrow(/PolicySubject.group name must be an OCI name of 1-100 characters/);
  });

  test('fails on a quoted group name holding a quote', () => {
    expect(() => PolicySubject.group("it's", { quoted: true })).toThrow(/no quote \('\), slash, comma or braces; got "it's"/);
  });

  test('fails on an identity domain name with characters OCI forbids', () => {
    expect(() => PolicySubject.group('admins', { identityDomain: 'Dom/ain' })).toThrow(/PolicySubject.group identityDomain must be an OCI name.*got "Dom\/ain"/);
  });

  test('fails on a dynamic group name with characters OCI forbids', () => {
    expect(() => PolicySubject.dynamicGroup('fn,dg')).toThrow(/PolicySubject.dynamicGroup name must be an OCI name.*got "fn,dg"/);
  });

  test('fails on a group OCID of another resource type', () => {
    expect(() => PolicySubject.groupId(C)).toThrow(/PolicySubject.groupId must be an OCID of type group .*got "ocid1.compartment/);
  });

  test('fails on a dynamic-group OCID of another resource type', () => {
    expect(() => PolicySubject.dynamicGroupId('ocid1.group.oc1..aaaaaaaaexampleexampleexample')).toThrow(/PolicySubject.dynamicGroupId must be an OCID of type dynamicgroup/);
  });

  test('fails on an unknown service principal and lists the known ones', () => {
    expect(() => PolicySubject.service('datasciense' as 'datascience')).toThrow(/PolicySubject.service must be a known OCI service principal \(blockstorage, .*datascience.*objectstorage-<region>.*got "datasciense"/);
  });

  test('fails on an Object Storage principal of an unknown region', () => {
    expect(() => PolicySubject.service('objectstorage-mars-1')).toThrow(/got "objectstorage-mars-1"/);
  });

  test('fails on an empty list of groups or services', () => {
    expect(() => PolicySubject.groups([])).toThrow(/PolicySubject.groups needs at least one entry; got \[\]/);
    expect(() => PolicySubject.services([])).toThrow(/PolicySubject.services needs at least one entry/);
  });

  test('fails on a compartment OCID of another resource type', () => {
    expect(() => PolicyLocation.compartmentId('ocid1.group.oc1..aaaaaaaaexampleexampleexample')).toThrow(
      /PolicyLocation.compartmentId must be an OCID of type compartment or tenancy .*got "ocid1.group/,
    );
  });

  test('fails on a compartment path with a space or an empty segment', () => {
    expect(() => PolicyLocation.compartmentName('mlops:team a')).toThrow(/PolicyLocation.compartmentName segment of "mlops:team a" must be an OCI name.*got "team a"/);
    expect(() => PolicyLocation.compartmentName('mlops::a')).toThrow(/segment of "mlops::a" must be an OCI name.*got ""/);
    expect(() => PolicyLocation.compartmentName('')).toThrow(/PolicyLocation.compartmentName needs a compartment name or A:B:C path; got ""/);
  });

  test('fails on a tenancy alias with characters OCI forbids', () => {
    expect(() => PolicyLocation.namedTenancy('Shared Models')).toThrow(/PolicyLocation.namedTenancy must be an OCI name.*got "Shared Models"/);
  });

  test('fails on a malformed policy variable', () => {
    expect(() => PolicyCondition.eq('bucket.name' as 'target.bucket.name', 'models')).toThrow(/PolicyCondition.eq variable must be a policy variable: request.<name> or target.<name>.*got "bucket.name"/);
    expect(() => PolicyCondition.eq('target..name' as 'target.bucket.name', 'models')).toThrow(/got "target..name"/);
  });

  test('fails on a tag variable whose namespace holds a space', () => {
    expect(() => policyTagVariable('target.resource', 'Cost Center', 'team')).toThrow(/policyTagVariable must be a policy variable.*got "target.resource.tag.Cost Center.team"/);
  });

  test('fails on a string value holding a single quote or a line break', () => {
    expect(() => PolicyCondition.eq('target.bucket.name', "o'brien")).toThrow(/PolicyValue.string must be a string without single quotes or line breaks.*got "o'brien"/);
    expect(() => PolicyValue.string('a\nb')).toThrow(/without single quotes or line breaks/);
  });

  test('fails on a quoted value that names a variable, and points to PolicyValue.variable', () => {
    expect(() => PolicyCondition.eq('request.principal.compartment.id', 'target.compartment.id')).toThrow(
      /PolicyValue.string got "target.compartment.id", which is a variable name.*Use PolicyValue.variable\("target.compartment.id"\)/,
    );
  });

  test("fails on an empty pattern or one holding '/'", () => {
    expect(() => PolicyValue.pattern('')).toThrow(/PolicyValue.pattern must be a non-empty pattern.*got ""/);
    expect(() => PolicyValue.pattern('a/b*')).toThrow(/got "a\/b\*"/);
  });

  test("fails on an empty 'in' or 'sets-intersect' list", () => {
    expect(() => PolicyCondition.in('request.utc-timestamp.month-of-year', [])).toThrow(/PolicyCondition.in needs at least one value; got \[\]/);
    expect(() => PolicyCondition.setsIntersect('target.resource.tag.a.b', [])).toThrow(/PolicyCondition.setsIntersect needs at least one value/);
  });

  test('fails on an empty all() or any()', () => {
    expect(() => PolicyCondition.all()).toThrow(/PolicyCondition.all needs one or more PolicyCondition values; got none/);
    expect(() => PolicyCondition.any()).toThrow(/PolicyCondition.any needs one or more/);
  });

  test('fails on a verb outside inspect/read/use/manage', () => {
    expect(() => new PolicyStatement(untyped({ ...base, verb: 'write' }))).toThrow(/PolicyStatement verb must be one of inspect, read, use, manage; got "write"/);
  });

  test('fails on a resource-type that is not in the list', () => {
    expect(() => new PolicyStatement(untyped({ ...base, resource: 'bucket' }))).toThrow(
      /PolicyStatement resource must be an OCI policy resource-type or family from POLICY_RESOURCE_TYPES .*got "bucket".*permissions/,
    );
  });

  test('fails when both or neither of verb/resource and permissions are given', () => {
    expect(() => new PolicyStatement(untyped({ ...base, permissions: ['OBJECT_READ'] }))).toThrow(/needs either verb and resource .* or permissions .*not both/);
    expect(() => new PolicyStatement(untyped({ subject, location }))).toThrow(/not neither/);
  });

  test('fails on a permission name that is not upper snake case, or an empty list', () => {
    const build = (permissions: string[]) => new PolicyStatement({ subject, location, permissions });
    expect(() => build(['object_read'])).toThrow(/PolicyStatement permissions must be a non-empty list of OCI permission names in upper snake case .*got \["object_read"\]/);
    expect(() => build([])).toThrow(/got \[\]/);
  });

  test('fails on an Allow statement located in another tenancy', () => {
    expect(() => new PolicyStatement({ ...base, location: PolicyLocation.anyTenancy() })).toThrow(
      /PolicyStatement location must be PolicyLocation.tenancy\(\), .compartmentId\(ocid\) or .compartmentName\(path\); got 'any-tenancy'/,
    );
  });

  test('fails on an Endorse statement located in this tenancy', () => {
    expect(() => new EndorseStatement({ ...base, location })).toThrow(/EndorseStatement location must be PolicyLocation.namedTenancy\(alias\) or .anyTenancy\(\); got 'compartment id/);
  });

  test('fails on an Admit statement located in another tenancy, or with a malformed alias', () => {
    expect(() => new AdmitStatement({ ...base, tenancyAlias: 'Src', location: PolicyLocation.namedTenancy('Dst') })).toThrow(/AdmitStatement location must be PolicyLocation.tenancy\(\)/);
    expect(() => new AdmitStatement({ ...base, tenancyAlias: 'Src Tenancy' })).toThrow(/AdmitStatement tenancyAlias must be an OCI name.*got "Src Tenancy"/);
  });

  test('fails on an associate grant with both sides in this tenancy', () => {
    expect(
      () =>
        new EndorseStatement({
          subject,
          associate: 'local-peering-gateways',
          associateIn: PolicyLocation.compartmentName('a'),
          with: 'local-peering-gateways',
          withIn: PolicyLocation.compartmentName('b'),
        }),
    ).toThrow(/EndorseStatement associate needs one side in this tenancy and the other in another one.*got 'compartment a' and 'compartment b'/);
  });

  test('fails on a Define statement of an unknown kind, a malformed alias or an OCID of another type', () => {
    const ocid = 'ocid1.tenancy.oc1..aaaaaaaaexampleexample';
    expect(() => new DefineStatement({ kind: 'user' as 'group', alias: 'A', ocid })).toThrow(/DefineStatement kind must be one of tenancy, group, dynamic-group, compartment; got "user"/);
    expect(() => new DefineStatement({ kind: 'tenancy', alias: 'A B', ocid })).toThrow(/DefineStatement alias must be an OCI name.*got "A B"/);
    expect(() => new DefineStatement({ kind: 'group', alias: 'A', ocid })).toThrow(/DefineStatement ocid must be an OCID of type group .*got "ocid1.tenancy/);
  });

  test('fails without a subject, or with a location or condition not built by the builders', () => {
    expect(() => new PolicyStatement(untyped({ location, verb: 'read', resource: 'objects' }))).toThrow(/PolicyStatement needs a subject built with PolicySubject/);
    expect(() => new PolicyStatement(untyped({ ...base, location: 'tenancy' }))).toThrow(/PolicyStatement needs a location built with PolicyLocation.*got tenancy/);
    expect(() => new PolicyStatement(untyped({ ...base, where: "target.bucket.name = 'x'" }))).toThrow(/PolicyStatement where must be built with PolicyCondition/);
  });

  test('fails to read a cross-tenancy statement with parseAllowStatement, and points to parsePolicyStatement', () => {
    expect(parseAllowStatement('allow group A to read objects in tenancy').toString()).toBe('Allow group A to read objects in tenancy');
    expect(() => parseAllowStatement('Endorse group A to read objects in any-tenancy')).toThrow(/parseAllowStatement reads Allow statements; .*use parsePolicyStatement/);
  });

  test('fails to parse text that is not a statement, and says where and what was expected', () => {
    expect(() => parsePolicyStatement('Deny group A to read objects in tenancy')).toThrow(/parsePolicyStatement: expected a statement starting with 'Allow', 'Endorse', 'Admit' or 'Define' at character 5/);
    expect(() => parsePolicyStatement('Allow group A to read objects in compartment X extra')).toThrow(/expected the end of the statement at character 48, found "extra"/);
    expect(() => parsePolicyStatement("Allow group A to read objects in tenancy where request.region like 'x'")).toThrow(/expected an operator \(=, !=, before, after, between, in\)/);
    expect(() => parsePolicyStatement('Allow group A to associate vcns in tenancy')).toThrow(/expected a verb \(inspect, read, use, manage\) or \{PERMISSIONS\}/);
  });
});
