import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { Aspects, Testing } from 'cdktf';
import { DatascienceNotebookSession } from '../../../.gen/providers/oci/datascience-notebook-session';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { OnsNotificationTopic } from '../../../.gen/providers/oci/ons-notification-topic';
import { type Finding, formatFindingsTable, Governance, GovernanceChecks, OCI_MLOPS_RULES, runPolicyChecks, toSarif } from '../../../lib/policy';
import { COMPARTMENT, network as networkOf, notesOf, ociStack, ruleById } from './support';

const BUCKET = { compartmentId: COMPARTMENT, namespace: 'tenancyns', kmsKeyId: 'ocid1.key.oc1..k', objectEventsEnabled: true, versioning: 'Enabled' };
const REASON = 'Static model card site, reviewed by security';

function sampleApp() {
  const app = Testing.app();
  const stack = ociStack(app, 'platform');
  const pub = new ObjectstorageBucket(stack, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead' });
  const site = new ObjectstorageBucket(stack, 'Site', { ...BUCKET, name: 'site', accessType: 'ObjectRead' });
  Governance.suppress(site, [{ id: 'OCI-CIS-4.1.1', reason: REASON }]);
  new OnsNotificationTopic(stack, 'Critical', { compartmentId: COMPARTMENT, name: 'critical' });
  return { app, stack, pub, site };
}

describe('runPolicyChecks', () => {
  test('returns findings with the rule, construct path and the Terraform address the stack synthesizes', () => {
    const { app } = sampleApp();
    const findings = runPolicyChecks(app);
    const rule = ruleById('OCI-CIS-4.1.1');
    expect(findings).toEqual([
      { ruleId: 'OCI-CIS-3.3', level: 'error', ruleName: 'NotificationTopicSubscribed', message: ruleById('OCI-CIS-3.3').info, fix: ruleById('OCI-CIS-3.3').fix, constructPath: 'platform', address: '' },
      { ruleId: rule.id, level: 'error', ruleName: rule.name, message: rule.info, fix: rule.fix, constructPath: 'platform/Public', address: 'oci_objectstorage_bucket.Public' },
      { ruleId: rule.id, level: 'error', ruleName: rule.name, message: rule.info, fix: rule.fix, constructPath: 'platform/Site', address: 'oci_objectstorage_bucket.Site', suppressedReason: REASON },
    ]);
  });

  test('leaves no annotations, and a later synthesis reports each finding once', () => {
    const { app, stack } = sampleApp();
    runPolicyChecks(app);
    expect(notesOf(app)).toEqual([]);
    Aspects.of(stack).add(new GovernanceChecks());
    Testing.synth(stack);
    expect(notesOf(app).map((n) => `${n.level} ${n.path} ${n.message.split(' ')[0]}`)).toEqual([
      'error platform [OCI-CIS-3.3]', 'error platform/Public [OCI-CIS-4.1.1]', 'info platform/Site [OCI-CIS-4.1.1]',
    ]);
  });

  test('adds no construct while resolving a reference into another stack', () => {
    const app = Testing.app();
    const network = ociStack(app, 'network');
    const team = ociStack(app, 'team');
    const { subnet } = networkOf(network);
    new DatascienceNotebookSession(team, 'Notebook', {
      compartmentId: COMPARTMENT, projectId: 'ocid1.datascienceproject.oc1..p', notebookSessionConfigDetails: { shape: 'VM.Standard.E4.Flex', subnetId: subnet.id },
    });
    const before = app.node.findAll().map((c) => c.node.path);
    expect(runPolicyChecks(app).filter((f) => f.ruleId === 'MLOPS-2')).toEqual([]);
    expect(app.node.findAll().map((c) => c.node.path)).toEqual(before);
  });

  test('does not freeze logical IDs: an override after the check still renames the resource', () => {
    const { app, stack, pub } = sampleApp();
    runPolicyChecks(app);
    pub.overrideLogicalId('renamed');
    expect(Object.keys(JSON.parse(Testing.synth(stack)).resource.oci_objectstorage_bucket)).toEqual(['Site', 'renamed']);
    expect(runPolicyChecks(app).map((f) => f.address)).toContain('oci_objectstorage_bucket.renamed');
  });

  test('uses the rules it is given and fails for repeated ids', () => {
    const { app } = sampleApp();
    expect(runPolicyChecks(app, { rules: [ruleById('OCI-CIS-4.1.3')] })).toEqual([]);
    expect(() => runPolicyChecks(app, { rules: [OCI_MLOPS_RULES[1], OCI_MLOPS_RULES[1]] })).toThrow(/runPolicyChecks: rule id .* appears more than once/);
  });
});

const FINDINGS: Finding[] = [
  {
    ruleId: 'OCI-CIS-4.1.1', level: 'error', ruleName: 'BucketNotPublic', message: 'The bucket is publicly readable.',
    fix: 'Set access_type = "NoPublicAccess" (the default) and share objects through pre-authenticated requests or IAM policies.',
    constructPath: 'platform/Public', address: 'oci_objectstorage_bucket.Public',
  },
  {
    ruleId: 'OCI-CIS-3.3', level: 'error', ruleName: 'NotificationTopicSubscribed', message: 'No topic.', fix: 'Add one.',
    constructPath: 'platform', address: '',
  },
  {
    ruleId: 'OCI-CIS-4.1.3', level: 'warning', ruleName: 'BucketVersioningEnabled', message: 'Unversioned.', fix: 'Enable versioning.',
    constructPath: 'platform/Logs', address: 'oci_objectstorage_bucket.Logs', suppressedReason: 'Append-only logs, 30 days',
  },
];

describe('formatFindingsTable', () => {
  test('prints rule ID, level, resource address, message and fix, wrapping long text', () => {
    expect(formatFindingsTable(FINDINGS)).toBe([
      'RULE ID        LEVEL       RESOURCE ADDRESS                 MESSAGE                                             FIX',
      '-------------  ----------  -------------------------------  --------------------------------------------------  -------------------------------------------------------',
      'OCI-CIS-4.1.1  error       oci_objectstorage_bucket.Public  The bucket is publicly readable.                    Set access_type = "NoPublicAccess" (the default) and',
      '                                                                                                                share objects through pre-authenticated requests or IAM',
      '                                                                                                                policies.',
      'OCI-CIS-3.3    error       platform                         No topic.                                           Add one.',
      'OCI-CIS-4.1.3  suppressed  oci_objectstorage_bucket.Logs    Unversioned. Suppressed: Append-only logs, 30 days  Enable versioning.',
      '',
    ].join('\n'));
  });

  test('says so when there are no findings', () => {
    expect(formatFindingsTable([])).toBe('No policy findings.\n');
  });
});

describe('toSarif', () => {
  const schemaFile = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')));
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

  test('produces a log that the SARIF 2.1.0 JSON schema accepts', () => {
    const log = toSarif(FINDINGS, { toolVersion: '0.1.0' });
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  test('fails schema validation for a log without version (the validator is live)', () => {
    const { version: _version, ...broken } = toSarif(FINDINGS, { toolVersion: '0.1.0' }) as Record<string, unknown>;
    expect(validate(broken)).toBe(false);
  });

  test('lists every rule with descriptions, help and default level, and points each result at its rule', () => {
    const log = toSarif(FINDINGS, { toolVersion: '0.1.0' }) as {
      version: string; runs: { tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } }; results: Record<string, unknown>[] }[];
    };
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'oci-mlops-policy', version: '0.1.0' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(OCI_MLOPS_RULES.map((r) => r.id));
    const cis411 = ruleById('OCI-CIS-4.1.1');
    expect(run.tool.driver.rules.find((r) => r.id === 'OCI-CIS-4.1.1')).toEqual({
      id: cis411.id, name: cis411.name, shortDescription: { text: cis411.info }, fullDescription: { text: cis411.explanation },
      help: { text: cis411.fix }, defaultConfiguration: { level: 'error' },
    });
    expect(run.results.map((r) => run.tool.driver.rules[r.ruleIndex as number].id)).toEqual(FINDINGS.map((f) => f.ruleId));
    expect(run.results[0]).toMatchObject({
      ruleId: 'OCI-CIS-4.1.1', level: 'error',
      locations: [{ logicalLocations: [
        { name: 'oci_objectstorage_bucket.Public', fullyQualifiedName: 'oci_objectstorage_bucket.Public', kind: 'resource' },
        { name: 'Public', fullyQualifiedName: 'platform/Public', kind: 'module' },
      ] }],
    });
    expect(run.results[0].suppressions).toBeUndefined();
    expect(run.results[1].locations).toEqual([{ logicalLocations: [{ name: 'platform', fullyQualifiedName: 'platform', kind: 'module' }] }]);
    expect(run.results[2].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Append-only logs, 30 days' }]);
  });

  test('describes a rule that is not in the pack from its finding', () => {
    const custom: Finding = { ...FINDINGS[0], ruleId: 'TEAM-1', ruleName: 'TeamRule', message: 'Team rule failed.', fix: 'Fix it.' };
    const log = toSarif([custom], { toolVersion: '1.2.3', rules: [] }) as { runs: { tool: { driver: { rules: unknown[] } } }[] };
    expect(log.runs[0].tool.driver.rules).toEqual([{
      id: 'TEAM-1', name: 'TeamRule', shortDescription: { text: 'Team rule failed.' }, fullDescription: { text: 'Team rule failed.' },
      help: { text: 'Fix it.' }, defaultConfiguration: { level: 'error' },
    }]);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  test('fails for an empty tool version', () => {
    expect(() => toSarif(FINDINGS, { toolVersion: ' ' })).toThrow('toSarif: toolVersion must be a non-empty string, got " "');
  });

  test('gives an empty result list for no findings', () => {
    const log = toSarif([], { toolVersion: '0.1.0' }) as { runs: { results: unknown[] }[] };
    expect(log.runs[0].results).toEqual([]);
    expect(validate(log)).toBe(true);
  });
});
