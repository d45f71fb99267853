import { type Construct } from 'constructs';
import { type TeamConfig } from '../lib/config';
import { OciStack } from './oci-stack';
import { type PlatformStack } from './platform-stack';

/** One team's stack, built from its team file. */
export class TeamStack extends OciStack {
  constructor(scope: Construct, id: string, readonly config: TeamConfig, readonly platform: PlatformStack) {
    super(scope, id, { region: config.region });
  }
}
