import { App } from 'cdktf';
import { type PlatformConfig, type TeamConfigFile } from '../lib/config';
import { GovernanceChecks } from '../lib/policy';
import { PlatformStack } from './platform-stack';
import { TeamStack } from './team-stack';

export interface ExampleAppProps {
  /** Where `app.synth()` writes. */
  readonly outdir: string;
  readonly platform: PlatformConfig;
  readonly teams: readonly TeamConfigFile[];
}

/** Builds the example app: the shared `platform` stack and one `team-<name>` stack per team file. */
export function buildExampleApp(props: ExampleAppProps): App {
  // No stack traces in construct metadata: they hold absolute paths and would make output differ per checkout.
  const app = new App({ outdir: props.outdir, stackTraces: false });
  const platform = new PlatformStack(app, 'platform', props.platform);
  for (const { config, dataQualitySuites } of props.teams) new TeamStack(app, `team-${config.team}`, config, platform, dataQualitySuites);
  // Aspects on the App itself are not invoked by cdktf 0.21: applyTo adds the checks to every stack.
  GovernanceChecks.applyTo(app);
  return app;
}
