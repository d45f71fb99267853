import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  AdmitStatement,
  DefineStatement,
  EndorseStatement,
  PolicyCondition,
  PolicyLocation,
  PolicyStatement,
  PolicySubject,
  PolicyValue,
  parsePolicyStatement,
  policyTagVariable,
  readPolicyStatementParts,
  type PolicyResourceType,
  type PolicyVerb,
} from '../../../lib/iam';
import { exampleLines, normalizePolicy } from './normalize';

const C = 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample';
const mlops = PolicyLocation.compartmentName('mlops');
const admins = PolicySubject.group('mlops-admins');
const allow = (subject: PolicySubject, verb: PolicyVerb, resource: PolicyResourceType, location: PolicyLocation, where?: PolicyCondition) =>
  new PolicyStatement({ subject, verb, resource, location, where });

/** The first section of the fixture: the statements of the kind the oci-mlops stacks synthesize, built by hand. */
const MLOPS_SECTION: ReadonlyArray<readonly [string, () => { toString(): string }]> = [
  [
    'allow service datascience to use virtual-network-family in compartment id ${var.compartment_ocid}',
    () => allow(PolicySubject.service('datascience'), 'use', 'virtual-network-family', PolicyLocation.compartmentId('${var.compartment_ocid}')),
  ],
  [
    'Allow dynamic-group ${oci_identity_dynamic_group.ds.name} to manage data-science-family in compartment mlops-team-a',
    () => allow(PolicySubject.dynamicGroup('${oci_identity_dynamic_group.ds.name}'), 'manage', 'data-science-family', PolicyLocation.compartmentName('mlops-team-a')),
  ],
  [
    "Allow dynamic-group 'Default'/'mlops-ds-dg' to read repos in compartment mlops:team-a where any {request.operation='ReadDockerRepositoryMetadata', request.operation='ReadDockerRepositoryManifest', request.operation='PullDockerLayer'}",
    () =>
      allow(
        PolicySubject.dynamicGroup('mlops-ds-dg', { identityDomain: 'Default' }),
        'read',
        'repos',
        PolicyLocation.compartmentName('mlops:team-a'),
        PolicyCondition.any(
          PolicyCondition.eq('request.operation', 'ReadDockerRepositoryMetadata'),
          PolicyCondition.eq('request.operation', 'ReadDockerRepositoryManifest'),
          PolicyCondition.eq('request.operation', 'PullDockerLayer'),
        ),
      ),
  ],
  [
    "Allow dynamic-group mlops-fn-dg to use secret-family in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample where target.secret.name = 'model-signing-key'",
    () => allow(PolicySubject.dynamicGroup('mlops-fn-dg'), 'use', 'secret-family', PolicyLocation.compartmentId(C), PolicyCondition.eq('target.secret.name', 'model-signing-key')),
  ],
  ['Allow dynamic-group mlops-build-dg to manage devops-family in compartment mlops', () => allow(PolicySubject.dynamicGroup('mlops-build-dg'), 'manage', 'devops-family', mlops)],
  [
    "Allow dynamic-group mlops-build-dg to manage repos in compartment mlops where request.permission != 'REPOSITORY_DELETE'",
    () => allow(PolicySubject.dynamicGroup('mlops-build-dg'), 'manage', 'repos', mlops, PolicyCondition.neq('request.permission', 'REPOSITORY_DELETE')),
  ],
  ['Allow dynamic-group mlops-build-dg to use ons-topics in compartment mlops', () => allow(PolicySubject.dynamicGroup('mlops-build-dg'), 'use', 'ons-topics', mlops)],
  ['Allow dynamic-group mlops-fn-dg to use fn-invocation in compartment mlops', () => allow(PolicySubject.dynamicGroup('mlops-fn-dg'), 'use', 'fn-invocation', mlops)],
  [
    'Allow dynamic-group mlops-fn-dg to {OBJECT_READ, OBJECT_INSPECT} in compartment mlops',
    () => new PolicyStatement({ subject: PolicySubject.dynamicGroup('mlops-fn-dg'), permissions: ['OBJECT_READ', 'OBJECT_INSPECT'], location: mlops }),
  ],
  ...(
    [
      ['manage', 'functions-family'],
      ['manage', 'api-gateway-family'],
      ['read', 'metrics'],
      ['manage', 'alarms'],
      ['use', 'log-content'],
      ['manage', 'logging-family'],
      ['manage', 'stream-family'],
      ['manage', 'autonomous-database-family'],
      ['manage', 'cluster-family'],
    ] as const
  ).map(([verb, resource]) => [`Allow group mlops-admins to ${verb} ${resource} in compartment mlops`, () => allow(admins, verb, resource, mlops)] as const),
  [
    "Allow group mlops-admins to use keys in compartment mlops where target.key.id = 'ocid1.key.oc1.iad.exampleuniqueid'",
    () => allow(admins, 'use', 'keys', mlops, PolicyCondition.eq('target.key.id', 'ocid1.key.oc1.iad.exampleuniqueid')),
  ],
  ['Allow group mlops-admins to manage all-artifacts in compartment mlops', () => allow(admins, 'manage', 'all-artifacts', mlops)],
  ['Allow group mlops-admins to manage compute-container-family in compartment mlops', () => allow(admins, 'manage', 'compute-container-family', mlops)],
  [
    "Allow group mlops-auditors to read all-resources in tenancy where request.utc-timestamp before '2027-01-01T00:00Z'",
    () => allow(PolicySubject.group('mlops-auditors'), 'read', 'all-resources', PolicyLocation.tenancy(), PolicyCondition.before('request.utc-timestamp', '2027-01-01T00:00Z')),
  ],
  [
    "Allow group mlops-admins to manage instance-family in tenancy where request.utc-timestamp.time-of-day between '08:00:00Z' and '18:00:00Z'",
    () => allow(admins, 'manage', 'instance-family', PolicyLocation.tenancy(), PolicyCondition.between('request.utc-timestamp.time-of-day', '08:00:00Z', '18:00:00Z')),
  ],
  [
    "Allow group mlops-admins to manage buckets in compartment mlops where any {target.bucket.name = /mlops-*/, target.bucket.name = 'models'}",
    () =>
      allow(admins, 'manage', 'buckets', mlops, PolicyCondition.any(PolicyCondition.eq('target.bucket.name', PolicyValue.pattern('mlops-*')), PolicyCondition.eq('target.bucket.name', 'models'))),
  ],
  [
    "Allow any-user to use keys in compartment mlops where all {request.principal.type = 'datasciencemodeldeployment', request.principal.compartment.id = 'ocid1.compartment.oc1..aaaaaaaaexample'}",
    () =>
      allow(
        PolicySubject.anyUser(),
        'use',
        'keys',
        mlops,
        PolicyCondition.all(
          PolicyCondition.eq('request.principal.type', 'datasciencemodeldeployment'),
          PolicyCondition.eq('request.principal.compartment.id', 'ocid1.compartment.oc1..aaaaaaaaexample'),
        ),
      ),
  ],
  ['Allow service objectstorage-us-ashburn-1 to use keys in compartment mlops', () => allow(PolicySubject.service('objectstorage-us-ashburn-1'), 'use', 'keys', mlops)],
  [
    'Allow group ${var.admins} to manage object-family in compartment ${var.compartment_name}',
    () => allow(PolicySubject.group('${var.admins}'), 'manage', 'object-family', PolicyLocation.compartmentName('${var.compartment_name}')),
  ],
  ['Define tenancy SharedModels as ocid1.tenancy.oc1..aaaaaaaaexampleexample', () => new DefineStatement({ kind: 'tenancy', alias: 'SharedModels', ocid: 'ocid1.tenancy.oc1..aaaaaaaaexampleexample' })],
  [
    'Endorse group mlops-admins to read objects in tenancy SharedModels',
    () => new EndorseStatement({ subject: admins, verb: 'read', resource: 'objects', location: PolicyLocation.namedTenancy('SharedModels') }),
  ],
  [
    'Admit group ModelConsumers of tenancy ConsumerTenancy to read objects in compartment shared-models',
    () =>
      new AdmitStatement({
        subject: PolicySubject.group('ModelConsumers'),
        tenancyAlias: 'ConsumerTenancy',
        verb: 'read',
        resource: 'objects',
        location: PolicyLocation.compartmentName('shared-models'),
      }),
  ],
];

