/**
 * Example lines the builders refuse, each with the reason and the error it raises. docs/iam.md lists the
 * same lines (test/lib/iam/examples-round-trip.test.ts checks both).
 */
export interface UnexpressibleExample {
  readonly line: string;
  readonly reason: string;
  readonly error: RegExp;
}

const TF_WHOLE = 'the whole line is one Terraform variable: there are no parts to type';
const MANAGE_ALL = "'manage all-resources' is refused by design";
const PLACEHOLDER = 'documentation placeholder instead of an OCID (exampleuniqueID, uniqueID, xxxxx, or elided with ...)';
const QUOTED_VARIABLE =
  "broken as published: 'target.compartment.id' in quotes is the literal text, not the variable (the builder needs PolicyValue.variable)";
const TF_LOCATION = 'the location is a Terraform expression that may be "tenancy" or "compartment ..."; the builder needs to know which';

const manageAll = (line: string): UnexpressibleExample => ({ line, reason: MANAGE_ALL, error: /refuses verb 'manage' with resource 'all-resources'/ });
const placeholder = (line: string, input: RegExp): UnexpressibleExample => ({ line, reason: PLACEHOLDER, error: input });

export const UNEXPRESSIBLE_POLICY_EXAMPLES: readonly UnexpressibleExample[] = [
  { line: '${var.extra_statement}', reason: TF_WHOLE, error: /expected a statement starting with 'Allow'/ },
  {
    line: "ALLOW any-user to manage public-ips in TENANCY where ALL {request.principal.type = 'cluster', request.principal.compartment.id = 'target.compartment.id'}",
    reason: QUOTED_VARIABLE,
    error: /PolicyValue.string got "target.compartment.id", which is a variable name/,
  },
  {
    line: "ALLOW any-user to use private-ips in TENANCY where ALL {request.principal.type = 'cluster', request.principal.compartment.id = 'target.compartment.id'}",
    reason: QUOTED_VARIABLE,
    error: /PolicyValue.string got "target.compartment.id", which is a variable name/,
  },
  {
    line: "Admit any-user of tenancy nodepool-tenancy to {INSTANCE_IMAGE_INSPECT, INSTANCE_IMAGE_READ} where request.principal.type = 'nodepool'",
    reason: 'no "in <location>": the builder requires an explicit location',
    error: /expected 'in' at character 92/,
  },
  manageAll('Allow group A-Admins to manage all-resources in compartment Project-A'),
  manageAll('Allow group A-Admins, B-Admins to manage all-resources in compartment Projects-A-and-B'),
  manageAll('Allow group Administrators to manage all-resources in tenancy'),
  manageAll('Allow group B-Admins to manage all-resources in compartment Project-B'),
  manageAll('Allow group Domain-B/Domain-B-Admins to manage all-resources in compartment Project-B'),
  manageAll("Allow group PHX-Admins to manage all-resources in tenancy where request.region='phx'"),
  {
    line: "Allow group cluster-users to manage bastion-session in compartment ABC where ALL {target.bastion.ocid='ocid1.bastion.xxx', target.bastion-session.type='port_forwarding', target.bastion-session.ip in ['10.0.0.11/32'], target.bastion-session.port='6443'}",
    reason: "a bracketed list after 'in'; the builder writes the parenthesized list OCI documents for 'in'",
    error: /expected '\(' at character 200/,
  },
  placeholder('Allow group id ocid1.compartment.oc1..exampleuniqueID to manage all-resources in compartment id ocid1.compartment.oc1..exampleuniqueID', /PolicySubject.groupId must be an OCID of type group/),
  placeholder('Allow group id ocid1.group.oc1..exampleuniqueID to manage all-resources in compartment Project-A', /PolicySubject.groupId must be an OCID of type group/),
  placeholder('Allow group id ocid1.group.oc1..exampleuniqueID to manage all-resources in compartment id ocid1.compartment.oc1..exampleuniqueID', /PolicySubject.groupId must be an OCID of type group/),
  placeholder('Allow group id ocid1.group.oc1..exampleuniqueID to manage all-resources in compartment id ocid1.group.oc1..exampleuniqueID', /PolicySubject.groupId must be an OCID of type group/),
  placeholder('Allow group id ocid1.group.oc1.exampleuniqueID, id ocid1.group.oc1.exampleuniqueID to manage all-resources in compartment Projects-A-and-B', /PolicySubject.groupId must be an OCID of type group/),
  placeholder('Define group StorageAdmins as ocid1.group.oc1..exampleuniqueID', /DefineStatement ocid must be an OCID of type group/),
  placeholder('Define group StorageAdmins as ocid1.group.oc1.exampleuniqueID', /DefineStatement ocid must be an OCID of type group/),
  placeholder('Define tenancy SourceTenancy as ocid1.tenancy.oc1..exampleuniqueID', /DefineStatement ocid must be an OCID of type tenancy/),
  placeholder('Define tenancy SourceTenancy as ocid1.tenancy.oc1.exampleuniqueID', /DefineStatement ocid must be an OCID of type tenancy/),
  {
    line: 'Endorse group requestorGrp to associate local-peering-gateways in compartment requestorComp',
    reason: 'incomplete as published: "associate" without the "with <resource-type> in <tenancy>" half',
    error: /expected 'with' at character 92/,
  },
  {
    line: 'allow dynamic-group ${local.dynamic_groups_configuration.dynamic_groups.STREAM-READ-DYN-GROUP.name} to use stream-pull in ${local.resource_location}',
    reason: TF_LOCATION,
    error: /expected a location/,
  },
  { line: 'allow dynamic-group ${local.net_fw_app_dynamic_group_name} to read all-resources in ${local.policy_scope}', reason: TF_LOCATION, error: /expected a location/ },
  {
    line: 'allow group ${local.groups_configuration.groups.STREAM-READ-GROUP.name} to use stream-pull in ${local.resource_location}',
    reason: TF_LOCATION,
    error: /expected a location/,
  },
  placeholder('Define compartment requestorCompartment as ocid1.compartment.oc1..aaaaaaaack6q...7jmuupbtq23zwx...djhlffoya3ypsphprk5q', /DefineStatement ocid must be an OCID of type compartment/),
  placeholder('Define group requestorGroup as ocid1.group.oc1..aaaaa...u5scwsqczu7xf67jozkkbl3hj...kjzqq5gxll4ppiwgtq', /DefineStatement ocid must be an OCID of type group/),
  placeholder('Define group requestorGroup as ocid1.group.oc1..aaaaaaaaw...zkkbl3hjsnq...xll4ppiwgtq', /DefineStatement ocid must be an OCID of type group/),
  placeholder('Define tenancy Acceptor as ocid1.tenancy.oc1..aaaaaaaaval...gouqsvea6opiyo...g5c7sggk2pcvbxq', /DefineStatement ocid must be an OCID of type tenancy/),
  placeholder('Define tenancy Requestor as ocid1.tenancy.oc1..aaaaaaaatvskd4rq2srf5santd4....kskkoueyqx....shsxart4535oeq', /DefineStatement ocid must be an OCID of type tenancy/),
];

