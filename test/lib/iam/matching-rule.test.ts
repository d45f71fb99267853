import { IamValidationError, MatchingRule, type MatchingRuleResourceType, parseMatchingRule } from '../../../lib/iam';
import { normalizeRule } from './normalize';

const C = 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample';

/** Published rules built by hand with the builder (one per form; examples-round-trip.test.ts reads them all). */
const BUILT: ReadonlyArray<readonly [string, () => MatchingRule]> = [
  [
    "instance.compartment.id = 'ocid1.compartment.oc1.phx.samplecompartmentocid6q6igvfauxmima74jv'",
    () => MatchingRule.instanceCompartmentId('ocid1.compartment.oc1.phx.samplecompartmentocid6q6igvfauxmima74jv'),
  ],
  [
    "All {resource.id = 'ocid1.apigateway.oc1.phx.amaaaaaexampleuniqueid', resource.compartment.id = 'ocid1.compartment.oc1.phx.samplecompartmentocid'}",
    () => MatchingRule.all(MatchingRule.resourceId('ocid1.apigateway.oc1.phx.amaaaaaexampleuniqueid'), MatchingRule.resourceCompartmentId('ocid1.compartment.oc1.phx.samplecompartmentocid')),
  ],
  ['tag.department.operations.value', () => MatchingRule.tag('department', 'operations')],
  ["ALL { resource.type = 'datasciencenotebooksession' }", () => MatchingRule.all(MatchingRule.resourceType('datasciencenotebooksession'))],
  ["all { resource.type = 'datasciencejobrun' }", () => MatchingRule.all(MatchingRule.resourceType('datasciencejobrun'))],
  ["all { resource.type = 'datasciencemodeldeployment' }", () => MatchingRule.all(MatchingRule.resourceType('datasciencemodeldeployment'))],
  [
    "ALL {resource.type = 'datasciencenotebooksession', resource.compartment.id = '${var.compartment_ocid}'}",
    () => MatchingRule.all(MatchingRule.resourceType('datasciencenotebooksession'), MatchingRule.resourceCompartmentId('${var.compartment_ocid}')),
  ],
  [
    "Any {All {resource.type = 'devopsrepository', resource.compartment.id = '${var.c}'},All {resource.type = 'devopsbuildpipeline', resource.compartment.id = '${var.c}'}}",
    () =>
      MatchingRule.any(
        MatchingRule.all(MatchingRule.resourceType('devopsrepository'), MatchingRule.resourceCompartmentId('${var.c}')),
        MatchingRule.all(MatchingRule.resourceType('devopsbuildpipeline'), MatchingRule.resourceCompartmentId('${var.c}')),
      ),
  ],
  ["ANY {resource.type = 'serviceconnector', resource.type = 'fnfunc'}", () => MatchingRule.any(MatchingRule.resourceType('serviceconnector'), MatchingRule.resourceType('fnfunc'))],
  [
    "ALL {resource.type = 'fnfunc',resource.compartment.id = '${local.app_compartment_id}'}",
    () => MatchingRule.all(MatchingRule.resourceType('fnfunc'), MatchingRule.resourceCompartmentId('${local.app_compartment_id}')),
  ],
];