/** Other published forms, built by hand: one per grammar feature the first section does not use. */
const OTHER_FORMS: ReadonlyArray<readonly [string, () => { toString(): string }]> = [
  [
    'Allow group A-Admins, B-Admins to manage instance-family in compartment Projects-A-and-B',
    () => allow(PolicySubject.groups(['A-Admins', 'B-Admins']), 'manage', 'instance-family', PolicyLocation.compartmentName('Projects-A-and-B')),
  ],
  [
    'Allow group default/NetworkAdmins to manage virtual-network-family in compartment CompartmentA',
    () => allow(PolicySubject.group('NetworkAdmins', { identityDomain: 'default', quoted: false }), 'manage', 'virtual-network-family', PolicyLocation.compartmentName('CompartmentA')),
  ],
  [
    "allow group 'grp-lzp-secure-desktop-admin' to use instance-images in compartment cmp-landingzone-p:cmp-lzp-platform:cmp-lzp-platform-sd",
    () => allow(PolicySubject.group('grp-lzp-secure-desktop-admin', { quoted: true }), 'use', 'instance-images', PolicyLocation.compartmentName('cmp-landingzone-p:cmp-lzp-platform:cmp-lzp-platform-sd')),
  ],
  [
    "allow group 'id_lz_common'/'grp-iam-admin', 'id_lz_common'/'grp-auditors-admin', 'id_lz_common'/'grp-security-admin', 'id_lz_common'/'grp-lz-network-admin' to read usage-reports in tenancy",
    () =>
      allow(
        PolicySubject.groups(['grp-iam-admin', 'grp-auditors-admin', 'grp-security-admin', 'grp-lz-network-admin'].map((name) => ({ name, identityDomain: 'id_lz_common' }))),
        'read',
        'usage-reports',
        PolicyLocation.tenancy(),
      ),
  ],
  ['Allow any-group to inspect users in tenancy', () => allow(PolicySubject.anyGroup(), 'inspect', 'users', PolicyLocation.tenancy())],
  [
    'allow service blockstorage, oke, streaming, Fssoc1Prod, objectstorage-eu-frankfurt-1 to use keys in tenancy',
    () => allow(PolicySubject.services(['blockstorage', 'oke', 'streaming', 'Fssoc1Prod' as 'fssoc1prod', 'objectstorage-eu-frankfurt-1']), 'use', 'keys', PolicyLocation.tenancy()),
  ],
  [
    "Allow group SummerInterns to manage instance-family in tenancy where ANY {request.utc-timestamp.month-of-year in ('6', '7', '8')}",
    () => allow(PolicySubject.group('SummerInterns'), 'manage', 'instance-family', PolicyLocation.tenancy(), PolicyCondition.any(PolicyCondition.in('request.utc-timestamp.month-of-year', ['6', '7', '8']))),
  ],
  [
    'Allow dynamic-group RunCommandDynamicGroup to use instance-agent-command-execution-family in compartment ABC where request.instance.id=target.instance.id',
    () =>
      allow(
        PolicySubject.dynamicGroup('RunCommandDynamicGroup'),
        'use',
        'instance-agent-command-execution-family',
        PolicyLocation.compartmentName('ABC'),
        PolicyCondition.eq('request.instance.id', PolicyValue.variable('target.instance.id')),
      ),
  ],
  [
    "allow group 'id_lz_common'/'grp-lz-network-admin' to use bastion in compartment cmp-landingzone where sets-intersect(target.resource.compartment.tag.tagns-lz-role.tag-lz-role, ('lz-security-admin'))",
    () =>
      allow(
        PolicySubject.group('grp-lz-network-admin', { identityDomain: 'id_lz_common' }),
        'use',
        'bastion',
        PolicyLocation.compartmentName('cmp-landingzone'),
        PolicyCondition.setsIntersect(policyTagVariable('target.resource.compartment', 'tagns-lz-role', 'tag-lz-role'), ['lz-security-admin']),
      ),
  ],
  [
    "Allow group ObjectWriters to manage objects in compartment ABC where all {target.bucket.tag.MyTagNamespace.TagKey='MyTagValue', any {request.permission='OBJECT_CREATE', request.permission='OBJECT_INSPECT'}}",
    () =>
      allow(
        PolicySubject.group('ObjectWriters'),
        'manage',
        'objects',
        PolicyLocation.compartmentName('ABC'),
        PolicyCondition.all(
          PolicyCondition.eq(policyTagVariable('target.bucket', 'MyTagNamespace', 'TagKey'), 'MyTagValue'),
          PolicyCondition.any(PolicyCondition.eq('request.permission', 'OBJECT_CREATE'), PolicyCondition.eq('request.permission', 'OBJECT_INSPECT')),
        ),
      ),
  ],
  [
    'Endorse group OKE-Admins to manage cluster-family in any-tenancy',
    () => new EndorseStatement({ subject: PolicySubject.group('OKE-Admins'), verb: 'manage', resource: 'cluster-family', location: PolicyLocation.anyTenancy() }),
  ],
  [
    "Endorse any-user to {INSTANCE_IMAGE_INSPECT, INSTANCE_IMAGE_READ} in tenancy image-tenancy where request.principal.type = 'nodepool'",
    () =>
      new EndorseStatement({
        subject: PolicySubject.anyUser(),
        permissions: ['INSTANCE_IMAGE_INSPECT', 'INSTANCE_IMAGE_READ'],
        location: PolicyLocation.namedTenancy('image-tenancy'),
        where: PolicyCondition.eq('request.principal.type', 'nodepool'),
      }),
  ],
  [
    'Endorse group requestorGrp to associate local-peering-gateways in compartment requestorComp with local-peering-gateways in any-tenancy',
    () =>
      new EndorseStatement({
        subject: PolicySubject.group('requestorGrp'),
        associate: 'local-peering-gateways',
        associateIn: PolicyLocation.compartmentName('requestorComp'),
        with: 'local-peering-gateways',
        withIn: PolicyLocation.anyTenancy(),
      }),
  ],
  [
    'Admit group requestorGrp of tenancy Requestor to associate local-peering-gateways in tenancy Requestor with local-peering-gateways in compartment acceptorComp',
    () =>
      new AdmitStatement({
        subject: PolicySubject.group('requestorGrp'),
        tenancyAlias: 'Requestor',
        associate: 'local-peering-gateways',
        associateIn: PolicyLocation.namedTenancy('Requestor'),
        with: 'local-peering-gateways',
        withIn: PolicyLocation.compartmentName('acceptorComp'),
      }),
  ],
  [
    'allow dynamic-group ${local.dynamic_groups_configuration.dynamic_groups.STREAM-READ-DYN-GROUP.name} to use stream-pull in compartment id ${var.compartment_id_for_stream} where all {target.stream.id=\'${module.vision_streams[0].streams.SIEM-INTEGRATION-STREAM.id}\'}',
    () =>
      allow(
        PolicySubject.dynamicGroup('${local.dynamic_groups_configuration.dynamic_groups.STREAM-READ-DYN-GROUP.name}'),
        'use',
        'stream-pull',
        PolicyLocation.compartmentId('${var.compartment_id_for_stream}'),
        PolicyCondition.all(PolicyCondition.eq('target.stream.id', '${module.vision_streams[0].streams.SIEM-INTEGRATION-STREAM.id}')),
      ),
  ],
  [
    'allow group ${local.app_admin_group_name} to use vnics in compartment ${local.service_label_workload_compartment_name}:${var.service_label}-network-cmp',
    () => allow(PolicySubject.group('${local.app_admin_group_name}'), 'use', 'vnics', PolicyLocation.compartmentName('${local.service_label_workload_compartment_name}:${var.service_label}-network-cmp')),
  ],
];

