import { App, Aspects, TerraformStack, Testing } from 'cdktf';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { Governance, GovernanceChecks, OCI_MLOPS_RULES, type PolicyRule } from '../../../lib/policy';
import { COMPARTMENT, newStack, notesOf, ociStack, ruleById } from './support';

const BUCKET = { compartmentId: COMPARTMENT, namespace: 'tenancyns', kmsKeyId: 'ocid1.key.oc1..k', objectEventsEnabled: true };

describe('GovernanceChecks', () => {
  test('reports an error finding as "[ID] info" and a warning finding as a warning on the construct', () => {
    const stack = newStack();
    new ObjectstorageBucket(stack, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead', versioning: 'Enabled' });
    new ObjectstorageBucket(stack, 'Unversioned', { ...BUCKET, name: 'unversioned' });
    Aspects.of(stack).add(new GovernanceChecks());
    Testing.synth(stack);
    expect(notesOf(stack)).toEqual([
      { level: 'error', path: 'stack/Public', message: `[OCI-CIS-4.1.1] ${ruleById('OCI-CIS-4.1.1').info}` },
      { level: 'warning', path: 'stack/Unversioned', message: `[OCI-CIS-4.1.3] ${ruleById('OCI-CIS-4.1.3').info}` },
    ]);
  });

  test('reports a suppressed finding as info with the reason, not as an error', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Site', { ...BUCKET, name: 'site', accessType: 'ObjectRead', versioning: 'Enabled' });
    Governance.suppress(bucket, [{ id: 'OCI-CIS-4.1.1', reason: 'Static model card site, reviewed by security' }]);
    Aspects.of(stack).add(new GovernanceChecks());
    Testing.synth(stack);
    expect(notesOf(stack)).toEqual([{ level: 'info', path: 'stack/Site', message: '[OCI-CIS-4.1.1] suppressed: Static model card site, reviewed by security' }]);
  });

  test('runs only the rules it is given', () => {
    const stack = newStack();
    new ObjectstorageBucket(stack, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead' });
    Aspects.of(stack).add(new GovernanceChecks({ rules: [ruleById('OCI-CIS-4.1.3')] }));
    Testing.synth(stack);
    expect(notesOf(stack).map((n) => n.message)).toEqual([`[OCI-CIS-4.1.3] ${ruleById('OCI-CIS-4.1.3').info}`]);
  });

  test('fails app.synth() on an unsuppressed error and lets warnings through', () => {
    const failing = Testing.app();
    const stack = ociStack(failing, 'platform');
    new ObjectstorageBucket(stack, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead', versioning: 'Enabled' });
    GovernanceChecks.applyTo(failing);
    expect(() => failing.synth()).toThrow(/\[platform\/Public\] \[OCI-CIS-4\.1\.1\] The bucket is publicly readable\./);

    const passing = Testing.app();
    new ObjectstorageBucket(ociStack(passing, 'platform'), 'Unversioned', { ...BUCKET, name: 'unversioned' });
    GovernanceChecks.applyTo(passing);
    expect(() => passing.synth()).not.toThrow();
  });

  test('applyTo reaches every stack of the app, where an aspect on the App itself never runs in cdktf', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    new ObjectstorageBucket(a, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead', versioning: 'Enabled' });
    new ObjectstorageBucket(b, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead', versioning: 'Enabled' });
    Aspects.of(app).add(new GovernanceChecks());
    [a, b].forEach((s) => Testing.synth(s));
    expect(notesOf(app)).toEqual([]);
    GovernanceChecks.applyTo(app);
    [a, b].forEach((s) => Testing.synth(s));
    expect(notesOf(app).map((n) => n.path)).toEqual(['a/Public', 'b/Public']);
  });

  test('does not annotate a construct twice when the stack is synthesized twice', () => {
    const stack = newStack();
    new ObjectstorageBucket(stack, 'Public', { ...BUCKET, name: 'public', accessType: 'ObjectRead', versioning: 'Enabled' });
    Aspects.of(stack).add(new GovernanceChecks());
    Testing.synth(stack);
    Testing.synth(stack);
    expect(notesOf(stack)).toHaveLength(1);
  });

  test('fails for a rule list with a repeated id and for applyTo on a scope without stacks', () => {
    const rule: PolicyRule = OCI_MLOPS_RULES[0];
    expect(() => new GovernanceChecks({ rules: [rule, { ...rule }] })).toThrow(`GovernanceChecks: rule id ${rule.id} appears more than once; ids must be unique`);
    expect(() => GovernanceChecks.applyTo(new App({ outdir: Testing.app().outdir }))).toThrow(/holds no TerraformStack/);
  });
});
