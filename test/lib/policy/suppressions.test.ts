import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Aspects, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { Governance, GovernanceChecks, SUPPRESSIONS_OUTPUT_KEY } from '../../../lib/policy';
import { COMPARTMENT, newStack, notesOf, ociStack } from './support';

const BUCKET = { compartmentId: COMPARTMENT, namespace: 'tenancyns', kmsKeyId: 'ocid1.key.oc1..k', objectEventsEnabled: true };
const LOGS_REASON = 'Prediction logs are append-only and expire after 30 days';
const TF_VALIDATE = resolve(__dirname, '../../../../shared/tools/tf-validate/tf-validate');
const HAS_TF_VALIDATE = existsSync(TF_VALIDATE) && spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

function synthesizedResources(outdir: string, stackId: string): Record<string, Record<string, Record<string, unknown>>> {
  return JSON.parse(readFileSync(join(outdir, 'stacks', stackId, 'cdk.tf.json'), 'utf8')).resource;
}

describe('Governance.suppress', () => {
  test('fails for a reason under 20 characters, naming the rule id and the reason, and records nothing', () => {
    const stack = newStack();
    const bucket = new ObjectstorageBucket(stack, 'Logs', { ...BUCKET, name: 'logs' });
    expect(() => Governance.suppress(bucket, [{ id: 'OCI-CIS-4.1.1', reason: LOGS_REASON }, { id: 'OCI-CIS-4.1.3', reason: '  too short  ' }]))
      .toThrow('Governance.suppress on stack/Logs: the reason for OCI-CIS-4.1.3 must be at least 20 characters, got "  too short  " (9)');
    expect(bucket.node.metadata.filter((m) => m.type.startsWith('oci-mlops'))).toEqual([]);
  });

  test('fails for an empty rule id', () => {
    const stack = newStack();
    expect(() => Governance.suppress(stack, [{ id: ' ', reason: LOGS_REASON }])).toThrow('Governance.suppress on stack: a suppression needs a rule id, got " "');
  });

  test('applies to the construct and its children; the suppression closest to the resource wins', () => {
    const stack = newStack();
    const storage = new Construct(stack, 'Storage');
    new ObjectstorageBucket(storage, 'Logs', { ...BUCKET, name: 'logs' });
    const artifacts = new ObjectstorageBucket(storage, 'Artifacts', { ...BUCKET, name: 'artifacts' });
    new ObjectstorageBucket(stack, 'Models', { ...BUCKET, name: 'models' });
    Governance.suppress(storage, [{ id: 'OCI-CIS-4.1.3', reason: LOGS_REASON }]);
    Governance.suppress(artifacts, [{ id: 'OCI-CIS-4.1.3', reason: 'Build artifacts are rebuilt from git on demand' }]);
    Aspects.of(stack).add(new GovernanceChecks());
    Testing.synth(stack);
    expect(notesOf(stack)).toEqual([
      { level: 'info', path: 'stack/Storage/Logs', message: `[OCI-CIS-4.1.3] suppressed: ${LOGS_REASON}` },
      { level: 'info', path: 'stack/Storage/Artifacts', message: '[OCI-CIS-4.1.3] suppressed: Build artifacts are rebuilt from git on demand' },
      { level: 'warning', path: 'stack/Models', message: expect.stringMatching(/^\[OCI-CIS-4\.1\.3\] /) },
    ]);
  });

  test('records the suppressions in force in the // comment of each affected resource', () => {
    const app = Testing.app();
    const stack = ociStack(app, 'platform');
    const storage = new Construct(stack, 'Storage');
    new ObjectstorageBucket(storage, 'Logs', { ...BUCKET, name: 'logs' });
    new ObjectstorageBucket(stack, 'Models', { ...BUCKET, name: 'models', versioning: 'Enabled' });
    Governance.suppress(storage, [{ id: 'OCI-CIS-4.1.3', reason: LOGS_REASON }, { id: 'MLOPS-1', reason: 'Nothing consumes events of this bucket yet' }]);
    app.synth();
    const buckets = synthesizedResources(app.outdir, 'platform').oci_objectstorage_bucket;
    const logsId = Object.keys(buckets).find((k) => k.startsWith('Storage_Logs_')) ?? '<missing>';
    expect(buckets[logsId]['//']).toEqual({
      metadata: { path: 'platform/Storage/Logs', uniqueId: logsId },
      [SUPPRESSIONS_OUTPUT_KEY]: [{ id: 'MLOPS-1', reason: 'Nothing consumes events of this bucket yet' }, { id: 'OCI-CIS-4.1.3', reason: LOGS_REASON }],
    });
    expect(buckets.Models['//']).toEqual({ metadata: { path: 'platform/Models', uniqueId: 'Models' } });
  });

  test('records suppressions declared on the App in every stack', () => {
    const app = Testing.app();
    new ObjectstorageBucket(ociStack(app, 'a'), 'Logs', { ...BUCKET, name: 'logs' });
    new ObjectstorageBucket(ociStack(app, 'b'), 'Logs', { ...BUCKET, name: 'logs' });
    Governance.suppress(app, [{ id: 'OCI-CIS-4.1.3', reason: LOGS_REASON }]);
    app.synth();
    for (const id of ['a', 'b']) {
      expect(synthesizedResources(app.outdir, id).oci_objectstorage_bucket.Logs['//']).toMatchObject({ [SUPPRESSIONS_OUTPUT_KEY]: [{ id: 'OCI-CIS-4.1.3', reason: LOGS_REASON }] });
    }
  });

  (HAS_TF_VALIDATE ? test : test.skip)(`passes terraform validate with the record, where an unknown attribute fails (${HAS_TF_VALIDATE ? 'tf-validate' : 'skipped: terraform or ../shared/tools/tf-validate missing'})`, () => {
    const app = Testing.app();
    const stack = ociStack(app, 'platform');
    Governance.suppress(new ObjectstorageBucket(stack, 'Logs', { ...BUCKET, name: 'logs' }), [{ id: 'OCI-CIS-4.1.3', reason: LOGS_REASON }]);
    // Negative control in the same stack: proves the run validates attributes at all.
    new ObjectstorageBucket(stack, 'Control', { ...BUCKET, name: 'control' }).addOverride('no_such_attribute', 'x');
    app.synth();
    const run = spawnSync(TF_VALIDATE, [app.outdir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/oci_objectstorage_bucket\.Control[^\n]*\n?[^\n]*no_such_attribute|no_such_attribute[\s\S]*oci_objectstorage_bucket\.Control/);
    expect(output).not.toMatch(/oci_objectstorage_bucket\.Logs/);
    expect(output).toMatch(/\b1 errors? in 1 stacks?/);
    expect(run.status).toBe(1);
  });
});
