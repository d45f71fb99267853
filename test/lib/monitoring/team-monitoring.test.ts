import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App } from 'cdktf';
import { monitoringSchema } from '../../../lib/config/monitoring-schema';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { runPolicyChecks } from '../../../lib/policy';
import { TeamWorkspace } from '../../../lib/team-workspace';
import { addTeamMonitoring } from '../../../stacks/monitoring';
import { OciStack } from '../../../stacks/oci-stack';
import { PLATFORM_PROPS } from '../../support/platform-fixtures';
import { tempDir } from '../../support/temp-dir';
import { TEAM, TestEndpoint } from './fixtures';

const TF_VALIDATE = resolve(__dirname, '../../../../shared/tools/tf-validate/tf-validate');
const HAS_TF_VALIDATE = existsSync(TF_VALIDATE) && spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

const SECTION = {
  monitorImage: 'fra.ocir.io/acmetenancy/mlops/monitor:0.1.0',
  endpoints: [
    { endpoint: 'fraud-scorer', drift: { referenceProfile: { bucket: 'acme-mlops-models', object: 'fraud-scorer/2/profile.json' } }, alarms: { errorsAbove: 5 } },
    { endpoint: 'fraud-explainer', alarms: { latencyAboveMs: 2500, driftScoreAbove: false as const } },
  ],
};

function build(section: unknown = SECTION) {
  const app = new App({ outdir: tempDir(), stackTraces: false });
  const platformStack = new OciStack(app, 'platform', { region: 'eu-frankfurt-1' });
  const platform = new MlopsPlatform(platformStack, 'Platform', PLATFORM_PROPS);
  const teamStack = new OciStack(app, 'team-fraud', { region: 'eu-frankfurt-1' });
  const workspace = new TeamWorkspace(teamStack, 'Team', { team: 'fraud', compartmentId: TEAM, platform, subscriptions: [
    { name: 'oncall', severity: 'critical', email: 'oncall@example.com' }, { name: 'team', severity: 'warning', email: 'team@example.com' }, { name: 'digest', severity: 'info', email: 'digest@example.com' },
  ] });
  const endpoints = {
    'fraud-scorer': new TestEndpoint(workspace, 'Scorer'),
    'fraud-explainer': new TestEndpoint(workspace, 'Explainer', 'fraud-explainer', '1', 'ocid1.log.oc1.eu-frankfurt-1.amaaaaaaexplainerlogexplainerlog'),
  };
  const monitoring = addTeamMonitoring(workspace, monitoringSchema.parse(section), endpoints);
  return { app, teamStack, monitoring };
}

describe('addTeamMonitoring', () => {
  // One platform and team app for the tests that only read it (building the platform is the slow part).
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build();
    built.app.synth();
  });

  test("defines the team's pipeline and each endpoint's alarms from the monitoring section", () => {
    const { app, teamStack, monitoring } = built;
    const r = JSON.parse(readFileSync(join(app.outdir, 'stacks', teamStack.node.id, 'cdk.tf.json'), 'utf8')).resource;
    const alarms = Object.values(r.oci_monitoring_alarm as Record<string, Record<string, unknown>>).map((a) => a.display_name).sort();
    expect(alarms).toEqual(['fraud-explainer: latency above 2500 ms', 'fraud-scorer: drift score above 0.8', 'fraud-scorer: latency above 1000 ms', 'fraud-scorer: more than 5 errors in 5 minutes']);
    expect(Object.keys(r.oci_sch_service_connector)).toHaveLength(3);
    const archive = Object.values(r.oci_sch_service_connector as Record<string, { target: Record<string, unknown> }>).find((c) => c.target.kind === 'objectStorage')!;
    expect(archive.target).toMatchObject({ object_name_prefix: 'fraud', bucket: expect.stringContaining('cross-stack-reference-input-platform') });
    expect(monitoring.pipeline?.monitor.resource.displayNameInput).toBe('acme-mlops-fraud-drift-monitor');
    expect(Object.keys(monitoring.alarms)).toEqual(['fraud-scorer', 'fraud-explainer']);
  });

  test('defines nothing when no endpoint is monitored', () => {
    const { monitoring } = build({ monitorImage: SECTION.monitorImage });
    expect(monitoring.pipeline).toBeUndefined();
  });

  test('produces zero policy findings in the team stack', () => {
    const { teamStack } = built;
    expect(runPolicyChecks(teamStack).filter((f) => f.suppressedReason === undefined)).toEqual([]);
  });

  test('fails naming an endpoint the team does not define', () => {
    expect(() => build({ ...SECTION, endpoints: [{ endpoint: 'nope' }] })).toThrow(/monitoring\.endpoints names "nope", not among the team's endpoints \(fraud-scorer, fraud-explainer\)/);
  });

  (HAS_TF_VALIDATE ? test : test.skip)(`passes terraform validate for the platform and team stacks (${HAS_TF_VALIDATE ? 'tf-validate' : 'skipped: terraform or ../shared/tools/tf-validate missing'})`, () => {
    const { app } = built;
    const run = spawnSync(TF_VALIDATE, [app.outdir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    expect(`${run.stdout}${run.stderr}`).toMatch(/\b0 errors in 2 stacks/);
    expect(run.status).toBe(0);
  });
});