const MALFORMED_OCID = 'broken as published: malformed OCID';
const compartmentOcid = /must be an OCID of type compartment or tenancy/;

export const UNEXPRESSIBLE_RULE_EXAMPLES: readonly UnexpressibleExample[] = [
  {
    line: "Any {instance.compartment.id = 'ocid1.compartment.oc1.phx:samplecompartmentocid6q6igvfauxmima74jv', instance.compartment.id = 'ocid1.compartment.oc1.phx.samplecompartmentocidythksk89ekslsoelu2'}",
    reason: `${MALFORMED_OCID} (':' instead of '.')`,
    error: compartmentOcid,
  },
  {
    line: "All {instance.compartment.id = 'ocid1.compartment.oc1.phx.oc1.phx.samplecompartmentocid6q6igvfauxmima74jv', tag.department.operations.value = '45'}",
    reason: `${MALFORMED_OCID} (realm and region repeated)`,
    error: compartmentOcid,
  },
  placeholder("ALL {resource.type = 'databasetoolsidentity', resource.compartment.id = 'ocid1.compartment.oc1..uniqueID'}", compartmentOcid),
  placeholder("All {resource.id = 'ocid1.databasetoolsidentity.oc1..uniqueID', resource.compartment.id = 'ocid1.compartment.oc1..uniqueID'}", /MatchingRule.resourceId must be an OCID of type resource/),
  placeholder("ALL {resource.type = 'devopsconnection', resource.compartment.id = 'ocid1.compartment.oc1..xxxxx'}", compartmentOcid),
  placeholder("ALL {resource.type='computecontainerinstance', resource.compartment.id = 'ocid1.compartment.oc1..example'}", compartmentOcid),
  placeholder("ALL {resource.type = 'ApiGateway', resource.compartment.id = 'ocid1.compartment.oc1..aaaaaxxx'}", compartmentOcid),
  {
    line: 'instance.compartment.id = ${oci_identity_compartment.identity_compartment_rd.id}',
    reason: 'broken as published: the value is not quoted (after interpolation it is a bare OCID)',
    error: /expected a value between single quotes/,
  },
  { line: '${var.matching_rule}', reason: TF_WHOLE, error: /expected '=' or '!='/ },
];