describe('PolicyStatement builders', () => {
  test('the hand-built table covers every line of the fixture section the oci-mlops stacks draw on', () => {
    const all = exampleLines('iam-policy-statements.txt');
    const sectionEnd = all.indexOf('${var.extra_statement}');
    const section = all.slice(0, sectionEnd).concat(all.slice(sectionEnd + 1, sectionEnd + 4));
    expect(MLOPS_SECTION.map(([line]) => line).sort()).toEqual(section.sort());
  });

  test.each([...MLOPS_SECTION, ...OTHER_FORMS])('builds %s', (line, build) => {
    const built = build().toString();
    expect(normalizePolicy(built)).toBe(normalizePolicy(line));
    // The rendered text reads back to the same statement.
    expect(parsePolicyStatement(built).toString()).toBe(built);
  });

  test('renders a canonical Allow statement (JSDoc example)', () => {
    const statement = new PolicyStatement({
      subject: PolicySubject.dynamicGroup('mlops-fn-dg'),
      verb: 'read',
      resource: 'objects',
      location: PolicyLocation.compartmentName('mlops'),
      where: PolicyCondition.eq('target.bucket.name', 'models'),
    });
    expect(statement.toString()).toBe("Allow dynamic-group mlops-fn-dg to read objects in compartment mlops where target.bucket.name = 'models'");
  });

  test('renders the JSDoc examples of the parts', () => {
    expect(PolicySubject.dynamicGroup('mlops-fn-dg').toString()).toBe('dynamic-group mlops-fn-dg');
    expect(PolicySubject.group('mlops-ds-dg', { identityDomain: 'Default' }).toString()).toBe("group 'Default'/'mlops-ds-dg'");
    expect(PolicyLocation.compartmentName('mlops:team-a').toString()).toBe('compartment mlops:team-a');
    expect(policyTagVariable('target.resource', 'Operations', 'CostCenter')).toBe('target.resource.tag.Operations.CostCenter');
    expect(
      PolicyCondition.any(PolicyCondition.eq('request.operation', 'GetObject'), PolicyCondition.eq('target.bucket.name', PolicyValue.pattern('mlops-*'))).toString(),
    ).toBe("any {request.operation = 'GetObject', target.bucket.name = /mlops-*/}");
    expect(parsePolicyStatement('ALLOW group Auditors TO read all-resources IN TENANCY').toString()).toBe('Allow group Auditors to read all-resources in tenancy');
    expect(new DefineStatement({ kind: 'tenancy', alias: 'SharedModels', ocid: 'ocid1.tenancy.oc1..aaaaaaaaexampleexample' }).toString()).toBe(
      'Define tenancy SharedModels as ocid1.tenancy.oc1..aaaaaaaaexampleexample',
    );
  });

  test('accepts cdktf tokens where OCIDs and names are expected', () => {
    const statement = allow(PolicySubject.dynamicGroup('${TfToken[TOKEN.12]}'), 'read', 'objects', PolicyLocation.compartmentId('${TfToken[TOKEN.3]}'), PolicyCondition.eq('target.bucket.name', '${TfToken[TOKEN.4]}'));
    expect(statement.toString()).toBe("Allow dynamic-group ${TfToken[TOKEN.12]} to read objects in compartment id ${TfToken[TOKEN.3]} where target.bucket.name = '${TfToken[TOKEN.4]}'");
  });

  test('takes real cdktf tokens and resolves them to Terraform references at synthesis', () => {
    const stack = new TerraformStack(Testing.app(), 'T');
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' }).stringValue;
    const bucket = new TerraformVariable(stack, 'bucket', { type: 'string' }).stringValue;
    const statement = allow(PolicySubject.dynamicGroup('mlops-fn-dg'), 'read', 'objects', PolicyLocation.compartmentId(compartment), PolicyCondition.eq('target.bucket.name', bucket));
    new TerraformOutput(stack, 'statement', { value: statement.toString() });
    expect(JSON.parse(Testing.synth(stack)).output.statement.value).toBe("Allow dynamic-group mlops-fn-dg to read objects in compartment id ${var.compartment} where target.bucket.name = '${var.bucket}'");
  });

  test('reads read/inspect all-resources and keyword case as OCI does', () => {
    expect(allow(admins, 'inspect', 'all-resources', PolicyLocation.tenancy()).toString()).toBe('Allow group mlops-admins to inspect all-resources in tenancy');
    expect(parsePolicyStatement('Allow group NSGAdmins to use VNICs in tenancy').toString()).toBe('Allow group NSGAdmins to use vnics in tenancy');
  });
});

