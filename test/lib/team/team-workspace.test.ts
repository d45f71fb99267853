import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'cdktf';
import { MlopsPlatform, type MlopsPlatformProps } from '../../../lib/mlops-platform';
import { PlatformNetwork } from '../../../lib/network/platform-network';
import { TeamWorkspace, type TeamWorkspaceProps } from '../../../lib/team-workspace';
import { OciStack } from '../../../stacks/oci-stack';
import { PLATFORM_PROPS } from '../../support/platform-fixtures';
import { tempDir } from '../../support/temp-dir';

const TEAM_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaat2yb3ksfk7rj3nqv5hxlwp6mqg4d2ce5ozubn7ifaxe3lrvhm4sa';

/** A platform stack and a team stack in one app, as the example app builds them. */
function build(team: Partial<TeamWorkspaceProps> = {}, platformProps: Partial<MlopsPlatformProps> = {}): { app: App; teamStack: OciStack } {
  const app = new App({ outdir: tempDir(), stackTraces: false });
  const platformStack = new OciStack(app, 'platform', { region: 'eu-frankfurt-1' });
  const platform = new MlopsPlatform(platformStack, 'Platform', { ...PLATFORM_PROPS, ...platformProps });
  const teamStack = new OciStack(app, 'team-a', { region: 'eu-frankfurt-1' });
  new TeamWorkspace(teamStack, 'Team', { team: 'fraud', compartmentId: TEAM_COMPARTMENT, platform, ...team });
  return { app, teamStack };
}

/** The team stack as `app.synth()` writes it, cross-stack references resolved. */
function resources(app: App, stack: OciStack): Record<string, Record<string, Record<string, unknown>>> {
  app.synth();
  return JSON.parse(readFileSync(join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8')).resource;
}

describe('TeamWorkspace', () => {
  test('tags every team resource with the platform keys and puts notebooks on the platform network', () => {
    const { app, teamStack } = build({ tagValues: { environment: 'prod', costCenter: 'cc-1' }, notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 1, memoryGb: 16 }] });
    const r = resources(app, teamStack);
    const nb = Object.values(r.oci_datascience_notebook_session!)[0]!;
    expect(nb.defined_tags).toEqual({ 'mlops.team': 'fraud', 'mlops.environment': 'prod', 'mlops.cost-center': 'cc-1' });
    expect(JSON.stringify(nb)).toContain('terraform_remote_state.cross-stack-reference-input-platform');
    expect(Object.values(r.oci_ons_notification_topic!).map((t) => t.name)).toEqual(['acme-mlops-fraud-critical', 'acme-mlops-fraud-info', 'acme-mlops-fraud-warning']);
  });

  test("tags team resources in the platform's existing namespace when the platform defines none", () => {
    const { app, teamStack } = build({ notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 1, memoryGb: 16 }] }, { defineTagNamespace: false, tagNamespace: 'corp' });
    const nb = Object.values(resources(app, teamStack).oci_datascience_notebook_session!)[0]!;
    expect(nb.defined_tags).toEqual({ 'corp.team': 'fraud' });
  });

  test("uses the team's own network when it brings one", () => {
    const subnet = 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaab7kq2xw5ndvmeh3lrzty4gfsc6uoip2jm7xwa3bkqe5dnfh2lvsa';
    const { app, teamStack } = build({
      existingNetwork: PlatformNetwork.fromExisting({ vcnId: 'ocid1.vcn.oc1..v', subnetIds: { workloads: subnet, data: subnet, endpoints: subnet }, nsgIds: {} }),
      notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 1, memoryGb: 16 }],
    });
    const nb = Object.values(resources(app, teamStack).oci_datascience_notebook_session!)[0]!;
    expect(nb).toMatchObject({ notebook_session_configuration_details: { subnet_id: subnet } });
  });

  test('fails on a team name that cannot be part of resource names', () => {
    expect(() => build({ team: 'Fraud Team' })).toThrow(/team must be 2-32 characters of a-z, 0-9 and "-".*got "Fraud Team"/);
  });
});