describe('MatchingRule', () => {
  test.each(BUILT)('builds %s', (line, build) => {
    const built = build().toString();
    expect(normalizeRule(built)).toBe(normalizeRule(line));
    expect(parseMatchingRule(built).toString()).toBe(built);
  });

  test('renders the JSDoc examples', () => {
    expect(MatchingRule.all(MatchingRule.resourceType('fnfunc'), MatchingRule.resourceCompartmentId(C)).toString()).toBe(
      `ALL {resource.type = 'fnfunc', resource.compartment.id = '${C}'}`,
    );
    expect(parseMatchingRule("all { resource.type = 'datasciencejobrun' }").toString()).toBe("ALL {resource.type = 'datasciencejobrun'}");
  });

  test('renders tag values, instance ids and negated conditions', () => {
    const instance = 'ocid1.instance.oc1.iad.aaaaaaaaexampleexampleexample';
    expect(MatchingRule.all(MatchingRule.instanceCompartmentId(C), MatchingRule.instanceId(instance).negate(), MatchingRule.tag('department', 'operations', '45')).toString()).toBe(
      `ALL {instance.compartment.id = '${C}', instance.id != '${instance}', tag.department.operations.value = '45'}`,
    );
    expect(parseMatchingRule(`instance.id != '${instance}'`).toString()).toBe(`instance.id != '${instance}'`);
  });

  test('builds the dynamic-group rule of several resource types in one compartment', () => {
    expect(MatchingRule.resourceTypesInCompartment(['fnfunc'], C).toString()).toBe(`ALL {resource.type = 'fnfunc', resource.compartment.id = '${C}'}`);
    expect(MatchingRule.resourceTypesInCompartment(['datasciencenotebooksession', 'datasciencejobrun'], C).toString()).toBe(
      `ANY {ALL {resource.type = 'datasciencenotebooksession', resource.compartment.id = '${C}'}, ALL {resource.type = 'datasciencejobrun', resource.compartment.id = '${C}'}}`,
    );
  });

  test('fails on an empty list of resource types for a compartment rule', () => {
    expect(() => MatchingRule.resourceTypesInCompartment([], C)).toThrow(/MatchingRule.resourceTypesInCompartment needs at least one resource type; got \[\]/);
  });

  test('reads resource types in any case, as OCI matches them', () => {
    expect(MatchingRule.resourceType('ApiGateway' as MatchingRuleResourceType).toString()).toBe("resource.type = 'apigateway'");
  });

  test('fails on a resource type that is not listed, and lists the allowed ones', () => {
    expect(() => MatchingRule.resourceType('function' as MatchingRuleResourceType)).toThrow(IamValidationError);
    expect(() => MatchingRule.resourceType('function' as MatchingRuleResourceType)).toThrow(/MatchingRule.resourceType must be one of apigateway, .*fnfunc.*; got "function"/);
  });

  test('fails on a compartment id that is not a compartment OCID', () => {
    expect(() => MatchingRule.resourceCompartmentId('ocid1.compartment.oc1..uniqueID')).toThrow(
      /MatchingRule.resourceCompartmentId must be an OCID of type compartment or tenancy .*got "ocid1.compartment.oc1..uniqueID"/,
    );
    expect(() => MatchingRule.instanceCompartmentId('ocid1.instance.oc1..aaaaaaaaexampleexampleexample')).toThrow(/MatchingRule.instanceCompartmentId must be an OCID of type compartment/);
  });

  test('fails on a resource or instance id that is not an OCID of the right type', () => {
    expect(() => MatchingRule.resourceId('fn-123')).toThrow(/MatchingRule.resourceId must be an OCID of type resource .*got "fn-123"/);
    expect(() => MatchingRule.instanceId(C)).toThrow(/MatchingRule.instanceId must be an OCID of type instance .*got "ocid1.compartment/);
  });

  test('fails on a tag namespace or key holding a dot or space, or a value holding a quote', () => {
    expect(() => MatchingRule.tag('dept.ops', 'team')).toThrow(/MatchingRule.tag namespace must be 1-100 letters, digits, '-' or '_'; got "dept.ops"/);
    expect(() => MatchingRule.tag('dept', 'cost center')).toThrow(/MatchingRule.tag key must be .*got "cost center"/);
    expect(() => MatchingRule.tag('dept', 'team', "a'b")).toThrow(/MatchingRule.tag value must be a string without single quotes/);
  });

  test('fails on an empty ALL or ANY', () => {
    expect(() => MatchingRule.all()).toThrow(/MatchingRule.all needs one or more MatchingRule values; got none/);
    expect(() => MatchingRule.any()).toThrow(/MatchingRule.any needs one or more/);
  });

  test('fails to negate a group or a tag-presence rule', () => {
    expect(() => MatchingRule.all(MatchingRule.resourceType('fnfunc')).negate()).toThrow(/MatchingRule.negate applies to one 'variable = value' condition; got ALL/);
    expect(() => MatchingRule.tag('a', 'b').negate()).toThrow(/got tag.a.b.value/);
  });

  test('fails to parse an unquoted value, an unknown variable or trailing text', () => {
    expect(() => parseMatchingRule(`instance.compartment.id = ${C}`)).toThrow(/parseMatchingRule: expected a value between single quotes/);
    expect(() => parseMatchingRule("resource.name = 'x'")).toThrow(/expected a matching-rule variable/);
    expect(() => parseMatchingRule("resource.type = 'fnfunc' extra")).toThrow(/expected the end of the rule/);
  });
});