describe('readPolicyStatementParts', () => {
  test('reads the parts of a statement the builders refuse, with the subject names as given', () => {
    const parts = readPolicyStatementParts("allow group 'Default'/'Administrators', Ops to MANAGE All-Resources in tenancy where request.region = 'phx'");
    expect(parts).toMatchObject({ kind: 'allow', verb: 'manage', resource: 'All-Resources' });
    if (parts.kind === 'define') throw new Error('expected an Allow statement');
    expect(parts.subject.principalNames).toEqual([{ identityDomain: 'Default', name: 'Administrators', quoted: true }, { name: 'Ops' }]);
    expect(parts.location?.isTenancy).toBe(true);
    expect(parts.where?.toString()).toBe("request.region = 'phx'");
    expect(() => parsePolicyStatement("allow group Ops to manage all-resources in tenancy")).toThrow(/refuses verb 'manage' with resource 'all-resources'/);
  });

  test('reads group OCIDs, Admit tenancies and Define statements', () => {
    const byId = readPolicyStatementParts('Allow group id ocid1.group.oc1..aaaaaaaaexampleexampleexample to read objects in tenancy');
    expect(byId.kind !== 'define' && byId.subject.principalIds).toEqual(['ocid1.group.oc1..aaaaaaaaexampleexampleexample']);
    expect(readPolicyStatementParts('Admit any-user of tenancy Partner to read objects in compartment mlops')).toMatchObject({ kind: 'admit', tenancyAlias: 'Partner' });
    const define = readPolicyStatementParts('Define tenancy Partner as ocid1.tenancy.oc1..aaaaaaaaexampleexampleexample');
    expect(define.kind === 'define' && define.statement.toString()).toBe('Define tenancy Partner as ocid1.tenancy.oc1..aaaaaaaaexampleexampleexample');
  });

  test('fails on text that is not a statement, naming the position', () => {
    expect(() => readPolicyStatementParts('Allow group Ops manage objects in tenancy')).toThrow(/^readPolicyStatementParts: expected 'to' at character 17/);
  });
});
